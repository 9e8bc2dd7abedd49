import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSeverity, Parser } from '@asyncapi/parser';
import { buildAsyncApi, renderAsyncApi } from './asyncapi';
import { ALL_CONTRACTS, CaseAssignedV1, ReferralProgressV1, ReferralSentV1 } from './index';
import type { EventContract } from './event-contract';

type Doc = Record<string, Record<string, Record<string, unknown>>>;

/** The contracts that appear as no message of the document, by type (which carries the major version). */
async function contractsMissingFrom(yaml: string, contracts: readonly EventContract[]): Promise<string[]> {
  const { document, diagnostics } = await new Parser().parse(yaml);
  const errors = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error);
  if (!document || errors.length > 0) throw new Error(errors.map((e) => `${e.path.join('/')}: ${e.message}`).join('\n'));
  const names = new Set(document.allMessages().all().map((message) => message.name()));
  return contracts.map((c) => c.type).filter((type) => !names.has(type));
}

describe('docs/asyncapi.yaml', () => {
  it('is valid AsyncAPI and has a message for every contract', async () => {
    const committed = readFileSync(join(__dirname, '../../../docs/asyncapi.yaml'), 'utf8');
    expect(await contractsMissingFrom(committed, ALL_CONTRACTS)).toEqual([]);
  }, 60_000);

  it('misses a contract that was left out of the document, so the check above can fail', async () => {
    const withoutOne = renderAsyncApi(ALL_CONTRACTS.filter((c) => c !== CaseAssignedV1), []);
    expect(await contractsMissingFrom(withoutOne, ALL_CONTRACTS)).toEqual([CaseAssignedV1.type]);
  }, 60_000);
});

describe('buildAsyncApi', () => {
  const doc = buildAsyncApi([CaseAssignedV1, ReferralSentV1, ReferralProgressV1], [
    { service: 'training', consumes: [CaseAssignedV1.type] },
    { service: 'intake', consumes: [ReferralSentV1.type, ReferralProgressV1.type] },
  ]) as Doc;

  it('puts node-local events on their family topic per municipality and exchange events on the inbox', () => {
    expect(doc.channels['intake.participant.v1']).toMatchObject({ address: '{municipality}.intake.participant.v1' });
    expect(Object.keys(doc.channels['xb.inbox.v1'].messages as object)).toEqual([ReferralSentV1.type, ReferralProgressV1.type]);
    expect(doc.channels['xb.inbox.v1']).toMatchObject({ address: 'xb.{municipality}.inbox.v1' });
  });

  it('lets the producing service send and the consuming one receive, with a dead-letter topic for what it reads', () => {
    expect(doc.operations['intake.send.intake.participant.v1']).toMatchObject({ action: 'send' });
    expect(doc.operations['training.receive.intake.participant.v1']).toMatchObject({ action: 'receive' });
    expect(doc.operations['training.send.intake.participant.v1']).toBeUndefined();
    expect(doc.channels['intake.participant.v1.dlq']).toMatchObject({ address: '{municipality}.intake.participant.v1.dlq' });
    expect(doc.operations['training.send.xb.inbox.v1']).toMatchObject({
      messages: [{ $ref: `#/channels/xb.inbox.v1/messages/${ReferralProgressV1.type}` }],
    });
  });

  it('requires the CloudEvents headers the outbox writes, and the signature headers on exchange messages', () => {
    const local = doc.components.messages[CaseAssignedV1.type] as { headers: { required: string[] } };
    const exchange = doc.components.messages[ReferralSentV1.type] as { headers: { required: string[] } };
    expect(local.headers.required).toEqual(['ce_specversion', 'ce_id', 'ce_source', 'ce_type', 'ce_time', 'ce_subject', 'content-type']);
    expect(exchange.headers.required).toEqual(expect.arrayContaining(['ce_id', 'xb_sender', 'xb_destination', 'xb_signature']));
    expect(local.headers.required).not.toContain('xb_signature');
  });

  it('refuses a consumer of an event type no contract declares', () => {
    expect(() => buildAsyncApi([CaseAssignedV1], [{ service: 'support', consumes: ['tandem.intake.no-such-event.v1'] }])).toThrow(
      /support reads event types no contract declares: tandem.intake.no-such-event.v1/,
    );
  });
});
