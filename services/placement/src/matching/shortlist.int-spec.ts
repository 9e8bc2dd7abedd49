import { randomUUID } from 'node:crypto';
import { ConsentGrantedV1, ConsentWithdrawnV1, InboundReferralEndedV1 } from '@tandem/contracts';
import { pollUntil, publishAs, type ServiceTestApp } from '@tandem/devkit';
import { CASEWORKER, PROVIDER, suspend } from '../employers/test-support/employer-fixtures';
import { newCaseworker } from '../placements/test-support/placement-fixtures';
import { startPlacementApp } from '../test-support/placement-test-app';
import { completeModule, localCandidate, newVacancy, referredPair, SAFETY, WELDING } from './test-support/matching-fixtures';

const IDENTITY = { displayName: 'Olena K.', contact: 'via Jobcenter Görlitz, Frau Nowak, +49 3581 123456' };
const PORTAL_USER = 'employer-krause-hr';

describe('shortlists under pseudonyms, and identities released to the employer', () => {
  let placement: ServiceTestApp;

  beforeAll(async () => {
    placement = await startPlacementApp();
  });
  afterAll(() => placement?.stop());

  const staff = (subject = CASEWORKER.subject) => placement.as(['caseworker'], subject);
  const employerUser = (subject = PORTAL_USER) => placement.as(['employer'], subject);
  const entries = () => placement.count('shortlist_entries');

  /** An open vacancy with `PORTAL_USER` as its employer's portal user, and a welder, `caseworker`'s case, shortlisted for it. */
  async function shortlisted(caseworker = newCaseworker()) {
    const { employerId, vacancyId } = await newVacancy(placement);
    await (await staff()).put(`/employers/${employerId}/portal-users`).send({ subjects: [PORTAL_USER] }).expect(200);
    const participantId = await localCandidate(placement, { caseworker, municipality: 'de-goerlitz', languages: [{ code: 'pl', level: 'A2' }], skills: [WELDING] });
    const created = await (await staff(caseworker)).post(`/vacancies/${vacancyId}/shortlist`).send({ candidates: [participantId] });
    expect(created.status).toBe(201);
    return { employerId, vacancyId, participantId, caseworker, entry: created.body[0] };
  }

  const release = async (vacancyId: string, entryId: string, subject: string) =>
    (await staff(subject)).post(`/vacancies/${vacancyId}/shortlist/${entryId}/release`).send(IDENTITY);
  const seenByEmployer = async (vacancyId: string) => (await (await employerUser()).get(`/vacancies/${vacancyId}/shortlist`)).body;
  const grant = (participantId: string, consentId: string, purposes: Array<'employer-sharing' | 'progress-sharing'>) =>
    publishAs(placement, 'intake', ConsentGrantedV1, participantId, { consentId, participantId, purposes, noticeVersion: '2026-01', grantedAt: new Date().toISOString() });
  const consentsOf = (participantId: string) => placement.dataSource.query('SELECT 1 FROM employer_sharing_consents WHERE participant_id = $1', [participantId]);

  it('shows the employer’s portal user pseudonyms, scores and explanations only, and answers 404 on another employer’s vacancy', async () => {
    const { vacancyId, participantId, caseworker, entry } = await shortlisted();
    expect(entry).toMatchObject({ candidateId: participantId, candidateKind: 'participant', pseudonym: expect.stringMatching(/^C-[A-Z2-9]{6}$/), score: 0.6 });
    expect(entry.explanation[0]).toMatchObject({ component: 'skills', matchedSkills: [WELDING], missingSkills: [SAFETY] });

    const seen = await seenByEmployer(vacancyId);
    expect(seen).toEqual([{ id: entry.id, pseudonym: entry.pseudonym, score: 0.6, explanation: entry.explanation, shortlistedAt: entry.shortlistedAt, identity: null }]);
    expect(JSON.stringify(seen)).not.toContain(participantId);
    const audited = await placement.dataSource.query(`SELECT actor, action FROM audit_log WHERE resource_id = $1 ORDER BY id`, [participantId]);
    expect(audited).toEqual([
      { actor: caseworker, action: 'shortlist' },
      { actor: PORTAL_USER, action: 'read-shortlist' },
    ]);

    const other = await newVacancy(placement);
    expect((await (await employerUser()).get(`/vacancies/${other.vacancyId}/shortlist`)).status).toBe(404);
    expect((await (await employerUser('employer-someone-else')).get(`/vacancies/${vacancyId}/shortlist`)).status).toBe(404);
    // A role that never reads shortlists is refused as such; neither staff nor employer learns of other vacancies.
    expect((await (await placement.as(PROVIDER.roles, PROVIDER.subject)).get(`/vacancies/${vacancyId}/shortlist`)).status).toBe(403);
    expect((await (await placement.as(['integrator'], 'integrator-x')).get(`/vacancies/${vacancyId}/shortlist`)).status).toBe(403);
    expect((await (await employerUser()).post(`/vacancies/${vacancyId}/shortlist/${entry.id}/release`).send(IDENTITY)).status).toBe(403);
  });

  it('releases an identity only under a consent to employer-sharing (409 before), and erases it when the consent is withdrawn', async () => {
    const { vacancyId, participantId, caseworker, entry } = await shortlisted();
    const refused = await release(vacancyId, entry.id, caseworker);
    expect([refused.status, refused.body.message]).toEqual([409, `${entry.pseudonym} has no consent in force covering employer-sharing; their identity cannot be released`]);

    const consentId = randomUUID();
    await grant(participantId, randomUUID(), ['progress-sharing']);
    await grant(participantId, consentId, ['employer-sharing']);
    await pollUntil('consent applied', () => consentsOf(participantId), (rows) => rows.length === 1);
    const released = await release(vacancyId, entry.id, caseworker);
    expect(released.status).toBe(200);
    expect(released.body).toMatchObject({ identity: IDENTITY, releasedAt: expect.any(String), erasedAt: null });
    expect((await seenByEmployer(vacancyId))[0].identity).toEqual(IDENTITY);

    await publishAs(placement, 'intake', ConsentWithdrawnV1, participantId, { consentId, participantId, withdrawnAt: new Date().toISOString() });
    await pollUntil('identity erased', () => seenByEmployer(vacancyId), (seen) => seen[0]?.identity === null);
    const kept = await placement.dataSource.query('SELECT display_name, contact, erased_at FROM shortlist_entries WHERE id = $1', [entry.id]);
    expect(kept).toEqual([{ display_name: null, contact: null, erased_at: expect.any(Date) }]);
    expect((await release(vacancyId, entry.id, caseworker)).status).toBe(409);
  });

  it('answers 404 to the caseworker of another participant, releasing nothing', async () => {
    const { vacancyId, participantId, entry } = await shortlisted();
    await grant(participantId, randomUUID(), ['employer-sharing']);
    await pollUntil('consent applied', () => consentsOf(participantId), (rows) => rows.length === 1);
    expect((await release(vacancyId, entry.id, newCaseworker())).status).toBe(404);
    expect((await seenByEmployer(vacancyId))[0].identity).toBeNull();
  });

  it('lets staff release a referred trainee shortlisted by referral id, and the referral’s end erases it and the candidate', async () => {
    const { employerId, vacancyId } = await newVacancy(placement);
    await (await staff()).put(`/employers/${employerId}/portal-users`).send({ subjects: [PORTAL_USER] }).expect(200);
    const { sharing, notSharing } = await referredPair(placement, 'pl-luban');
    await completeModule(placement, { referralId: sharing, homeMunicipality: 'pl-luban' }, [WELDING]);
    const refused = await (await staff()).post(`/vacancies/${vacancyId}/shortlist`).send({ candidates: [notSharing] });
    expect(refused.status).toBe(400);
    const [entry] = (await (await staff()).post(`/vacancies/${vacancyId}/shortlist`).send({ candidates: [sharing] }).expect(201)).body;
    expect(entry).toMatchObject({ candidateKind: 'referral', explanation: [expect.objectContaining({ matchedSkills: [WELDING] }), expect.anything(), expect.anything()] });
    expect((await release(vacancyId, entry.id, newCaseworker())).status).toBe(200);
    expect((await seenByEmployer(vacancyId))[0].identity).toEqual(IDENTITY);

    await publishAs(placement, 'intake', InboundReferralEndedV1, sharing, { referralId: sharing, endedAt: new Date().toISOString(), reason: 'withdrawn' });
    await pollUntil('identity erased', () => seenByEmployer(vacancyId), (seen) => seen[0]?.identity === null);
    for (const table of ['match_candidates', 'candidate_skills']) {
      expect(await placement.dataSource.query(`SELECT 1 FROM ${table} WHERE candidate_id = $1`, [sharing])).toEqual([]);
    }
    expect((await (await staff()).get(`/vacancies/${vacancyId}/matches?limit=100`)).body.map((match: { candidateId: string }) => match.candidateId)).not.toContain(sharing);
  });

  it('names each wrong field with 400 and writes nothing', async () => {
    const { employerId, vacancyId, entry, caseworker } = await shortlisted();
    const before = await entries();
    const fields = async (body: object) => Object.keys((await (await staff()).post(`/vacancies/${vacancyId}/shortlist`).send(body)).body.fields ?? {});
    expect(await fields({ candidates: [] })).toEqual(['candidates']);
    expect(await fields({ candidates: ['olena'] })).toEqual(['candidates']);
    expect(await fields({ candidates: [randomUUID()] })).toEqual(['candidates']);
    expect(await fields({ candidates: [randomUUID()], note: 'x' })).toEqual(['note']);
    expect(await entries()).toBe(before);
    const wrong = await (await staff(caseworker)).post(`/vacancies/${vacancyId}/shortlist/${entry.id}/release`).send({ displayName: ' ', contact: '' });
    expect(Object.keys(wrong.body.fields).sort()).toEqual(['contact', 'displayName']);
    expect(Object.keys((await (await staff()).put(`/employers/${employerId}/portal-users`).send({ subjects: ['a b', 'a b'] })).body.fields)).toEqual(['subjects']);
    expect((await seenByEmployer(vacancyId))[0].identity).toBeNull();
  });

  it('shortlists nothing for a suspended employer (409)', async () => {
    const { employerId, vacancyId, participantId } = await shortlisted();
    await suspend(placement, employerId);
    const before = await entries();
    const refused = await (await staff()).post(`/vacancies/${vacancyId}/shortlist`).send({ candidates: [participantId] });
    expect([refused.status, refused.body.message]).toEqual([409, expect.stringContaining('is suspended from matching')]);
    expect(await entries()).toBe(before);
  });
});
