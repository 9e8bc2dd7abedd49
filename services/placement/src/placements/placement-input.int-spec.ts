import { randomUUID } from 'node:crypto';
import type { ServiceTestApp } from '@tandem/devkit';
import { startPlacementApp } from '../test-support/placement-test-app';
import { daysFromToday, jobBody, newCaseworker, participantOf, placementRows, seedWorkplace, START_WAGE, type Workplace } from './test-support/placement-fixtures';

describe('placement input', () => {
  let placement: ServiceTestApp;
  let client: Awaited<ReturnType<ServiceTestApp['as']>>;
  let participantId: string;
  let workplace: Workplace;

  beforeAll(async () => {
    placement = await startPlacementApp();
    const caseworker = newCaseworker();
    participantId = await participantOf(placement, caseworker);
    client = await placement.as(['caseworker'], caseworker);
    workplace = await seedWorkplace(placement);
  });
  afterAll(() => placement?.stop());

  /** Each request is refused with 400 naming the field, and no row or event is written. */
  async function refusedEach(path: string, cases: Array<[object, string]>): Promise<void> {
    const before = await placementRows(placement);
    for (const [body, field] of cases) {
      const response = await client.post(path).send(body);
      expect([response.status, Object.keys(response.body.fields ?? {})]).toEqual([400, expect.arrayContaining([field])]);
    }
    expect(await placementRows(placement)).toEqual(before);
  }

  it('refuses a bad start with field errors and writes nothing', async () => {
    const job = (overrides: object) => jobBody(participantId, workplace, overrides);
    const selfEmployed = { ...job({ type: 'self-employment', siteMunicipality: 'de-goerlitz' }), employerId: undefined, siteId: undefined, vacancyId: undefined };
    const other = await seedWorkplace(placement);
    await refusedEach('/placements', [
      [job({ participantId: 'nobody' }), 'participantId'],
      [job({ type: 'volunteering' }), 'type'],
      [job({ employerId: undefined }), 'employerId'],
      [job({ siteId: undefined }), 'siteId'],
      [job({ siteMunicipality: 'de-goerlitz' }), 'siteMunicipality'],
      [job({ employerId: randomUUID() }), 'employerId'],
      [job({ siteId: other.siteId }), 'siteId'],
      [job({ vacancyId: other.vacancyId }), 'vacancyId'],
      [{ ...selfEmployed, siteMunicipality: undefined }, 'siteMunicipality'],
      [{ ...selfEmployed, employerId: workplace.employerId }, 'employerId'],
      [{ ...selfEmployed, siteMunicipality: 'Görlitz' }, 'siteMunicipality'],
      [job({ occupation: '721' }), 'occupation'],
      [job({ startedOn: '2027-02-30' }), 'startedOn'],
      [job({ startedOn: daysFromToday(31) }), 'startedOn'],
      [job({ contractedHoursPerWeek: 80.5 }), 'contractedHoursPerWeek'],
      [job({ contractedHoursPerWeek: -1 }), 'contractedHoursPerWeek'],
      [job({ contractedHoursPerWeek: 37.25 }), 'contractedHoursPerWeek'],
      [job({ wage: undefined }), 'wage'],
      [job({ wage: { ...START_WAGE, amountMinor: -1 } }), 'wage.amountMinor'],
      [job({ wage: { ...START_WAGE, currency: 'zl' } }), 'wage.currency'],
      [job({ wage: { ...START_WAGE, period: 'week' } }), 'wage.period'],
      [job({ status: 'ended' }), 'status'],
    ]);
    expect((await client.post('/placements').send(job({ startedOn: daysFromToday(30) }))).status).toBe(201);
  });

  it('refuses a bad end, checkpoint or wage with field errors and writes nothing', async () => {
    const { body: started } = await client.post('/placements').send(jobBody(participantId, workplace, { startedOn: daysFromToday(-40) }));
    await refusedEach(`/placements/${started.id}/end`, [
      [{ endedOn: daysFromToday(-41), reason: 'resigned' }, 'endedOn'],
      [{ endedOn: daysFromToday(1), reason: 'resigned' }, 'endedOn'],
      [{ endedOn: daysFromToday(0), reason: 'illness' }, 'reason'],
    ]);
    await refusedEach(`/placements/${started.id}/retention/30`, [
      [{ recordedOn: daysFromToday(-18), stillEmployed: false }, 'recordedOn'],
      [{ recordedOn: daysFromToday(1), stillEmployed: false }, 'recordedOn'],
      [{ recordedOn: daysFromToday(0), stillEmployed: true }, 'wage'],
      [{ recordedOn: daysFromToday(0), stillEmployed: false, wage: START_WAGE }, 'wage'],
      [{ recordedOn: daysFromToday(0), stillEmployed: 'yes', wage: START_WAGE }, 'stillEmployed'],
    ]);
    await refusedEach(`/placements/${started.id}/retention/45`, [[{ recordedOn: daysFromToday(0), stillEmployed: false }, 'days']]);
    await refusedEach(`/placements/${started.id}/wages`, [
      [{ effectiveOn: daysFromToday(-41), wage: START_WAGE }, 'effectiveOn'],
      [{ effectiveOn: daysFromToday(1), wage: START_WAGE }, 'effectiveOn'],
      [{ effectiveOn: daysFromToday(0), wage: { ...START_WAGE, amountMinor: 1.5 } }, 'wage.amountMinor'],
    ]);
    expect((await client.get('/retention-checkpoints/due?before=soon')).status).toBe(400);
    expect((await client.get('/placements')).status).toBe(400);
    expect((await client.post(`/placements/${randomUUID()}/end`).send({ endedOn: daysFromToday(0), reason: 'resigned' })).status).toBe(404);
    expect((await client.post(`/placements/${started.id}/retention/30`).send({ recordedOn: daysFromToday(-17), stillEmployed: false })).status).toBe(200);
  });
});
