import { randomUUID } from 'node:crypto';
import type { ServiceTestApp } from '@tandem/devkit';
import { ADMIN, daysFromToday, newCaseworker, participantOf, seedWorkplace } from '../placements/test-support/placement-fixtures';
import { startPlacementApp } from '../test-support/placement-test-app';

/** Text no event, no outbox row, may ever carry. */
const DETAILS = `Kept working 14-hour shifts without breaks, wages withheld ${randomUUID()}`;

describe('grievances API', () => {
  let placement: ServiceTestApp;

  beforeAll(async () => {
    placement = await startPlacementApp();
  });
  afterAll(() => placement?.stop());

  const admin = () => placement.as(ADMIN.roles, ADMIN.subject);
  const rows = () => Promise.all(['grievances', 'audit_log', 'outbox'].map((table) => placement.count(table)));
  async function caseworkerWithCase() {
    const caseworker = newCaseworker();
    const participantId = await participantOf(placement, caseworker);
    return { caseworker, participantId, client: await placement.as(['caseworker'], caseworker) };
  }
  const aboutPlacement = (participantId: string, subjectId: string, overrides: object = {}) => ({
    subjectType: 'selection',
    subjectId,
    participantId,
    category: 'unfair-selection',
    details: DETAILS,
    ...overrides,
  });

  it('files an open grievance due in 14 days, assigns it and resolves it once, auditing each access', async () => {
    const { caseworker, participantId, client } = await caseworkerWithCase();
    const { vacancyId, employerId } = await seedWorkplace(placement);
    const filed = await client.post('/grievances').send(aboutPlacement(participantId, vacancyId));
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ subjectType: 'selection', subjectId: vacancyId, employerId, participantId, details: DETAILS });
    expect(filed.body).toMatchObject({ status: 'open', dueOn: daysFromToday(14), assignedTo: null, filedBy: caseworker, suspendedEmployer: false });
    const url = `/grievances/${filed.body.id}`;

    const handler = newCaseworker();
    expect((await client.post(`${url}/assignment`).send({ assignee: handler })).status).toBe(403);
    const assigned = await (await admin()).post(`${url}/assignment`).send({ assignee: handler });
    expect([assigned.status, assigned.body.status, assigned.body.assignedTo]).toEqual([200, 'in-progress', handler]);

    const resolution = { outcome: 'upheld', resolution: 'Employer warned; shifts capped at 8 hours.' };
    expect((await client.post(`${url}/resolution`).send(resolution)).status).toBe(403);
    const handlerClient = await placement.as(['caseworker'], handler);
    const resolved = await handlerClient.post(`${url}/resolution`).send(resolution);
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ ...resolution, status: 'resolved', resolvedBy: handler, resolvedAt: expect.any(String) });
    const again = await (await admin()).post(`${url}/resolution`).send({ ...resolution, outcome: 'withdrawn' });
    expect([again.status, again.body.message]).toEqual([409, 'the grievance is resolved']);

    expect((await handlerClient.get(url)).body).toEqual(resolved.body);
    expect((await client.get('/grievances?status=resolved')).body).toEqual([resolved.body]);
    expect((await client.get('/grievances?status=open')).body).toEqual([]);
    const audit = await placement.dataSource.query(`SELECT action, actor, purpose FROM audit_log WHERE resource_id = $1 ORDER BY id`, [filed.body.id]);
    expect(audit).toEqual(
      [
        ['file', caseworker],
        ['assign', ADMIN.subject],
        ['resolve', handler],
        ['read', handler],
        ['read', caseworker],
      ].map(([action, actor]) => ({ action, actor, purpose: 'grievance-handling' })),
    );
  });

  it('lists those overdue for an admin, and for a caseworker only those they filed or handle', async () => {
    const { participantId, client } = await caseworkerWithCase();
    const { placementId } = await seedPlacement(participantId);
    const late = (await client.post('/grievances').send(aboutPlacement(participantId, placementId, { subjectType: 'placement' }))).body;
    const onTime = (await client.post('/grievances').send(aboutPlacement(participantId, placementId, { subjectType: 'placement' }))).body;
    await placement.dataSource.query(`UPDATE grievances SET due_on = $2 WHERE id = $1`, [late.id, daysFromToday(-1)]);
    const ids = async (query: string, as = client) => (await as.get(`/grievances${query}`)).body.map((grievance: { id: string }) => grievance.id);
    expect(await ids('')).toEqual([late.id, onTime.id]);
    expect(await ids('?overdue=true')).toEqual([late.id]);
    expect(await ids('?overdue=true', await admin())).toContain(late.id);
    expect(await ids('?overdue=true', await admin())).not.toContain(onTime.id);
    expect(Object.keys((await client.get('/grievances?overdue=yes&status=closed')).body.fields).sort()).toEqual(['overdue', 'status']);
  });

  /** A placement of the participant's at a seeded workplace, written as a row: its API is tested elsewhere. */
  async function seedPlacement(participantId: string) {
    const { employerId, siteId } = await seedWorkplace(placement);
    const placementId = randomUUID();
    await placement.dataSource.query(
      `INSERT INTO placements (id, participant_id, type, employer_id, site_id, occupation, site_municipality, started_on, contracted_hours_per_week, status, created_by, created_at)
       VALUES ($1, $2, 'job', $3, $4, '7212', 'pl-zgorzelec', $5, 40, 'active', 'caseworker-seed', now())`,
      [placementId, participantId, employerId, siteId, daysFromToday(-10)],
    );
    return { placementId, employerId, siteId };
  }

  it("suspends the placement's employer when an admin files with suspendEmployer, stopping its new vacancies until reinstated", async () => {
    const { participantId, client } = await caseworkerWithCase();
    const { placementId, employerId, siteId } = await seedPlacement(participantId);
    const body = aboutPlacement(participantId, placementId, { subjectType: 'placement', category: 'unsafe-work', suspendEmployer: true });
    const before = await rows();
    expect((await client.post('/grievances').send(body)).status).toBe(403);
    expect(await rows()).toEqual(before);
    expect((await (await client.get(`/employers/${employerId}`)).body).suspendedAt).toBeNull();

    const filed = await (await admin()).post('/grievances').send(body);
    expect([filed.status, filed.body.employerId, filed.body.suspendedEmployer]).toEqual([201, employerId, true]);
    const vacancy = { siteId, title: 'Welder', occupation: '7212', requiredSkills: [], languages: [], wageMinMinor: 400_000, wageMaxMinor: 560_000, currency: 'PLN', wagePeriod: 'month', hoursPerWeek: 40, type: 'job', openings: 1 };
    const refused = await client.post(`/employers/${employerId}/vacancies`).send(vacancy);
    expect([refused.status, refused.body.message]).toEqual([409, `employer ${employerId} is suspended and takes no open vacancies`]);

    await (await admin()).post(`/grievances/${filed.body.id}/resolution`).send({ outcome: 'not-upheld', resolution: 'Site inspected.' }).expect(200);
    expect((await client.post(`/employers/${employerId}/vacancies`).send(vacancy)).status).toBe(409);
  });

  it('suspends an employer named directly', async () => {
    const { employerId } = await seedWorkplace(placement);
    const direct = { subjectType: 'employer', subjectId: employerId, category: 'exploitation', details: DETAILS, suspendEmployer: true };
    expect((await (await admin()).post('/grievances').send(direct)).status).toBe(201);
    expect((await placement.dataSource.query(`SELECT suspended_at FROM employers WHERE id = $1`, [employerId]))[0].suspended_at).not.toBeNull();
  });
});
