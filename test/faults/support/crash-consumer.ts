/**
 * A consuming process for the consumer-crash suite: an InboxConsumer applying SequenceNoted events into
 * `effects`, run as its own process so the suite can SIGKILL it.
 *
 * Environment: DATABASE_URL, KAFKA_BROKERS, TOPIC, GROUP_ID, and for fault injection
 *   FAULT_EXIT_AFTER_APPLY=<n>  SIGKILLs itself right after its n-th first application committed,
 *                               before the offset of that record is committed;
 *   FAULT_COMMIT_FIRST=1        a broken consumer that commits each batch's offsets before applying it.
 * Prints `redelivery <event id>` for every record it finds already applied, and
 * `exit-after-apply <event id>` just before the self-inflicted kill.
 */
import type { Kafka } from 'kafkajs';
import { DataSource, type EntityManager, type EntitySubscriberInterface } from 'typeorm';
import type { CloudEvent } from '@tandem/contracts';
import { createKafkaClient, type EventHandler, InboxConsumer } from '@tandem/messaging';
import { effectsConsumerOptions, logger, recordEffect, SequenceNotedV1 } from '@tandem/messaging/testing';

const exitAfter = Number(process.env.FAULT_EXIT_AFTER_APPLY ?? 0);
let firstApplications = 0;
let pending: string | undefined;

interface RecordPosition {
  topic: string;
  partition: number;
  offset: string;
}

const applyAndNote: EventHandler = async (event, manager) => {
  await recordEffect(event, manager);
  pending = event.id;
};

/** Sees the commit of each inbox transaction; the consumer commits the record's offset only after this returns. */
class ExitAfterApply implements EntitySubscriberInterface {
  afterTransactionCommit(): void {
    const applied = pending;
    pending = undefined;
    if (!applied || ++firstApplications !== exitAfter) return;
    process.stdout.write(`exit-after-apply ${applied}\n`);
    process.kill(process.pid, 'SIGKILL');
  }

  afterTransactionRollback(): void {
    pending = undefined;
  }
}

class ReportingConsumer extends InboxConsumer {
  protected override async recordDelivery(manager: EntityManager, event: CloudEvent, position: RecordPosition) {
    const delivery = await super.recordDelivery(manager, event, position);
    if (delivery.kind !== 'first') process.stdout.write(`redelivery ${event.id}\n`);
    return delivery;
  }
}

/** Broken on purpose: commits a batch's end offset before any of it is applied, so a crash mid-batch loses the rest. */
function committingFirst(kafka: Kafka): Kafka {
  const wrapped = Object.create(kafka) as Kafka;
  wrapped.consumer = (config) => {
    const consumer = kafka.consumer(config);
    const run = consumer.run.bind(consumer);
    consumer.run = (runConfig) =>
      run({
        ...runConfig,
        eachBatch: async (payload) => {
          const { topic, partition } = payload.batch;
          if (!payload.batch.isEmpty()) {
            const offset = (BigInt(payload.batch.lastOffset()) + 1n).toString();
            await payload.commitOffsetsIfNecessary({ topics: [{ topic, partitions: [{ partition, offset }] }] });
          }
          await runConfig?.eachBatch?.(payload);
        },
      });
    return consumer;
  };
  return wrapped;
}

async function main(): Promise<void> {
  const { DATABASE_URL, KAFKA_BROKERS, TOPIC, GROUP_ID } = process.env;
  if (!DATABASE_URL || !KAFKA_BROKERS || !TOPIC || !GROUP_ID) throw new Error('DATABASE_URL, KAFKA_BROKERS, TOPIC and GROUP_ID are required');
  const dataSource = new DataSource({ type: 'postgres', url: DATABASE_URL });
  await dataSource.initialize();
  // Options only take decorated subscriber classes; an instance added here sees every transaction.
  dataSource.subscribers.push(new ExitAfterApply());
  const kafka = createKafkaClient({ brokers: KAFKA_BROKERS.split(','), clientId: `crash-consumer-${process.pid}`, logger });
  const consumer = new ReportingConsumer({
    ...effectsConsumerOptions(process.env.FAULT_COMMIT_FIRST === '1' ? committingFirst(kafka) : kafka, dataSource, TOPIC),
    groupId: GROUP_ID,
    handlers: { [SequenceNotedV1.type]: applyAndNote },
    // The broker's minimum: a killed member is noticed, and its partitions handed on, within 6 s.
    sessionTimeoutMs: 6000,
  });
  process.once('SIGTERM', () => {
    void consumer
      .stop()
      .then(() => dataSource.destroy())
      .finally(() => process.exit(0));
  });
  await consumer.start();
  process.stdout.write('consuming\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`crash-consumer: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
