import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { sourceOf, toKafkaRecord } from '@tandem/contracts';
import { ServiceProcess } from '@tandem/devkit';
import { SequenceNotedV1 } from '@tandem/messaging/testing';
import type { FaultWorld } from './fault-world';

const ENTRY = join(__dirname, 'crash-consumer.ts');
const REDELIVERY = 'redelivery ';

/** Publishes `count` SequenceNoted events over `aggregates` keys, each key's seq rising; returns their ids. */
export async function publishSteps(world: FaultWorld, count: number, aggregates = 100): Promise<string[]> {
  const ids: string[] = [];
  const records = Array.from({ length: count }, (_, n) => {
    const data = { aggregate: `agg-${n % aggregates}`, seq: Math.floor(n / aggregates) };
    const id = randomUUID();
    ids.push(id);
    const time = new Date().toISOString();
    return toKafkaRecord({ id, source: sourceOf('xx-test', 'intake'), type: SequenceNotedV1.type, time, subject: data.aggregate, data });
  });
  await world.publish(records);
  return ids;
}

/** Successive processes of one consumer group (test/faults/support/crash-consumer.ts), and what they reported. */
export class CrashConsumers {
  private readonly processes: ServiceProcess[] = [];
  private readonly needles = [REDELIVERY];

  constructor(
    private readonly world: FaultWorld,
    private readonly brokers: string[],
    readonly groupId: string,
  ) {}

  start(faults: Record<string, string> = {}): ServiceProcess {
    const child = ServiceProcess.start('crash-consumer', ENTRY, {
      PATH: process.env.PATH ?? '',
      NODE_OPTIONS: '--import tsx',
      DATABASE_URL: this.world.database.url,
      KAFKA_BROKERS: this.brokers.join(','),
      TOPIC: this.world.topic,
      GROUP_ID: this.groupId,
      ...faults,
    });
    child.watch(this.needles);
    this.processes.push(child);
    return child;
  }

  /** Counts, in processes started from now on, output lines containing `needle`. */
  watch(needle: string): void {
    this.needles.push(needle);
  }

  sightings(needle: string): number {
    return this.processes.reduce((sum, child) => sum + (child.sightings[needle] ?? 0), 0);
  }

  /** Records found already applied, over every process: each one is a redelivery the inbox skipped. */
  get redeliveries(): number {
    return this.sightings(REDELIVERY);
  }

  async stopAll(): Promise<void> {
    await Promise.all(this.processes.map((child) => child.stop()));
  }
}
