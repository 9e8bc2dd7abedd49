import { type Kafka, type KafkaMessage, Partitioners, type Producer } from 'kafkajs';
import { type Command, UsageError } from './command';
import { letterCount, pendingRanges, readRanges } from './dlq-read';
import { readLetter, positionOf } from './dlq-show';
import { assertDeadLetterTopic } from './dlq-topics';
import { operatorKafka } from './kafka';
import { parseOptions } from './options';
import { Progress } from './progress';
import { describeOutcome, type Outcome, originalRecord, redrivable } from './redrive-record';

const USAGE = `usage: npm run tandem -- dlq redrive --topic <topic>.dlq (--partition <p> --offset <o> | --all) [--dry-run]

Republishes dead letters to the topic and partition they came from (dlq_original_topic), with their
original key, value and headers (the dlq_* headers removed). The inbox deduplicates by event id: a
letter whose event was applied meanwhile is skipped, one that failed is applied once.
  --all      every letter not redriven by an earlier --all, whose reason a fix on our side can cure:
             handler-failed, verifier-failed. Others are counted as skipped and stay where they are.
  --partition/--offset  one letter; also contract-violation (after the consumer's contract was fixed).
             Letters that are evidence (unsigned, unknown-sender, bad-signature, wrong-destination,
             malformed, replayed) and invalid-envelope are never redriven.
  --dry-run  print what would be republished; republish and record nothing
--all records its progress as the offsets of consumer group tandem-redrive.<topic>.dlq, so a second
--all republishes nothing twice. Kafka: KAFKA_BROKERS (default 127.0.0.1:9092).`;

const GROUP_PREFIX = 'tandem-redrive.';

function redriveProducer(kafka: Kafka): Producer {
  // One request in flight keeps the letters' order. Not idempotent: a resend after a lost ack is
  // a duplicate the inbox skips anyway. Every record names its partition; the partitioner is set
  // only to keep kafkajs from warning.
  return kafka.producer({ maxInFlightRequests: 1, allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner });
}

async function redriveOne(kafka: Kafka, values: { topic?: string; partition?: string; offset?: string }, dryRun: boolean): Promise<number> {
  const position = positionOf(values);
  const message = await readLetter(kafka, position);
  if (!message) {
    console.error(`no record at ${position.topic} partition ${position.partition} offset ${position.offset}`);
    return 1;
  }
  const outcome = redrivable(message, { single: true });
  if (outcome.kind === 'redrive' && !dryRun) await publish(kafka, [originalRecord(message, outcome)]);
  console.log(describeOutcome(position.partition, message, outcome, dryRun));
  return outcome.kind === 'skip' ? 1 : 0;
}

async function publish(kafka: Kafka, records: ReturnType<typeof originalRecord>[], producer?: Producer): Promise<void> {
  const own = producer ?? redriveProducer(kafka);
  if (!producer) await own.connect();
  try {
    const byTopic = new Map<string, typeof records>();
    for (const record of records) byTopic.set(record.topic, [...(byTopic.get(record.topic) ?? []), record]);
    const topicMessages = [...byTopic].map(([topic, list]) => ({ topic, messages: list.map(({ topic: _, ...message }) => message) }));
    await own.sendBatch({ topicMessages, acks: -1 });
  } finally {
    if (!producer) await own.disconnect();
  }
}

/**
 * At least once, never lost: a batch's offsets are committed only after the broker acknowledged
 * (acks=-1) every record republished from it. A crash in between republishes that batch again on
 * the next run, which the inbox turns into a skipped duplicate.
 */
async function redriveAll(kafka: Kafka, topic: string, dryRun: boolean): Promise<number> {
  const groupId = `${GROUP_PREFIX}${topic}`;
  const admin = kafka.admin();
  await admin.connect();
  const ranges = await pendingRanges(admin, topic, groupId).finally(() => admin.disconnect());
  const progress = new Progress(`redrive ${topic}`, letterCount(ranges));
  const skipped = new Map<string, number>();
  let redriven = 0;
  const producer = redriveProducer(kafka);
  await producer.connect();
  try {
    const onBatch = async (partition: number, messages: KafkaMessage[], commit: (next: bigint) => Promise<void>) => {
      const chosen: Array<{ message: KafkaMessage; outcome: Outcome }> = messages.map((message) => ({ message, outcome: redrivable(message, { single: false }) }));
      for (const { message, outcome } of chosen) {
        if (outcome.kind === 'skip') skipped.set(outcome.reason, (skipped.get(outcome.reason) ?? 0) + 1);
        else console.log(describeOutcome(partition, message, outcome, dryRun));
      }
      const records = chosen.flatMap(({ message, outcome }) => (outcome.kind === 'redrive' ? [originalRecord(message, outcome)] : []));
      if (!dryRun && records.length > 0) await publish(kafka, records, producer);
      if (!dryRun) await commit(BigInt(messages[messages.length - 1].offset) + 1n);
      redriven += records.length;
      progress.advance(messages.length);
    };
    await readRanges(kafka, topic, ranges, onBatch, dryRun ? undefined : groupId);
  } finally {
    progress.finish();
    await producer.disconnect();
  }
  const skips = [...skipped].map(([reason, count]) => `${count} ${reason}`).join(', ');
  console.log(`${dryRun ? 'would redrive' : 'redriven'} ${redriven}, skipped ${[...skipped.values()].reduce((a, b) => a + b, 0)}${skips ? ` (${skips})` : ''}`);
  return 0;
}

export const dlqRedrive: Command = {
  name: 'dlq redrive',
  summary: 'republish dead letters to their original topic once their cause is fixed',
  usage: USAGE,
  async run(args) {
    const values = parseOptions(args, {
      topic: { type: 'string' },
      partition: { type: 'string' },
      offset: { type: 'string' },
      all: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
    });
    const dryRun = values['dry-run'] === true;
    const single = values.partition !== undefined || values.offset !== undefined;
    if (single === (values.all === true)) throw new UsageError('give either --partition and --offset, or --all');
    const kafka = operatorKafka();
    if (single) return redriveOne(kafka, values, dryRun);
    return redriveAll(kafka, assertDeadLetterTopic(values.topic), dryRun);
  },
};
