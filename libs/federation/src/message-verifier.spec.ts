import type { KafkaRecord } from '@tandem/contracts';
import { CompactSign, decodeProtectedHeader, importJWK } from 'jose';
import type { Federation } from './federation';
import type { RejectionReason } from './message-rejected-error';
import { MessageSigner } from './message-signer';
import { MessageVerifier } from './message-verifier';
import { generateNodeKey, type PrivateSigningJwk } from './node-keys';
import { signingInput } from './signed-content';
import { federationOf, referralEvent, referralRecord } from './test-support/federation-fixtures';

const GOERLITZ = 'de-goerlitz';
const ZGORZELEC = 'pl-zgorzelec';
const HRADEK = 'cz-hradek';

let goerlitzKey: PrivateSigningJwk;
let federation: Federation;
let signer: MessageSigner;
let atZgorzelec: MessageVerifier;

beforeAll(async () => {
  goerlitzKey = await generateNodeKey();
  const [zgorzelecKey, hradekKey] = await Promise.all([generateNodeKey(), generateNodeKey()]);
  federation = federationOf({ [GOERLITZ]: [goerlitzKey], [ZGORZELEC]: [zgorzelecKey], [HRADEK]: [hradekKey] });
  signer = await MessageSigner.create({ municipality: GOERLITZ, privateKey: goerlitzKey, federation });
  atZgorzelec = new MessageVerifier(federation, ZGORZELEC);
});

async function rejectionOf(verifier: MessageVerifier, record: KafkaRecord): Promise<RejectionReason> {
  const outcome = await verifier.verify(record).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(outcome).toMatchObject({ name: 'MessageRejectedError', message: expect.any(String) });
  return (outcome as { reason: RejectionReason }).reason;
}

function withHeaders(record: KafkaRecord, change: (headers: Record<string, string>) => void): KafkaRecord {
  const headers = { ...record.headers };
  change(headers);
  return { ...record, headers };
}

describe('signing and verifying cross-border messages', () => {
  it('verifies a signed message and returns the data and the headers the signature covers', async () => {
    const signed = await signer.sign(referralRecord(), ZGORZELEC);
    const verified = await atZgorzelec.verify(signed);
    expect(verified).toMatchObject({ sender: GOERLITZ, destination: ZGORZELEC, keyId: goerlitzKey.kid, data: referralEvent.data });
    expect(verified.record.key).toBe(referralEvent.subject);
    expect(verified.record.headers).toMatchObject({
      ce_id: referralEvent.id,
      ce_type: referralEvent.type,
      traceparent: referralEvent.traceparent,
    });
  });

  it('signs with a detached compact JWS of its own type, naming the key', async () => {
    const { headers } = await signer.sign(referralRecord(), ZGORZELEC);
    expect(headers['xb_sender']).toBe(GOERLITZ);
    expect(headers['xb_destination']).toBe(ZGORZELEC);
    expect(headers['xb_signature']).toMatch(/^[\w-]+\.\.[\w-]+$/);
    expect(decodeProtectedHeader(headers['xb_signature']!)).toEqual({ alg: 'EdDSA', kid: goerlitzKey.kid, typ: 'tandem-xb+jws' });
  });

  it('still verifies when the data is re-serialised without changing its meaning', async () => {
    const signed = await signer.sign(referralRecord(), ZGORZELEC);
    const reformatted = { ...signed, value: JSON.stringify(JSON.parse(signed.value), null, 2) };
    await expect(atZgorzelec.verify(reformatted)).resolves.toMatchObject({ data: referralEvent.data });
  });

  it('allows headers the signature does not cover, but does not pass them on as trusted', async () => {
    const signed = await signer.sign(referralRecord(), ZGORZELEC);
    const verified = await atZgorzelec.verify(withHeaders(signed, (headers) => (headers['x-mirrored-from'] = 'cluster-de')));
    expect(verified.record.headers).not.toHaveProperty('x-mirrored-from');
    expect(verified.record.headers).not.toHaveProperty('content-type');
  });

  const tamperings: Array<[string, (record: KafkaRecord) => KafkaRecord]> = [
    ['changing the data', (record) => ({ ...record, value: JSON.stringify({ ...JSON.parse(record.value), hours: 1200 }) })],
    ['changing the key', (record) => ({ ...record, key: 'referral-8' })],
    ['changing a ce_ header', (record) => withHeaders(record, (headers) => (headers['ce_type'] = 'tandem.intake.referral-withdrawn.v1'))],
    ['changing the traceparent', (record) => withHeaders(record, (headers) => (headers['traceparent'] = '00-ffff-00-01'))],
    ['adding a ce_ header', (record) => withHeaders(record, (headers) => (headers['ce_dataschema'] = 'urn:x'))],
    ['removing a ce_ header', (record) => withHeaders(record, (headers) => delete headers['ce_subject'])],
    ['changing xb_sender', (record) => withHeaders(record, (headers) => (headers['xb_sender'] = HRADEK))],
    ['changing xb_destination', (record) => withHeaders(record, (headers) => (headers['xb_destination'] = HRADEK))],
  ];

  it.each(tamperings)('rejects a message tampered with by %s', async (_what, tamper) => {
    const signed = await signer.sign(referralRecord(), ZGORZELEC);
    expect(await rejectionOf(atZgorzelec, tamper(signed))).toBe('bad-signature');
  });

  it('rejects a message for another inbox redirected here by changing xb_destination', async () => {
    const signed = await signer.sign(referralRecord(), HRADEK);
    const redirected = withHeaders(signed, (headers) => (headers['xb_destination'] = ZGORZELEC));
    expect(await rejectionOf(atZgorzelec, redirected)).toBe('bad-signature');
  });

  it('rejects an authentic message addressed to another municipality', async () => {
    const signed = await signer.sign(referralRecord(), HRADEK);
    expect(await rejectionOf(atZgorzelec, signed)).toBe('wrong-destination');
  });

  it('rejects a message that is not signed', async () => {
    expect(await rejectionOf(atZgorzelec, referralRecord())).toBe('unsigned');
  });

  it('rejects a sender that is not in the federation', async () => {
    const outsider = await MessageSigner.create({ municipality: 'cz-liberec', privateKey: await generateNodeKey() });
    expect(await rejectionOf(atZgorzelec, await outsider.sign(referralRecord(), ZGORZELEC))).toBe('unknown-sender');
  });

  it('rejects a message signed by a key the federation does not list for the sender', async () => {
    const impostor = await MessageSigner.create({ municipality: GOERLITZ, privateKey: await generateNodeKey() });
    expect(await rejectionOf(atZgorzelec, await impostor.sign(referralRecord(), ZGORZELEC))).toBe('bad-signature');
  });

  it("rejects a message signed by another key that claims the sender's kid", async () => {
    const otherKey = { ...(await generateNodeKey()), kid: goerlitzKey.kid };
    const impostor = await MessageSigner.create({ municipality: GOERLITZ, privateKey: otherKey });
    expect(await rejectionOf(atZgorzelec, await impostor.sign(referralRecord(), ZGORZELEC))).toBe('bad-signature');
  });

  it('rejects records it cannot read as a signed message', async () => {
    const signed = await signer.sign(referralRecord(), ZGORZELEC);
    expect(await rejectionOf(atZgorzelec, { ...signed, value: '{not json' })).toBe('malformed');
    expect(await rejectionOf(atZgorzelec, withHeaders(signed, (headers) => (headers['xb_signature'] = 'abc')))).toBe('malformed');
    expect(await rejectionOf(atZgorzelec, withHeaders(signed, (headers) => delete headers['xb_sender']))).toBe('malformed');
  });

  it("rejects a signature of another type made with the sender's key", async () => {
    const signed = await signer.sign(referralRecord(), ZGORZELEC);
    // Exactly the signed content, so only the type tells this signature apart from a valid one.
    const { bytes } = signingInput(signed, GOERLITZ, ZGORZELEC);
    const jwt = await new CompactSign(bytes)
      .setProtectedHeader({ alg: 'EdDSA', kid: goerlitzKey.kid, typ: 'JWT' })
      .sign(await importJWK(goerlitzKey));
    const [header, , signature] = jwt.split('.');
    const retyped = withHeaders(signed, (headers) => (headers['xb_signature'] = `${header}..${signature}`));
    expect(await rejectionOf(atZgorzelec, retyped)).toBe('bad-signature');
  });

  it('verifies messages signed with either key while a sender rotates its key', async () => {
    const nextKey = await generateNodeKey();
    const rotating = federationOf({ [GOERLITZ]: [goerlitzKey, nextKey], [ZGORZELEC]: federation.publicKeys(ZGORZELEC) });
    const verifier = new MessageVerifier(rotating, ZGORZELEC);
    const nextSigner = await MessageSigner.create({ municipality: GOERLITZ, privateKey: nextKey, federation: rotating });
    await expect(verifier.verify(await nextSigner.sign(referralRecord(), ZGORZELEC))).resolves.toMatchObject({ keyId: nextKey.kid });
    await expect(verifier.verify(await signer.sign(referralRecord(), ZGORZELEC))).resolves.toMatchObject({ keyId: goerlitzKey.kid });
  });
});
