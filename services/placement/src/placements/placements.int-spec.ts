import { PlacementEndedV1, PlacementStartedV1, WageRecordedV1 } from '@tandem/contracts';
import { published, type ServiceTestApp } from '@tandem/devkit';
import { startPlacementApp } from '../test-support/placement-test-app';
import { daysFromToday, jobBody, newCaseworker, participantOf, placementRows, seedWorkplace, START_WAGE } from './test-support/placement-fixtures';

describe('placements API', () => {
  let placement: ServiceTestApp;

  beforeAll(async () => {
    placement = await startPlacementApp();
  });
  afterAll(() => placement?.stop());

  /** A caseworker with one case of their own. */
  async function caseworkerWithCase() {
    const caseworker = newCaseworker();
    const participantId = await participantOf(placement, caseworker);
    return { participantId, client: await placement.as(['caseworker'], caseworker), caseworker };
  }

  it('starts a placement with its first wage and four retention checkpoints, and announces ids, codes and wages only', async () => {
    const { participantId, client, caseworker } = await caseworkerWithCase();
    const workplace = await seedWorkplace(placement);
    const created = await client.post('/placements').send(jobBody(participantId, workplace, { startedOn: '2026-01-31' }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...workplace, participantId, siteMunicipality: 'pl-zgorzelec', status: 'active', createdBy: caseworker });

    const detail = (await client.get(`/placements/${created.body.id}`)).body;
    expect(detail.wages).toEqual([{ effectiveOn: '2026-01-31', ...START_WAGE, recordedBy: caseworker }]);
    expect(detail.checkpoints.map((checkpoint: { days: number; dueOn: string }) => [checkpoint.days, checkpoint.dueOn])).toEqual([
      [30, '2026-03-02'],
      [90, '2026-05-01'],
      [180, '2026-07-30'],
      [365, '2027-01-31'],
    ]);
    expect(detail.wageProgression).toBe(1);

    const ids = { placementId: created.body.id, participantId };
    expect(await published(placement, PlacementStartedV1, { subject: created.body.id })).toEqual([
      { ...ids, type: 'job', employerId: workplace.employerId, occupation: '7212', siteMunicipality: 'pl-zgorzelec', startedOn: '2026-01-31', contractedHoursPerWeek: 40, wage: START_WAGE },
    ]);
    expect(await published(placement, WageRecordedV1, { subject: created.body.id })).toEqual([{ ...ids, effectiveOn: '2026-01-31', wage: START_WAGE }]);
    const audit = await placement.dataSource.query(`SELECT action, purpose FROM audit_log WHERE resource_id = $1 ORDER BY id`, [created.body.id]);
    expect(audit).toEqual([
      { action: 'start', purpose: 'job-placement' },
      { action: 'read', purpose: 'job-placement' },
    ]);
  });

  it('places the self-employed where they trade, without an employer', async () => {
    const { participantId, client } = await caseworkerWithCase();
    const { wage, occupation, startedOn } = jobBody(participantId, await seedWorkplace(placement));
    const body = { participantId, type: 'self-employment', siteMunicipality: 'de-goerlitz', occupation, startedOn, contractedHoursPerWeek: 25.5, wage };
    const created = await client.post('/placements').send(body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ employerId: null, siteId: null, vacancyId: null, siteMunicipality: 'de-goerlitz', contractedHoursPerWeek: 25.5 });
    const [started] = await published(placement, PlacementStartedV1, { subject: created.body.id });
    expect(started).toMatchObject({ type: 'self-employment', employerId: null, siteMunicipality: 'de-goerlitz' });
  });

  it('ends a placement once, within its days, with PlacementEnded', async () => {
    const { participantId, client } = await caseworkerWithCase();
    const { body: started } = await client.post('/placements').send(jobBody(participantId, await seedWorkplace(placement), { startedOn: daysFromToday(-60) }));
    const end = (endedOn: string, reason = 'moved-to-other-job') => client.post(`/placements/${started.id}/end`).send({ endedOn, reason });

    for (const endedOn of [daysFromToday(-61), daysFromToday(1)]) {
      const refused = await end(endedOn);
      expect([refused.status, Object.keys(refused.body.fields)]).toEqual([400, ['endedOn']]);
    }
    const ended = await end(daysFromToday(-1));
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ status: 'ended', endedOn: daysFromToday(-1), endReason: 'moved-to-other-job' });
    expect(await published(placement, PlacementEndedV1, { subject: started.id })).toEqual([
      { placementId: started.id, participantId, endedOn: daysFromToday(-1), reason: 'moved-to-other-job' },
    ]);

    const again = await end(daysFromToday(0), 'resigned');
    expect([again.status, again.body.message]).toEqual([409, `the placement ended on ${daysFromToday(-1)}`]);
    const raise = await client.post(`/placements/${started.id}/wages`).send({ effectiveOn: daysFromToday(0), wage: START_WAGE });
    expect(raise.status).toBe(409);
  });

  it('refuses a suspended employer and a vacancy that is no longer open, and writes nothing', async () => {
    const { participantId, client } = await caseworkerWithCase();
    const before = await placementRows(placement);
    const suspended = await client.post('/placements').send(jobBody(participantId, await seedWorkplace(placement, { suspended: true })));
    expect([suspended.status, suspended.body.message]).toEqual([409, expect.stringMatching(/^employer .+ is suspended$/)]);
    const filled = await client.post('/placements').send(jobBody(participantId, await seedWorkplace(placement, { vacancy: 'filled' })));
    expect([filled.status, filled.body.message]).toEqual([409, expect.stringMatching(/^vacancy .+ is filled$/)]);
    expect(await placementRows(placement)).toEqual(before);
  });

  it("treats another caseworker's participant as no one: 404, an empty list, nothing written and no read audited", async () => {
    const { participantId, client } = await caseworkerWithCase();
    const workplace = await seedWorkplace(placement);
    const { body: own } = await client.post('/placements').send(jobBody(participantId, workplace));
    const stranger = await placement.as(['caseworker'], newCaseworker());
    const before = await placementRows(placement);

    expect((await stranger.post('/placements').send(jobBody(participantId, workplace))).status).toBe(404);
    expect((await stranger.get(`/placements/${own.id}`)).status).toBe(404);
    expect((await stranger.get(`/placements?participantId=${participantId}`)).body).toEqual([]);
    expect((await stranger.post(`/placements/${own.id}/end`).send({ endedOn: daysFromToday(0), reason: 'resigned' })).status).toBe(404);
    expect((await stranger.post(`/placements/${own.id}/retention/30`).send({ recordedOn: daysFromToday(0), stillEmployed: false })).status).toBe(404);
    expect((await stranger.post(`/placements/${own.id}/wages`).send({ effectiveOn: daysFromToday(0), wage: START_WAGE })).status).toBe(404);
    expect(await placementRows(placement)).toEqual(before);

    expect((await client.get(`/placements?participantId=${participantId}`)).body).toEqual([expect.objectContaining({ id: own.id })]);
    const admin = await placement.as(['admin'], 'admin-ola');
    expect((await admin.get(`/placements/${own.id}`)).status).toBe(200);
    const readers = await placement.dataSource.query(`SELECT DISTINCT actor FROM audit_log WHERE resource_id = $1 AND action = 'read' ORDER BY actor`, [own.id]);
    expect(readers.map((row: { actor: string }) => row.actor)).toEqual(['admin-ola', expect.stringMatching(/^caseworker-/)]);
    expect((await (await placement.as(['social_worker'], 'sw-eva')).get(`/placements/${own.id}`)).status).toBe(403);
  });
});
