import { randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Static } from '@sinclair/typebox';
import type { Outbox } from '@tandem/messaging';
import { note } from '../support/cli';
import { BenchFilledV1 } from './bench-filled.contract';

export interface FillPlan {
  events: number;
  perTransaction: number;
  aggregates: number;
  payloadBytes: number;
  /** Transactions written at once; one connection is mostly waiting on round trips. */
  concurrency: number;
  topic: string;
}

type BenchData = Static<typeof BenchFilledV1.schema>;

// Random capital letters, like ProducerPerformance's payload.
const LETTERS = Array.from({ length: 64 * 1024 }, () => String.fromCharCode(65 + randomInt(26))).join('');

/** Event `index`: aggregates take turns, so every transaction touches each aggregate about once. */
function benchData(index: number, plan: Pick<FillPlan, 'aggregates' | 'payloadBytes'>): BenchData {
  const data = { aggregate: `agg-${index % plan.aggregates}`, seq: Math.floor(index / plan.aggregates), padding: '' };
  const paddingLength = Math.max(0, plan.payloadBytes - JSON.stringify(data).length);
  const start = (index * 7919) % (LETTERS.length - paddingLength);
  return { ...data, padding: LETTERS.slice(start, start + paddingLength) };
}

/** Writes the plan's events through Outbox.add, perTransaction events per transaction; returns seconds. */
export async function fillOutbox(dataSource: DataSource, outbox: Outbox, plan: FillPlan): Promise<number> {
  const transactions = Math.ceil(plan.events / plan.perTransaction);
  const started = performance.now();
  let next = 0;
  let lastNote = started;
  const worker = async (): Promise<void> => {
    for (let transaction = next++; transaction < transactions; transaction = next++) {
      await writeTransaction(dataSource, outbox, plan, transaction);
      if (performance.now() - lastNote > 5000) {
        lastNote = performance.now();
        note(`  filled ${Math.min(next * plan.perTransaction, plan.events).toLocaleString('en-US')} events`);
      }
    }
  };
  await Promise.all(Array.from({ length: plan.concurrency }, worker));
  return (performance.now() - started) / 1000;
}

async function writeTransaction(dataSource: DataSource, outbox: Outbox, plan: FillPlan, transaction: number): Promise<void> {
  const first = transaction * plan.perTransaction;
  const last = Math.min(first + plan.perTransaction, plan.events);
  await dataSource.transaction(async (manager) => {
    for (let index = first; index < last; index++) {
      const data = benchData(index, plan);
      await outbox.add(manager, { contract: BenchFilledV1, subject: data.aggregate, data, topic: plan.topic });
    }
  });
}
