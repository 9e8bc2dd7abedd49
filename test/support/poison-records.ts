import { randomBytes, randomUUID } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import { type CloudEvent, defineEvent, type KafkaRecord, sourceOf, toKafkaRecord } from '@tandem/contracts';
import type { MessageSigner } from '@tandem/federation';

/** The suite's exchange message: item n of a sequence; `failWith: 'always'` makes the handler throw. */
export const ItemNotedV1 = defineEvent({
  service: 'intake',
  family: 'poison',
  name: 'item-noted',
  version: 1,
  exchange: true,
  description: 'Test-only exchange event: one item of a sequence.',
  schema: Type.Object({ item: Type.Integer({ minimum: 0 }), failWith: Type.Optional(Type.Literal('always')) }),
  example: { item: 0 },
});

export type PoisonKind = 'valid' | 'not-json' | 'not-a-cloud-event' | 'schema-invalid' | 'bad-signature' | 'handler-throws';

/** The dead-letter reason each kind must get; valid records must get none. */
export const EXPECTED_REASON: Record<Exclude<PoisonKind, 'valid'>, string> = {
  'not-json': 'malformed',
  'not-a-cloud-event': 'invalid-envelope',
  'schema-invalid': 'contract-violation',
  'bad-signature': 'bad-signature',
  'handler-throws': 'handler-failed',
};

export interface PoisonRecord {
  kind: PoisonKind;
  eventId: string;
  record: KafkaRecord;
}

/** A marker in every payload that must never show in `dlq list`. */
export const PAYLOAD_CANARY = `canary-${randomBytes(4).toString('hex')}`;

function event(sender: string, data: unknown): CloudEvent {
  const id = randomUUID();
  return { id, source: sourceOf(sender, 'intake'), type: ItemNotedV1.type, time: new Date().toISOString(), subject: 'one-key', data };
}

async function build(kind: PoisonKind, item: number, signer: MessageSigner, destination: string): Promise<PoisonRecord> {
  const sign = (e: CloudEvent) => signer.sign(toKafkaRecord(e), destination);
  const valid = event(signer.municipality, { item, note: PAYLOAD_CANARY });
  switch (kind) {
    case 'valid':
      return { kind, eventId: valid.id, record: await sign(valid) };
    case 'handler-throws': {
      const throwing = event(signer.municipality, { item, failWith: 'always', note: PAYLOAD_CANARY });
      return { kind, eventId: throwing.id, record: await sign(throwing) };
    }
    case 'schema-invalid': {
      const invalid = event(signer.municipality, { item: `item ${item}`, note: PAYLOAD_CANARY });
      return { kind, eventId: invalid.id, record: await sign(invalid) };
    }
    case 'bad-signature': {
      // Signed, then altered on the way: the signature no longer covers what arrives.
      const signed = await sign(valid);
      return { kind, eventId: valid.id, record: { ...signed, value: JSON.stringify({ item: item + 1, note: PAYLOAD_CANARY }) } };
    }
    case 'not-a-cloud-event': {
      const { ce_type: _type, ce_specversion: _version, ...rest } = toKafkaRecord(valid).headers;
      return { kind, eventId: valid.id, record: await signer.sign({ key: 'one-key', value: JSON.stringify(valid.data), headers: rest }, destination) };
    }
    case 'not-json': {
      const signed = await sign(valid);
      return { kind, eventId: valid.id, record: { ...signed, value: `{item: ${item}, ${PAYLOAD_CANARY}` } };
    }
  }
}

/** The poison kinds with their counts, spread evenly between `validCount` valid records, all on one key. */
export async function poisonStream(
  validCount: number,
  poison: Array<[Exclude<PoisonKind, 'valid'>, number]>,
  signer: MessageSigner,
  destination: string,
): Promise<PoisonRecord[]> {
  const pending = poison.map(([kind, count]) => ({ kind, count }));
  const bad: PoisonKind[] = [];
  while (pending.some((p) => p.count > 0)) {
    for (const p of pending.filter((candidate) => candidate.count > 0)) {
      bad.push(p.kind);
      p.count--;
    }
  }
  const kinds: PoisonKind[] = [];
  let next = 0;
  for (let index = 0; index < validCount; index++) {
    kinds.push('valid');
    while (next < bad.length && index + 1 >= Math.floor(((next + 1) * validCount) / (bad.length + 1))) kinds.push(bad[next++]);
  }
  kinds.push(...bad.slice(next));
  return Promise.all(kinds.map((kind, item) => build(kind, item, signer, destination)));
}
