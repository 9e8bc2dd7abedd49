import type { KafkaRecord } from '@tandem/contracts';
import { eventually, MessagingHarness } from './test-support/messaging-harness';
import { recordEffect, SequenceNotedV1, sequenceRecord } from './test-support/sequence-noted';
import type { EventHandler } from './inbox-consumer';
import type { RecordVerifier } from './record-verifier';

const SIGNATURE = 'x-test-signature';

/** Stands in for a signature check: vouches for the ce_* headers and the signature, drops the rest. */
const requireSignature: RecordVerifier = async (record: KafkaRecord) => {
  if (!record.headers[SIGNATURE]) return { rejected: 'unsigned', error: `no ${SIGNATURE} header` };
  const covered = Object.entries(record.headers).filter(([name]) => name.startsWith('ce_') || name === SIGNATURE);
  return { accepted: { ...record, headers: Object.fromEntries(covered) } };
};

describe('InboxConsumer with a verifier', () => {
  let harness: MessagingHarness;

  beforeEach(async () => {
    harness = await MessagingHarness.create('verify');
  });

  afterEach(() => harness.close());

  it('dead-letters the records the verifier rejects, with its reason, and applies only the accepted ones', async () => {
    const signed = { [SIGNATURE]: 'ok' };
    const records = [sequenceRecord('e0', 0), sequenceRecord('e1', 1, signed), sequenceRecord('e2', 2), sequenceRecord('e3', 3, signed)];
    await harness.publish(records);
    const consumer = harness.consumer({ verify: requireSignature });
    await consumer.start();
    await eventually(async () => consumer.stats.applied + consumer.stats.deadLettered === 4);

    expect(await harness.effects()).toEqual({ total: 2, distinct: 2 });
    const letters = await harness.readDeadLetters();
    expect(letters.map((l) => [l.headers['ce_id'], l.headers['dlq_reason'], l.headers['dlq_attempts']])).toEqual([
      ['e0', 'unsigned', '0'],
      ['e2', 'unsigned', '0'],
    ]);
    expect(letters[0].headers['dlq_error']).toBe(`no ${SIGNATURE} header`);
    expect(consumer.stats).toMatchObject({ applied: 2, deadLettered: 2, retries: 0 });
  });

  it('hands the handler only the headers the verifier accepted', async () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    await harness.publish([sequenceRecord('e0', 0, { [SIGNATURE]: 'ok', traceparent })]);
    const seen: Array<string | undefined> = [];
    const noteTraceparent: EventHandler = async (event, manager) => {
      seen.push(event.traceparent);
      await recordEffect(event, manager);
    };
    const consumer = harness.consumer({ verify: requireSignature, handlers: { [SequenceNotedV1.type]: noteTraceparent } });
    await consumer.start();

    expect(await eventually(async () => (await harness.effects()).total === 1)).toBe(true);
    expect(seen).toEqual([undefined]);
  });

  it('retries a verifier that throws: transient failures until they pass, others until attempts run out', async () => {
    await harness.publish([sequenceRecord('e0', 0, { 'x-test-key-store': 'broken' }), sequenceRecord('e1', 1)]);
    let unreachable = 3;
    const consumer = harness.consumer({
      maxAttempts: 2,
      verify: async (record) => {
        if (record.headers['x-test-key-store'] === 'broken') throw new Error('key store answered nonsense');
        if (unreachable-- > 0) throw Object.assign(new Error('key store unreachable'), { code: 'ECONNREFUSED' });
        return { accepted: record };
      },
    });
    await consumer.start();
    await eventually(async () => consumer.stats.applied + consumer.stats.deadLettered === 2);

    expect(await harness.effects()).toEqual({ total: 1, distinct: 1 });
    const letters = await harness.readDeadLetters();
    expect(letters.map((l) => [l.headers['ce_id'], l.headers['dlq_reason'], l.headers['dlq_attempts']])).toEqual([
      ['e0', 'verifier-failed', '2'],
    ]);
    expect(letters[0].headers['dlq_error']).toContain('key store answered nonsense');
    expect(consumer.stats.retries).toBe(1 + 3);
  });
});
