import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageSigner } from '@tandem/federation';
import { freePort, type RunFederation, type ServiceTestApp, uniqueName, writeRunFederation } from '@tandem/devkit';
import { CREDENTIAL_JWS_HEADER, openBadgeCredential } from '../credentials/open-badge';
import { completeModule, definitionBody, OFFICER, participantOf } from '../test-support/recognition-fixtures';
import { startRecognitionApp } from '../test-support/recognition-test-app';
import { agreementBody } from '../test-support/agreement-fixtures';

/** Two nodes whose recognition services answer at the URLs the federation file gives them. */
async function federationAt(ports: [number, number]): Promise<{ federation: RunFederation; ids: [string, string] }> {
  const ids: [string, string] = [`de-${uniqueName('v')}`, `pl-${uniqueName('v')}`];
  const dir = await mkdtemp(join(tmpdir(), 'tandem-federation-'));
  const specs = ids.map((id, i) => ({ id, country: id.slice(0, 2).toUpperCase(), displayName: id, languages: [id.slice(0, 2)], url: `http://127.0.0.1:${ports[i]}` }));
  return { federation: await writeRunFederation(dir, specs), ids };
}

const checksOf = (report: { checks: Array<{ check: string; result: string }> }) => Object.fromEntries(report.checks.map((c) => [c.check, c.result]));

describe('verifying credentials', () => {
  let de: ServiceTestApp;
  let pl: ServiceTestApp;
  let federation: RunFederation;

  beforeAll(async () => {
    const ports: [number, number] = [await freePort(), await freePort()];
    const run = await federationAt(ports);
    federation = run.federation;
    [de, pl] = await Promise.all([
      startRecognitionApp({ municipality: run.ids[0], federation }),
      startRecognitionApp({ municipality: run.ids[1], federation }),
    ]);
    await de.app.listen(ports[0], '127.0.0.1');
    await pl.app.listen(ports[1], '127.0.0.1');
  });
  afterAll(async () => {
    await de?.stop();
    await pl?.stop();
  });

  const verifyAt = async (node: ServiceTestApp, credential: unknown, holderCode?: string) => {
    const response = await node.client('').post('/verifications').send({ credential, ...(holderCode ? { holderCode } : {}) });
    expect(response.status).toBe(200);
    return response.body;
  };

  /** A module passed in Zgorzelec: its credential, and the holder code the participant keeps. */
  async function credentialFromPl(overrides: object = {}) {
    const officer = await pl.as(OFFICER.roles, OFFICER.subject);
    const definition = (await officer.post('/credential-definitions').send(definitionBody(overrides))).body;
    const participantId = await participantOf(pl, 'caseworker-ewa');
    const credential = await completeModule(pl, definition.trainingId, participantId);
    const caseworker = await pl.as(['caseworker'], 'caseworker-ewa');
    const { holderCode } = (await caseworker.get(`/credentials?participantId=${participantId}`)).body;
    return { ...credential, holderCode: holderCode as string, officer };
  }

  it('verifies in DE a credential issued in PL: signature, issuer, dates, status read from PL, and the holder', async () => {
    const { jws, holderCode } = await credentialFromPl();
    const report = await verifyAt(de, jws, holderCode);
    expect(report.verdict).toBe('valid');
    expect(checksOf(report)).toEqual({ issuer: 'passed', signature: 'passed', format: 'passed', validity: 'passed', revocation: 'passed', suspension: 'passed', holder: 'passed' });
    expect(report.issuer).toMatchObject({ municipality: pl.municipality, country: 'PL' });
    expect(report.credential.achievement).toMatchObject({ name: 'MAG welding basics', humanCode: 'WLD-101' });
    const someoneElse = await verifyAt(de, jws, 'AAAA-BBBB-CCCC');
    expect(checksOf(someoneElse).holder).toBe('failed');
    expect(someoneElse.verdict).toBe('invalid');
  });

  it("says what a valid credential counts as in DE under DE's agreements in force", async () => {
    const { jws } = await credentialFromPl({ code: 'WLD-PL-7' });
    expect((await verifyAt(de, jws)).recognisedHere).toEqual({ municipality: de.municipality, country: 'DE', outcome: 'none' });

    const rule = { source: { kind: 'credential', issuer: 'PL', code: 'WLD-PL-7' }, target: { name: 'Schweißer/in (MAG)', occupation: '7212', eqfLevel: 3 }, outcome: 'full' };
    const officer = await de.as(OFFICER.roles, OFFICER.subject);
    const agreement = await officer.post('/agreements').send(agreementBody('unused', { rules: [rule] }));
    expect(agreement.status).toBe(201);
    expect((await verifyAt(de, jws)).recognisedHere).toEqual({
      municipality: de.municipality,
      country: 'DE',
      outcome: 'full',
      agreement: { id: agreement.body.id, agreementKey: agreement.body.agreementKey, version: 1, rule: 0 },
      target: rule.target,
    });
  });

  it('verifies a credential copied from paper, broken over lines', async () => {
    const { jws } = await credentialFromPl();
    const printed = jws.match(/.{1,64}/g)?.join('\n  ') ?? '';
    expect((await verifyAt(de, printed)).verdict).toBe('valid');
  });

  it('fails a credential with one byte changed', async () => {
    const { jws } = await credentialFromPl();
    const [header, payload, signature] = jws.split('.') as [string, string, string];
    const bytes = Buffer.from(payload, 'base64url');
    bytes[bytes.indexOf('WLD-101') + 4] = '2'.charCodeAt(0);
    const tampered = `${header}.${bytes.toString('base64url')}.${signature}`;
    const report = await verifyAt(de, tampered);
    expect(report.verdict).toBe('invalid');
    expect(checksOf(report).signature).toBe('failed');
  });

  it('fails a credential once PL revokes or suspends it, as DE reads PL’s signed status lists', async () => {
    const revoked = await credentialFromPl();
    await revoked.officer.post(`/credentials/${revoked.id}/revocation`).send({ reason: 'Issued in error.' }).expect(200);
    const report = await verifyAt(de, revoked.jws);
    expect(report.verdict).toBe('invalid');
    expect(checksOf(report)).toMatchObject({ signature: 'passed', revocation: 'failed', suspension: 'passed' });

    const suspended = await credentialFromPl();
    await suspended.officer.post(`/credentials/${suspended.id}/suspension`).expect(200);
    expect(checksOf(await verifyAt(de, suspended.jws))).toMatchObject({ revocation: 'passed', suspension: 'failed' });
    expect(checksOf(await verifyAt(pl, suspended.jws))).toMatchObject({ suspension: 'failed' });
  });

  it('fails an expired credential, and says a status it could not read is indeterminate', async () => {
    const member = federation.members.find((entry) => entry.id === pl.municipality)!;
    const signer = await MessageSigner.create({ municipality: member.id, privateKey: member.privateKey });
    const definition = { id: '0b8f8a0e-3c1d-4b7e-9f2a-5d6c7e8f9a01', ...definitionBody(), trainingId: null, creditHours: 40, ecvetPoints: 2, validityMonths: 12 } as never;
    const issuer = { id: member.url!, name: member.displayName };
    const document = openBadgeCredential({ id: '1b8f8a0e-3c1d-4b7e-9f2a-5d6c7e8f9a01', issuer, definition, holderCode: 'AAAA-BBBB-CCCC', salt: 'aa', issuedAt: new Date('2024-01-01T00:00:00Z'), validUntil: new Date('2025-01-01T00:00:00Z'), statusIndex: 7 });
    const expired = await signer.signCompact(JSON.stringify(document), CREDENTIAL_JWS_HEADER);
    const report = await verifyAt(de, expired);
    expect(report.verdict).toBe('invalid');
    expect(checksOf(report)).toMatchObject({ signature: 'passed', validity: 'failed' });

    const pointingElsewhere = { ...document, validUntil: undefined, credentialStatus: [{ ...(document['credentialStatus'] as object[])[0], statusListCredential: 'http://169.254.169.254/latest' }] };
    const sneaky = await verifyAt(de, await signer.signCompact(JSON.stringify(pointingElsewhere), CREDENTIAL_JWS_HEADER));
    expect(checksOf(sneaky)).toMatchObject({ revocation: 'unknown' });
    expect(sneaky.verdict).toBe('indeterminate');
  });

  it('answers garbage with a clear invalid report, never an error; a body that is not a credential is 400', async () => {
    for (const garbage of ['hello', 'a.b.c', 'eyJhbGciOiJub25lIn0.eyJ9.', `${Buffer.from('{"alg":"EdDSA","typ":"vc+jwt"}').toString('base64url')}.e30.AAAA`]) {
      const report = await verifyAt(de, garbage);
      expect(report.verdict).toBe('invalid');
      expect(report.checks[0].detail).toEqual(expect.any(String));
    }
    expect((await de.client('').post('/verifications').send({ credential: 42 })).status).toBe(400);
    expect((await de.client('').post('/verifications').send({})).status).toBe(400);
  });

  it('serves each status list publicly as a signed BitstringStatusListCredential', async () => {
    const response = await pl.client('').get('/status-lists/revocation');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('application/vc+jwt');
    expect((await pl.client('').get('/status-lists/other')).status).toBe(400);
  });
});

describe('verification rate limit', () => {
  it('refuses a client that asks too often', async () => {
    const node = await startRecognitionApp(undefined, { RECOGNITION_VERIFY_LIMIT_PER_MINUTE: '2' });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await node.client('').post('/verifications').send({ credential: 'x' })).status);
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await node.stop();
    }
  });
});
