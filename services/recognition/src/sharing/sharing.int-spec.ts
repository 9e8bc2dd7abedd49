import type { ServiceTestApp } from '@tandem/devkit';
import { completeModule, definitionBody, OFFICER, participantOf } from '../test-support/recognition-fixtures';
import { startRecognitionApp } from '../test-support/recognition-test-app';

describe('sharing a credential by link', () => {
  let recognition: ServiceTestApp;

  beforeAll(async () => {
    recognition = await startRecognitionApp();
  });
  afterAll(() => recognition?.stop());

  async function heldCredential() {
    const officer = await recognition.as(OFFICER.roles, OFFICER.subject);
    const definition = (await officer.post('/credential-definitions').send(definitionBody())).body;
    const participantId = await participantOf(recognition, 'caseworker-anna');
    const credential = await completeModule(recognition, definition.trainingId, participantId);
    return { credential, caseworker: await recognition.as(['caseworker'], 'caseworker-anna'), officer };
  }
  const pathOf = (url: string) => new URL(url).pathname;
  // Collected as bytes whatever the type, so a 404's JSON and a PDF are read the same way.
  const pdfOf = (path: string, accept = 'application/pdf') =>
    recognition
      .client('')
      .get(path)
      .set('Accept', accept)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });

  it('opens the credential without an account, as a printable page, as JSON or as a PDF, until the link is withdrawn', async () => {
    const { credential, caseworker } = await heldCredential();
    const shared = await caseworker.post(`/credentials/${credential.id}/shares`).send({ days: 14 });
    expect(shared.status).toBe(201);
    expect(shared.body.url).toMatch(new RegExp(`^https://${recognition.municipality}\\.tandem\\.test/shared-credentials/[A-Za-z0-9_-]{43}$`));

    const page = await recognition.client('').get(pathOf(shared.body.url));
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.text).toContain('<h1>MAG welding basics</h1>');
    expect(page.text).toContain(credential.jws);
    const json = await recognition.client('').get(pathOf(shared.body.url)).set('Accept', 'application/json');
    expect(json.body).toMatchObject({ id: credential.id, state: 'active', jws: credential.jws });
    for (const pdf of [await pdfOf(pathOf(shared.body.url)), await pdfOf(`${pathOf(shared.body.url)}/pdf`, '*/*')]) {
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.headers['cache-control']).toBe('no-store');
      expect(pdf.headers['referrer-policy']).toBe('no-referrer');
      expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    const opened = await recognition.dataSource.query(`SELECT actor FROM audit_log WHERE action = 'open-shared' AND resource_id = $1`, [credential.id]);
    expect(opened).toEqual(Array.from({ length: 4 }, () => ({ actor: `share:${shared.body.id}` })));

    expect((await caseworker.delete(`/credentials/${credential.id}/shares/${shared.body.id}`)).status).toBe(204);
    expect((await recognition.client('').get(pathOf(shared.body.url))).status).toBe(404);
    expect((await pdfOf(pathOf(shared.body.url))).status).toBe(404);
    expect((await pdfOf(`${pathOf(shared.body.url)}/pdf`)).status).toBe(404);
  });

  it('stops opening once expired, and keeps no token that could open it', async () => {
    const { credential, caseworker } = await heldCredential();
    const shared = (await caseworker.post(`/credentials/${credential.id}/shares`).send({ days: 1 })).body;
    const token = pathOf(shared.url).split('/').pop() as string;
    expect(JSON.stringify(await recognition.dataSource.query('SELECT * FROM credential_shares'))).not.toContain(token);
    await recognition.dataSource.query(`UPDATE credential_shares SET expires_at = now() - interval '1 second' WHERE id = $1`, [shared.id]);
    const expired = await recognition.client('').get(pathOf(shared.url));
    expect(expired.status).toBe(404);
    expect(expired.body.message).toMatch(/expired or was withdrawn/);
    expect((await pdfOf(pathOf(shared.url))).status).toBe(404);
    expect((await pdfOf(`${pathOf(shared.url)}/pdf`)).status).toBe(404);
    expect((await recognition.client('').get('/shared-credentials/not-a-token')).status).toBe(404);
  });

  it('lets only those who may read the credential share it; bad input and revoked credentials are refused', async () => {
    const { credential, officer } = await heldCredential();
    const other = await recognition.as(['caseworker'], 'caseworker-jonas');
    const before = await recognition.count('credential_shares');
    expect((await other.post(`/credentials/${credential.id}/shares`).send({ days: 14 })).status).toBe(404);
    expect((await officer.post(`/credentials/${credential.id}/shares`).send({ days: 365 })).status).toBe(400);
    await officer.post(`/credentials/${credential.id}/revocation`).send({ reason: 'Issued in error.' }).expect(200);
    expect((await officer.post(`/credentials/${credential.id}/shares`).send({ days: 7 })).status).toBe(409);
    expect(await recognition.count('credential_shares')).toBe(before);
  });
});
