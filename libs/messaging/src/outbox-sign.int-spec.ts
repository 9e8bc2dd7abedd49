import { createHash } from 'node:crypto';
import type { KafkaRecord } from '@tandem/contracts';
import { eventually, MessagingHarness } from './test-support/messaging-harness';
import { SequenceNotedV1 } from './test-support/sequence-noted';
import { OutboxMessageTooLargeError } from './outbox';
import { MAX_SEND_BYTES } from './send-chunks';

/** Stands in for a detached JWS: a header computed from the record's key and value. */
async function sign(record: KafkaRecord): Promise<KafkaRecord> {
  const digest = createHash('sha256').update(`${record.key}\n${record.value}`).digest('base64url');
  return { ...record, headers: { ...record.headers, 'x-test-signature': digest } };
}

describe('Outbox with a signer', () => {
  let harness: MessagingHarness;

  beforeEach(async () => {
    harness = await MessagingHarness.create('sign');
  });

  afterEach(() => harness.close());

  function add(data: { aggregate: string; seq: number; padding?: string }, signer = sign) {
    return harness.dataSource.transaction((manager) =>
      harness.outbox.add(manager, { contract: SequenceNotedV1, subject: data.aggregate, data, topic: harness.topic, sign: signer }),
    );
  }

  it('publishes the record as signed', async () => {
    const event = await add({ aggregate: 'a-1', seq: 0 });
    harness.relay().start();
    expect(await eventually(async () => (await harness.unsentCount()) === 0)).toBe(true);

    const [published] = await harness.readTopic();
    const expected = await sign({ key: 'a-1', value: JSON.stringify(event.data), headers: {} });
    expect(published.headers).toMatchObject({ ce_id: event.id, 'x-test-signature': expected.headers['x-test-signature'] });
  });

  it('refuses a message that signing makes too large to publish', async () => {
    const bloating = async (record: KafkaRecord) => ({ ...record, headers: { ...record.headers, 'x-test-signature': 'x'.repeat(MAX_SEND_BYTES) } });

    await expect(add({ aggregate: 'a-1', seq: 0 }, bloating)).rejects.toThrow(OutboxMessageTooLargeError);
    expect(await harness.unsentCount()).toBe(0);
  });
});
