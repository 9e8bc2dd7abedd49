import { randomUUID } from 'node:crypto';
import { CredentialIssuedV1, CredentialRevokedV1 } from '@tandem/contracts';
import { pollUntil, publishAs, type ServiceTestApp } from '@tandem/devkit';
import { CASEWORKER, PROVIDER, suspend } from '../employers/test-support/employer-fixtures';
import { jobBody, seedWorkplace } from '../placements/test-support/placement-fixtures';
import { startPlacementApp } from '../test-support/placement-test-app';
import { localCandidate, newVacancy, referredPair, SAFETY, WELDING } from './test-support/matching-fixtures';

describe('matching candidates to a vacancy', () => {
  let placement: ServiceTestApp;

  beforeAll(async () => {
    placement = await startPlacementApp();
  });
  afterAll(() => placement?.stop());

  const caseworker = () => placement.as(CASEWORKER.roles, CASEWORKER.subject);
  const matches = async (vacancyId: string, query = '?limit=100') => (await caseworker()).get(`/vacancies/${vacancyId}/matches${query}`);
  const ids = async (vacancyId: string) => (await matches(vacancyId)).body.map((match: { candidateId: string }) => match.candidateId);

  it('ranks a candidate with the required skills and language above one without, and the explanation says why', async () => {
    const { vacancyId } = await newVacancy(placement);
    const welder = await localCandidate(placement, { caseworker: CASEWORKER.subject, municipality: 'pl-zgorzelec', languages: [{ code: 'pl', level: 'B1' }], skills: [WELDING, SAFETY] });
    const newcomer = await localCandidate(placement, { caseworker: CASEWORKER.subject, municipality: 'de-goerlitz', languages: [{ code: 'uk', level: 'C2' }] });

    const response = await matches(vacancyId);
    expect(response.status).toBe(200);
    const ranked = response.body.map((match: { candidateId: string }) => match.candidateId);
    expect(ranked.indexOf(welder)).toBeLessThan(ranked.indexOf(newcomer));
    const [first, second] = [welder, newcomer].map((id) => response.body.find((match: { candidateId: string }) => match.candidateId === id));
    expect(first).toMatchObject({ candidateKind: 'participant', score: 1 });
    expect(first.explanation).toEqual([
      expect.objectContaining({ component: 'skills', weight: 0.5, value: 1, matchedSkills: [WELDING, SAFETY], missingSkills: [] }),
      expect.objectContaining({ component: 'language', weight: 0.3, value: 1, reasons: ['1 of 1 required languages met', 'pl: B1 required, B1 spoken: met'] }),
      expect.objectContaining({ component: 'distance', weight: 0.2, value: 1, distanceKm: 1.4 }),
    ]);
    expect(first.explanation[0].reasons[1]).toBe(`${WELDING}: evidenced by module WLD-101, passed on 2027-01-15`);
    expect(first.explanation[2].reasons[0]).toContain('across the border (PL to DE), which adds nothing');
    expect(second).toMatchObject({ score: 0.2 });
    expect(second.explanation[0]).toMatchObject({ value: 0, matchedSkills: [], missingSkills: [WELDING, SAFETY] });
    expect(second.explanation[1].reasons).toContain('pl: B1 required, not spoken');

    const audited = await placement.dataSource.query(`SELECT resource_type, purpose FROM audit_log WHERE action = 'read-match' AND resource_id = ANY($1)`, [[welder, newcomer]]);
    expect(audited).toEqual([
      { resource_type: 'participant', purpose: 'job-placement' },
      { resource_type: 'participant', purpose: 'job-placement' },
    ]);
  });

  it('counts the skills of a credential recognition issued, until it is revoked', async () => {
    const { vacancyId } = await newVacancy(placement);
    const holder = await localCandidate(placement, { caseworker: CASEWORKER.subject, municipality: 'pl-zgorzelec', languages: [{ code: 'pl', level: 'B1' }] });
    const credential = { credentialId: randomUUID(), definitionId: randomUUID(), holder: { participantId: holder, homeMunicipality: 'pl-zgorzelec' } };
    await publishAs(placement, 'recognition', CredentialIssuedV1, credential.credentialId, {
      ...credential,
      issuedAt: '2027-02-01T10:00:00.000Z',
      basis: 'manual',
      code: 'WLD-RPL',
      skills: [WELDING],
    });
    const evidence = () => placement.dataSource.query(`SELECT 1 FROM candidate_skills WHERE candidate_id = $1 AND source = 'credential'`, [holder]);
    await pollUntil('credential skills', evidence, (rows) => rows.length === 1);
    const [match] = (await matches(vacancyId)).body.filter((m: { candidateId: string }) => m.candidateId === holder);
    expect(match.explanation[0]).toMatchObject({ matchedSkills: [WELDING], missingSkills: [SAFETY] });
    expect(match.explanation[0].reasons).toContain(`${WELDING}: evidenced by credential WLD-RPL, issued on 2027-02-01`);

    await publishAs(placement, 'recognition', CredentialRevokedV1, credential.credentialId, { ...credential, revokedAt: '2027-03-01T10:00:00.000Z', code: 'WLD-RPL' });
    await pollUntil('credential skills gone', evidence, (rows) => rows.length === 0);
  });

  it('lists a referred trainee by referral id only when their consent covers employer-sharing', async () => {
    const { vacancyId } = await newVacancy(placement);
    const { sharing, notSharing } = await referredPair(placement, 'de-zittau');
    const listed = (await matches(vacancyId)).body;
    expect(listed).toContainEqual(expect.objectContaining({ candidateId: sharing, candidateKind: 'referral' }));
    expect(listed.map((match: { candidateId: string }) => match.candidateId)).not.toContain(notSharing);
  });

  it('leaves out a candidate in an ongoing placement', async () => {
    const { vacancyId } = await newVacancy(placement);
    const placed = await localCandidate(placement, { caseworker: CASEWORKER.subject, municipality: 'pl-zgorzelec', languages: [] });
    expect(await ids(vacancyId)).toContain(placed);
    await (await caseworker()).post('/placements').send(jobBody(placed, await seedWorkplace(placement))).expect(201);
    expect(await ids(vacancyId)).not.toContain(placed);
  });

  it('refuses to match for a suspended employer or a vacancy not open (409), saying why', async () => {
    const suspended = await newVacancy(placement);
    await suspend(placement, suspended.employerId);
    const refused = await matches(suspended.vacancyId);
    expect([refused.status, refused.body.message]).toEqual([
      409,
      `employer ${suspended.employerId} is suspended from matching; its vacancies get no candidates until it is reinstated`,
    ]);
    const filled = await newVacancy(placement);
    await (await caseworker()).post(`/vacancies/${filled.vacancyId}/status`).send({ status: 'filled' }).expect(200);
    expect((await matches(filled.vacancyId)).body.message).toBe(`vacancy ${filled.vacancyId} is filled; only an open vacancy is matched`);
  });

  it('answers staff only (403 otherwise), 404 for an unknown vacancy and 400 for a wrong limit', async () => {
    const { vacancyId } = await newVacancy(placement);
    for (const roles of [PROVIDER.roles, ['employer']]) expect((await (await placement.as(roles, 'someone')).get(`/vacancies/${vacancyId}/matches`)).status).toBe(403);
    expect((await matches(randomUUID())).status).toBe(404);
    expect(Object.keys((await matches(vacancyId, '?limit=0')).body.fields)).toEqual(['limit']);
    expect(Object.keys((await matches(vacancyId, '?limit=many')).body.fields)).toEqual(['limit']);
  });
});
