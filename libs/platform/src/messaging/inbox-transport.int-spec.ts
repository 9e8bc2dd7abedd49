import { Controller, type INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { Type } from '@sinclair/typebox';
import { Partitioners } from 'kafkajs';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { ContractRegistry, defineEvent, toKafkaRecord } from '@tandem/contracts';
import { createTestDatabase, readTopic, type TestDatabase, uniqueName } from '@tandem/devkit';
import {
  createKafkaClient,
  ensureTopics,
  InboxSourcePosition1763769600010,
  MessagingTables1763769600000,
  withDeadLetterTopics,
} from '@tandem/messaging';
import { connectInbox, InboxEventContext, type InboxTransport } from './inbox-transport';

const NoteTakenV1 = defineEvent({
  service: 'intake',
  family: 'note',
  name: 'note-taken',
  version: 1,
  description: 'Test-only event.',
  schema: Type.Object({ text: Type.String() }),
  example: { text: 'hello' },
});

@Controller()
class NotesConsumer {
  @EventPattern(NoteTakenV1.type)
  async onNoteTaken(@Payload() data: { text: string }, @Ctx() context: InboxEventContext): Promise<void> {
    if (data.text === 'unreadable') throw new Error('cannot apply an unreadable note');
    await context.manager.query('INSERT INTO notes (event_id, text) VALUES ($1, $2)', [context.event.id, data.text]);
  }
}

@Module({ controllers: [NotesConsumer] })
class NotesModule {}

describe('InboxTransport', () => {
  const logger = pino({ level: 'silent' });
  const kafka = createKafkaClient({ brokers: process.env.KAFKA_BROKERS!.split(','), clientId: uniqueName('transport'), logger });
  const topic = uniqueName('test.transport');
  let database: TestDatabase;
  let dataSource: DataSource;
  let app: INestApplication;
  let transport: InboxTransport;

  beforeAll(async () => {
    database = await createTestDatabase('transport');
    dataSource = new DataSource({ type: 'postgres', url: database.url, migrations: [MessagingTables1763769600000, InboxSourcePosition1763769600010] });
    await dataSource.initialize();
    await dataSource.runMigrations();
    await dataSource.query('CREATE TABLE notes (event_id text NOT NULL, text text NOT NULL)');
    await ensureTopics(kafka, withDeadLetterTopics([topic]), { partitions: 3, replicationFactor: 1 });
    app = await NestFactory.create(NotesModule, { logger: false });
    transport = connectInbox(app, {
      name: 'notes',
      groupId: uniqueName('notes'),
      topics: [topic],
      serves: new Set([NoteTakenV1.type]),
      kafka,
      dataSource,
      registry: new ContractRegistry([NoteTakenV1]),
      logger,
      maxAttempts: 2,
      initialBackoffMs: 10,
    });
    await app.startAllMicroservices();
  });

  afterAll(async () => {
    await app.close();
    await dataSource.destroy();
    await database.drop();
  });

  it('applies @EventPattern handlers once, in the inbox transaction, and dead-letters what they refuse', async () => {
    const event = (id: string, text: string) =>
      toKafkaRecord({ id, source: 'urn:tandem:xx-test:intake', type: NoteTakenV1.type, time: new Date().toISOString(), subject: 'n', data: { text } });
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    await producer.send({ topic, messages: [event('e-1', 'first'), event('e-2', 'unreadable'), event('e-1', 'first'), event('e-3', 'third')] });
    await producer.disconnect();

    const deadline = Date.now() + 60_000;
    while ((transport.stats?.applied ?? 0) + (transport.stats?.duplicates ?? 0) + (transport.stats?.deadLettered ?? 0) < 4) {
      if (Date.now() > deadline) throw new Error(`not all applied: ${JSON.stringify(transport.stats)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await dataSource.query('SELECT event_id, text FROM notes ORDER BY event_id')).toEqual([
      { event_id: 'e-1', text: 'first' },
      { event_id: 'e-3', text: 'third' },
    ]);
    const [letter] = await readTopic(kafka, `${topic}.dlq`);
    expect(letter.headers).toMatchObject({ ce_id: 'e-2', dlq_reason: 'handler-failed', dlq_attempts: '2' });
    expect(letter.headers['dlq_error']).toContain('cannot apply an unreadable note');
  });
});
