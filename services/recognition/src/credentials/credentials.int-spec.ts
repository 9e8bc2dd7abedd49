import { decodeProtectedHeader } from 'jose';
import { CredentialIssuedV1, CredentialRevokedV1 } from '@tandem/contracts';
import { published, type ServiceTestApp } from '@tandem/devkit';
import { completeModule, definitionBody, OFFICER, participantOf } from '../test-support/recognition-fixtures';
import { startRecognitionApp } from '../test-support/recognition-test-app';
import { shapeProblems } from '../verification/credential-shape';

describe('credentials', () => {
  let recognition: ServiceTestApp;

  beforeAll(async () => {
    recognition = await startRecognitionApp();
  });
  afterAll(() => recognition?.stop());

  async function definedModule(overrides: object = {}) {
    const officer = await recognition.as(OFFICER.roles, OFFICER.subject);
    const created = await officer.post('/credential-definitions').send(definitionBody(overrides));
    expect(created.status).toBe(201);
    return created.body as { id: string; trainingId: string };
  }

  it('lets officers define credentials, publicly readable, and refuses bad input and other roles without writing', async () => {
    const definition = await definedModule();
    const read = await recognition.client('').get(`/credential-definitions/${definition.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ code: 'WLD-101', eqfLevel: 3, occupations: ['7212'], ecvetPoints: 2, validityMonths: null });

    const before = await recognition.count('credential_definitions');
    const officer = await recognition.as(OFFICER.roles, OFFICER.subject);
    const bad = await officer.post('/credential-definitions').send(definitionBody({ eqfLevel: 9, skills: ['welding'], name: {}, kind: 'course' }));
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['eqfLevel', 'kind', 'name', 'skills']);
    const caseworker = await recognition.as(['caseworker'], 'caseworker-anna');
    expect((await caseworker.post('/credential-definitions').send(definitionBody())).status).toBe(403);
    expect((await officer.post('/credential-definitions').send(definitionBody({ trainingId: definition.trainingId }))).status).toBe(409);
    expect(await recognition.count('credential_definitions')).toBe(before);
  });

  it('issues a signed Open Badges 3.0 credential when training reports the module passed, and announces ids only', async () => {
    const definition = await definedModule({ validityMonths: 60 });
    const participantId = await participantOf(recognition, 'caseworker-anna');
    const credential = await completeModule(recognition, definition.trainingId, participantId);

    expect(decodeProtectedHeader(credential.jws)).toMatchObject({ alg: 'EdDSA', typ: 'vc+jwt', cty: 'vc' });
    const caseworker = await recognition.as(['caseworker'], 'caseworker-anna');
    const mine = await caseworker.get(`/credentials?participantId=${participantId}`);
    expect(mine.status).toBe(200);
    expect(mine.body.holderCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const [view] = mine.body.credentials;
    expect(view).toMatchObject({ id: credential.id, state: 'active', basis: 'completion', jws: credential.jws });
    expect(shapeProblems(view.credential)).toEqual([]);
    expect(view.credential).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      id: `urn:uuid:${credential.id}`,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: `https://${recognition.municipality}.tandem.test`, type: ['Profile'] },
      name: 'MAG welding basics',
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: [{ type: 'IdentityObject', identityType: 'identifier', hashed: true }],
        achievement: { achievementType: 'MicroCredential', humanCode: 'WLD-101', criteria: { narrative: expect.any(String) } },
      },
      credentialStatus: [
        { type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListCredential: `https://${recognition.municipality}.tandem.test/status-lists/revocation` },
        { type: 'BitstringStatusListEntry', statusPurpose: 'suspension' },
      ],
    });
    expect(JSON.stringify(view.credential)).not.toContain(participantId);
    expect(JSON.stringify(view.credential)).not.toContain(mine.body.holderCode);

    const [issued] = await published(recognition, CredentialIssuedV1, { subject: credential.id });
    expect(issued).toMatchObject({ credentialId: credential.id, definitionId: definition.id, holder: { participantId }, basis: 'completion' });
    expect(issued!.validUntil).toBeDefined();
  });

  it('lets only officers revoke and suspend, and reads a participant’s credentials only for their caseworker', async () => {
    const definition = await definedModule();
    const participantId = await participantOf(recognition, 'caseworker-anna');
    const credential = await completeModule(recognition, definition.trainingId, participantId);
    const other = await recognition.as(['caseworker'], 'caseworker-jonas');
    expect((await other.get(`/credentials?participantId=${participantId}`)).status).toBe(404);
    expect((await other.get(`/credentials/${credential.id}`)).status).toBe(404);
    expect((await other.post(`/credentials/${credential.id}/revocation`).send({ reason: 'no' })).status).toBe(403);

    const officer = await recognition.as(OFFICER.roles, OFFICER.subject);
    expect((await officer.post(`/credentials/${credential.id}/revocation`).send({ reason: ' ' })).status).toBe(400);
    expect((await officer.post(`/credentials/${credential.id}/suspension`)).body.state).toBe('suspended');
    expect((await officer.post(`/credentials/${credential.id}/reinstatement`)).body.state).toBe('active');
    const revoked = await officer.post(`/credentials/${credential.id}/revocation`).send({ reason: 'Assessment recorded for the wrong trainee.' });
    expect(revoked.body.state).toBe('revoked');
    expect((await officer.post(`/credentials/${credential.id}/revocation`).send({ reason: 'again' })).status).toBe(409);
    expect(await published(recognition, CredentialRevokedV1, { subject: credential.id })).toHaveLength(1);
    const audit = await recognition.dataSource.query(`SELECT action FROM audit_log WHERE resource_id = $1 ORDER BY id`, [credential.id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['suspend', 'reinstate', 'revoke']);
  });

  it('issues by hand for a participant of the node, once per definition while it lives', async () => {
    const definition = await definedModule({ trainingId: undefined });
    const participantId = await participantOf(recognition, 'caseworker-anna');
    const officer = await recognition.as(OFFICER.roles, OFFICER.subject);
    const issued = await officer.post('/credentials').send({ definitionId: definition.id, participantId });
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({ basis: 'manual', state: 'active' });
    expect((await officer.post('/credentials').send({ definitionId: definition.id, participantId })).status).toBe(409);
    const stranger = '6f1c2a6e-8d4b-4f5a-9c1e-2b7d6a0e9f11';
    expect((await officer.post('/credentials').send({ definitionId: definition.id, participantId: stranger })).status).toBe(404);
  });
});
