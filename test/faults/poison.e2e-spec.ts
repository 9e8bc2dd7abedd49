import { execFile } from 'node:child_process';
import { Partitioners } from 'kafkajs';
import { deadLetterTopic } from '@tandem/contracts';
import { readTopic, REPO_ROOT } from '@tandem/devkit';
import { InboxConsumer } from '@tandem/messaging';
import { EXPECTED_REASON, PAYLOAD_CANARY, type PoisonRecord, poisonStream } from '../support/poison-records';
import { DropsDeadLetters, hidingDatabaseErrors, itemHandler, PoisonWorld } from '../support/poison-world';

const BROKERS = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
const VALID = 1000;
const POISON = [['not-json', 5], ['not-a-cloud-event', 5], ['schema-invalid', 10], ['bad-signature', 5], ['handler-throws', 5]] as const;
const POISON_COUNT = POISON.reduce((sum, [, count]) => sum + count, 0);
// Broken variants the suite must fail on (docs/reliability.md): TANDEM_POISON_VARIANT=drops-dead-letters
// (moves past poison without a dead letter) or hides-database-errors (an outage looks like a bad message).
const VARIANT = process.env.TANDEM_POISON_VARIANT;
const Consumer = VARIANT === 'drops-dead-letters' ? DropsDeadLetters : InboxConsumer;

/** The operator command as its own process, on the suite's broker. */
function tandem(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, KAFKA_BROKERS: BROKERS };
    execFile('npx', ['tsx', 'tools/tandem/main.ts', ...args], { cwd: REPO_ROOT, env, maxBuffer: 16 << 20 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

// Generous: on a saturated shared machine the 1,030 records alone can take a minute.
async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 150_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

jest.setTimeout(300_000);

describe('poison messages on an exchange inbox', () => {
  let world: PoisonWorld;
  let consumer: InboxConsumer;
  let records: PoisonRecord[];
  let fixed = false;
  const figures = { suite: 'poison', valid: VALID, applied: 0, dead_lettered: 0, redriven: 0, applied_after_redrive: 0 };
  const dlq = () => deadLetterTopic(world.topic);

  beforeAll(async () => {
    world = await PoisonWorld.create(BROKERS);
    records = await poisonStream(VALID, POISON.map(([kind, count]) => [kind, count]), world.signer, world.receiver);
    const producer = world.kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    await producer.send({ topic: world.topic, acks: -1, messages: records.map((r) => r.record) }).finally(() => producer.disconnect());
    const dataSource = VARIANT === 'hides-database-errors' ? hidingDatabaseErrors(world.dataSource) : world.dataSource;
    consumer = world.consumer(itemHandler(() => fixed), Consumer, dataSource);
  });

  afterAll(async () => {
    await consumer?.stop();
    await world?.close();
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  });

  it('applies every valid message once and dead-letters each poison message with its reason, through a database outage', async () => {
    await consumer.start();
    await until('the first 100 applied', async () => consumer.stats.applied >= 100);
    const terminated = await world.outage(3000);
    await until('the inbox to commit every record', () => world.caughtUp());

    const items = await world.items();
    figures.applied = new Set(items.map((row) => row.event_id)).size;
    const letters = await readTopic(world.kafka, dlq());
    figures.dead_lettered = letters.length;
    expect(terminated).toBeGreaterThan(0);
    expect(world.logger.transientRetries).toBeGreaterThan(0);
    // A valid message dead-lettered means a failure was taken for a bad message: show what the consumer saw.
    const poisonIds = new Set(records.filter((r) => r.kind !== 'valid').map((r) => r.eventId));
    expect(letters.filter((l) => !poisonIds.has(l.headers['ce_id'] ?? '')).map((l) => l.headers['dlq_error'])).toEqual([]);
    expect(items).toHaveLength(VALID);
    expect(new Set(items.map((row) => row.event_id))).toEqual(new Set(records.filter((r) => r.kind === 'valid').map((r) => r.eventId)));
    const expected = records.filter((r) => r.kind !== 'valid').map((r) => [r.eventId, EXPECTED_REASON[r.kind as keyof typeof EXPECTED_REASON]]);
    expect(letters.map((l) => [l.headers['ce_id'], l.headers['dlq_reason']]).sort()).toEqual(expected.sort());
    expect(letters.every((l) => l.headers['dlq_original_topic'] === world.topic && l.headers['dlq_error'])).toBe(true);
  });

  it('lists the dead letters of the node without payloads, and shows one in full on request', async () => {
    const list = await tandem('dlq', 'list', '--municipality', world.receiver, '--service', 'intake');
    expect(list).toMatchObject({ code: 0 });
    expect(list.stdout).toContain(`${dlq()}: ${POISON_COUNT} dead letters`);
    expect(list.stdout).not.toContain(PAYLOAD_CANARY);
    const notJson = records.find((r) => r.kind === 'not-json')!;
    const line = list.stdout.split('\n').find((row) => row.includes(notJson.eventId))!;
    expect(line).toMatch(/^0\s+\d+\s+\S+\s+tandem\.intake\.item-noted\.v1\s+malformed\s+exchange-inbox\s+\S+\s+0$/);

    const [partition, offset] = line.split(/\s+/);
    const shown = await tandem('dlq', 'show', '--topic', dlq(), '--partition', partition, '--offset', offset);
    expect(shown).toMatchObject({ code: 0 });
    expect(shown.stdout).toContain(PAYLOAD_CANARY);
    expect(shown.stdout).toMatch(/dlq_reason\s+malformed/);
  });

  it('redrives the failed handler’s letters once fixed: each applied exactly once, and a second redrive republishes nothing', async () => {
    const before = (await world.items()).length;
    fixed = true;
    const first = await tandem('dlq', 'redrive', '--topic', dlq(), '--all');
    expect(first).toMatchObject({ code: 0 });
    figures.redriven = Number(/^redriven (\d+), skipped (\d+)/m.exec(first.stdout)?.[1]);
    expect(first.stdout).toMatch(/^redriven 5, skipped 25 \(/m);
    await until('the inbox to commit the redriven records', () => world.caughtUp());

    const second = await tandem('dlq', 'redrive', '--topic', dlq(), '--all');
    expect(second).toMatchObject({ code: 0 });
    expect(second.stdout).toMatch(/^redriven 0, skipped 0$/m);
    const throwing = records.filter((r) => r.kind === 'handler-throws').map((r) => r.eventId);
    const items = await world.items();
    figures.applied_after_redrive = items.length - before;
    expect(items.filter((row) => throwing.includes(row.event_id)).map((row) => row.event_id).sort()).toEqual([...throwing].sort());
    expect(items).toHaveLength(VALID + 5);
    expect(await readTopic(world.kafka, world.topic)).toHaveLength(VALID + POISON_COUNT + 5);
    expect(await readTopic(world.kafka, dlq())).toHaveLength(POISON_COUNT);
  });
});
