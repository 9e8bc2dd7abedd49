import { randomUUID } from 'node:crypto';
import type { ServiceTestApp } from '@tandem/devkit';
import { ADMIN, newCaseworker, participantOf, seedWorkplace } from '../placements/test-support/placement-fixtures';
import { startPlacementApp } from '../test-support/placement-test-app';

/** Who may see a grievance, what a refusal writes, and where its details never go. */
describe('grievances API: access and privacy', () => {
  let placement: ServiceTestApp;
  const details = `Supervisor mocked her accent in front of the team ${randomUUID()}`;

  beforeAll(async () => {
    placement = await startPlacementApp();
  });
  afterAll(() => placement?.stop());

  const rows = () => Promise.all(['grievances', 'audit_log', 'outbox'].map((table) => placement.count(table)));
  async function caseworkerWithCase() {
    const caseworker = newCaseworker();
    const participantId = await participantOf(placement, caseworker);
    return { participantId, client: await placement.as(['caseworker'], caseworker) };
  }
  const grievance = (participantId: string, vacancyId: string) => ({ subjectType: 'selection', subjectId: vacancyId, participantId, category: 'discrimination', details });

  it("treats another caseworker's participant and grievance as no one's: 404, an empty list, nothing written", async () => {
    const { participantId, client } = await caseworkerWithCase();
    const { vacancyId } = await seedWorkplace(placement);
    const { body: own } = await client.post('/grievances').send(grievance(participantId, vacancyId)).expect(201);
    const stranger = await placement.as(['caseworker'], newCaseworker());
    const before = await rows();

    expect((await stranger.post('/grievances').send(grievance(participantId, vacancyId))).status).toBe(404);
    expect((await stranger.get(`/grievances/${own.id}`)).status).toBe(404);
    expect((await stranger.get('/grievances')).body).toEqual([]);
    expect((await stranger.post(`/grievances/${own.id}/resolution`).send({ outcome: 'withdrawn', resolution: 'x' })).status).toBe(404);
    expect(await rows()).toEqual(before);
    expect((await (await placement.as(['training_provider'], 'provider-jan')).get(`/grievances/${own.id}`)).status).toBe(403);
    expect((await (await placement.as(ADMIN.roles, ADMIN.subject)).get(`/grievances/${own.id}`)).body.details).toBe(details);
  });

  it('names each wrong field, an unknown subject included, and writes nothing', async () => {
    const { participantId, client } = await caseworkerWithCase();
    const before = await rows();
    const fields = async (body: object) => {
      const response = await client.post('/grievances').send(body);
      expect(response.status).toBe(400);
      return Object.keys(response.body.fields).sort();
    };
    expect(await fields({ subjectType: 'vacancy', subjectId: 'v-1', category: 'rude', details: 'x'.repeat(4001), suspendEmployer: 'yes' })).toEqual([
      'category',
      'details',
      'participantId',
      'subjectId',
      'subjectType',
      'suspendEmployer',
    ]);
    expect(await fields({ subjectType: 'placement', subjectId: randomUUID(), category: 'other', details: ' ' })).toEqual(['details', 'participantId']);
    expect(await fields(grievance(participantId, randomUUID()))).toEqual(['subjectId']);
    expect(await fields({ subjectType: 'employer', subjectId: randomUUID(), category: 'other', details })).toEqual(['subjectId']);
    expect(await rows()).toEqual(before);
  });

  it('puts the details and the resolution in no outbox row', async () => {
    const { participantId, client } = await caseworkerWithCase();
    const { vacancyId } = await seedWorkplace(placement);
    const { body: filed } = await client.post('/grievances').send(grievance(participantId, vacancyId)).expect(201);
    const resolution = `Apology and training ordered ${randomUUID()}`;
    await (await placement.as(ADMIN.roles, ADMIN.subject)).post(`/grievances/${filed.id}/resolution`).send({ outcome: 'upheld', resolution }).expect(200);
    const leaks = await placement.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox WHERE strpos(payload, $1) > 0 OR strpos(payload, $2) > 0 OR strpos(headers::text, $1) > 0`,
      [details, resolution],
    );
    expect(leaks).toEqual([{ n: 0 }]);
  });
});
