import type { Kafka } from 'kafkajs';
import { type Command, EXIT_FAILED, UsageError } from './command';
import { type LetterSummary, letterCount, pendingRanges, readRanges, summaryOf } from './dlq-read';
import { assertDeadLetterTopic, nodeDeadLetterTopics } from './dlq-topics';
import { brokersOf, operatorKafka } from './kafka';
import { parseOptions } from './options';
import { Progress } from './progress';
import { serviceOption, SERVICES } from './service-database';

const USAGE = `usage: npm run tandem -- dlq list --topic <topic>.dlq
       npm run tandem -- dlq list --municipality <id> [--service <${SERVICES.join('|')}>]

Lists dead letters, one line each: partition, offset, event id (ce_id), type, reason (dlq_reason),
consumer, failed at and attempts; never the payload (see dlq show).
  --topic         one dead-letter topic
  --municipality  every dead-letter topic of the node: <municipality>.*.dlq and xb.<municipality>.inbox.v1.dlq
  --service       only the topics that service's consumer groups (<municipality>.<service>.*) read
Kafka: KAFKA_BROKERS (default 127.0.0.1:9092).`;

const COLUMNS: Array<[keyof LetterSummary, string]> = [
  ['partition', 'partition'],
  ['offset', 'offset'],
  ['eventId', 'event id'],
  ['type', 'type'],
  ['reason', 'reason'],
  ['consumer', 'consumer'],
  ['failedAt', 'failed at'],
  ['attempts', 'attempts'],
];

export function letterTable(letters: LetterSummary[]): string {
  const rows = [COLUMNS.map(([, title]) => title), ...letters.map((letter) => COLUMNS.map(([field]) => String(letter[field])))];
  const widths = COLUMNS.map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()).join('\n');
}

async function topicsToList(kafka: Kafka, values: { topic?: string; municipality?: string; service?: string }): Promise<string[]> {
  if (values.topic) {
    if (values.municipality || values.service) throw new UsageError('give either --topic or --municipality [--service]');
    return [assertDeadLetterTopic(values.topic)];
  }
  if (!values.municipality) throw new UsageError('give --topic, or --municipality [--service]');
  const service = values.service === undefined ? undefined : serviceOption(values.service);
  const admin = kafka.admin();
  await admin.connect();
  try {
    return await nodeDeadLetterTopics(admin, values.municipality, service);
  } finally {
    await admin.disconnect();
  }
}

async function listTopic(kafka: Kafka, topic: string): Promise<LetterSummary[]> {
  const admin = kafka.admin();
  await admin.connect();
  const ranges = await pendingRanges(admin, topic).finally(() => admin.disconnect());
  const progress = new Progress(topic, letterCount(ranges));
  const letters: LetterSummary[] = [];
  await readRanges(kafka, topic, ranges, async (partition, messages) => {
    letters.push(...messages.map((message) => summaryOf(partition, message)));
    progress.advance(messages.length);
  });
  progress.finish();
  return letters.sort((a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)));
}

export const dlqList: Command = {
  name: 'dlq list',
  summary: 'list dead letters of a topic or a node (no payloads)',
  usage: USAGE,
  async run(args) {
    const values = parseOptions(args, { topic: { type: 'string' }, municipality: { type: 'string' }, service: { type: 'string' } });
    const kafka = operatorKafka();
    let topics: string[];
    try {
      topics = await topicsToList(kafka, values);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      console.error(`Kafka does not answer at ${brokersOf()}: ${(error as Error).message}`);
      return EXIT_FAILED;
    }
    if (topics.length === 0) console.log('no dead-letter topics');
    for (const topic of topics) {
      const letters = await listTopic(kafka, topic);
      console.log(`${topic}: ${letters.length} dead letters`);
      if (letters.length > 0) console.log(letterTable(letters));
    }
    return 0;
  },
};
