import type { Kafka, KafkaMessage } from 'kafkajs';
import { headersAsStrings } from '../../libs/contracts/src/cloud-event';
import { type Command, UsageError } from './command';
import { readRanges } from './dlq-read';
import { assertDeadLetterTopic } from './dlq-topics';
import { operatorKafka } from './kafka';
import { parseOptions, wholeNumber } from './options';

const USAGE = `usage: npm run tandem -- dlq show --topic <topic>.dlq --partition <p> --offset <o>

Prints one dead letter in full: key, every header (the original ce_* headers and the dlq_* ones:
origin, reason, error, attempts) and the payload.
The payload may hold personal data. Read it on the node to diagnose; never paste this output into
tickets, chats or mails: quote the topic, partition, offset, event id and reason instead (dlq list).
Exit 1: no record at that position. Kafka: KAFKA_BROKERS (default 127.0.0.1:9092).`;

export interface Position {
  topic: string;
  partition: number;
  offset: bigint;
}

export function positionOf(values: { topic?: string; partition?: string; offset?: string }): Position {
  const topic = assertDeadLetterTopic(values.topic);
  const partition = wholeNumber('partition', values.partition);
  const offset = wholeNumber('offset', values.offset);
  if (partition === undefined || offset === undefined) throw new UsageError('--partition and --offset are required');
  return { topic, partition: Number(partition), offset: BigInt(offset) };
}

/** The record at exactly that position, or undefined when the partition holds none there (yet, or any more). */
export async function readLetter(kafka: Kafka, { topic, partition, offset }: Position): Promise<KafkaMessage | undefined> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect());
  const end = ends.find((candidate) => candidate.partition === partition);
  if (!end || offset < BigInt(end.low) || offset >= BigInt(end.high)) return undefined;
  let found: KafkaMessage | undefined;
  await readRanges(kafka, topic, [{ partition, from: offset, to: offset + 1n }], async (_, messages) => {
    found = messages.find((message) => BigInt(message.offset) === offset);
  });
  return found;
}

export function describeLetter(position: Position, message: KafkaMessage): string {
  const headers = headersAsStrings(message.headers);
  const width = Math.max(0, ...Object.keys(headers).map((name) => name.length));
  return [
    `${position.topic} partition ${position.partition} offset ${position.offset}`,
    `key: ${message.key?.toString() ?? '(none)'}`,
    'headers:',
    ...Object.entries(headers).map(([name, value]) => `  ${name.padEnd(width)}  ${value}`),
    'payload:',
    message.value?.toString() ?? '(none)',
  ].join('\n');
}

export const dlqShow: Command = {
  name: 'dlq show',
  summary: 'print one dead letter with headers and payload (may hold personal data)',
  usage: USAGE,
  async run(args) {
    const position = positionOf(parseOptions(args, { topic: { type: 'string' }, partition: { type: 'string' }, offset: { type: 'string' } }));
    const message = await readLetter(operatorKafka(), position);
    if (!message) {
      console.error(`no record at ${position.topic} partition ${position.partition} offset ${position.offset}`);
      return 1;
    }
    console.log(describeLetter(position, message));
    return 0;
  },
};
