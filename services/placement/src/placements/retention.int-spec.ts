import { RetentionRecordedV1, WageRecordedV1 } from '@tandem/contracts';
import { published, type ServiceTestApp } from '@tandem/devkit';
import { startPlacementApp } from '../test-support/placement-test-app';
import { ADMIN, daysFromToday, jobBody, newCaseworker, participantOf, seedWorkplace, START_WAGE } from './test-support/placement-fixtures';

describe('retention checkpoints and wages', () => {
  let placement: ServiceTestApp;

  beforeAll(async () => {
    placement = await startPlacementApp();
  });
  afterAll(() => placement?.stop());

  /** A caseworker's client and a placement of one of their cases, started `daysAgo` days ago. */
  async function placed(daysAgo: number, caseworker = newCaseworker()) {
    const participantId = await participantOf(placement, caseworker);
    const client = await placement.as(['caseworker'], caseworker);
    const body = jobBody(participantId, await seedWorkplace(placement), { startedOn: daysFromToday(-daysAgo) });
    const { body: created } = await client.post('/placements').send(body);
    return { id: created.id as string, participantId, client, caseworker };
  }

  const raised = { ...START_WAGE, amountMinor: 520_000 };

  it('answers each checkpoint once with RetentionRecorded, and a changed wage joins the progression', async () => {
    const { id, participantId, client } = await placed(100);
    const first = await client.post(`/placements/${id}/retention/30`).send({ recordedOn: daysFromToday(-69), stillEmployed: true, wage: START_WAGE });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ days: 30, recordedOn: daysFromToday(-69), stillEmployed: true });
    const second = await client.post(`/placements/${id}/retention/90`).send({ recordedOn: daysFromToday(-10), stillEmployed: true, wage: raised });
    expect(second.status).toBe(200);

    expect(await published(placement, RetentionRecordedV1, { subject: id, atLeast: 2 })).toEqual([
      { placementId: id, participantId, checkpointDays: 30, recordedOn: daysFromToday(-69), stillEmployed: true, wage: START_WAGE },
      { placementId: id, participantId, checkpointDays: 90, recordedOn: daysFromToday(-10), stillEmployed: true, wage: raised },
    ]);
    // The unchanged wage at 30 days added no row: the second WageRecorded is the raise.
    const wages = await published(placement, WageRecordedV1, { subject: id, atLeast: 2 });
    expect(wages.map((event) => [event.effectiveOn, event.wage.amountMinor])).toEqual([
      [daysFromToday(-100), 480_000],
      [daysFromToday(-10), 520_000],
    ]);
    const detail = (await client.get(`/placements/${id}`)).body;
    expect(detail.wages.map((wage: { amountMinor: number }) => wage.amountMinor)).toEqual([480_000, 520_000]);
    expect(detail.wageProgression).toBe(1.0833);

    const again = await client.post(`/placements/${id}/retention/30`).send({ recordedOn: daysFromToday(0), stillEmployed: false });
    expect([again.status, again.body.message]).toEqual([409, `the 30-day checkpoint was answered on ${daysFromToday(-69)}`]);
  });

  it('records a raise with WageRecorded, and compares no wages paid in another currency', async () => {
    const { id, client } = await placed(40);
    const raise = await client.post(`/placements/${id}/wages`).send({ effectiveOn: daysFromToday(-5), wage: raised });
    expect([raise.status, raise.body]).toEqual([201, expect.objectContaining({ effectiveOn: daysFromToday(-5), amountMinor: 520_000 })]);
    expect((await client.get(`/placements/${id}`)).body.wageProgression).toBe(1.0833);
    await client.post(`/placements/${id}/wages`).send({ effectiveOn: daysFromToday(0), wage: { amountMinor: 125_000, currency: 'EUR', period: 'month' } });
    expect((await client.get(`/placements/${id}`)).body.wageProgression).toBeNull();
    expect(await published(placement, WageRecordedV1, { subject: id, atLeast: 3 })).toHaveLength(3);
  });

  it("lists the caller's unanswered checkpoints due by a day, oldest first, and stops asking once answered or past the end", async () => {
    const caseworker = newCaseworker();
    const older = await placed(100, caseworker);
    const newer = await placed(20, caseworker);
    const someoneElses = await placed(100);
    const due = async (query = '') =>
      ((await older.client.get(`/retention-checkpoints/due${query}`)).body as Array<{ placementId: string; days: number; dueOn: string }>).map(
        (row) => [row.placementId, row.days, row.dueOn],
      );

    expect(await due()).toEqual([
      [older.id, 30, daysFromToday(-70)],
      [older.id, 90, daysFromToday(-10)],
      [newer.id, 30, daysFromToday(10)],
    ]);
    expect(await due(`?before=${daysFromToday(0)}`)).toEqual([
      [older.id, 30, daysFromToday(-70)],
      [older.id, 90, daysFromToday(-10)],
    ]);
    await older.client.post(`/placements/${older.id}/retention/30`).send({ recordedOn: daysFromToday(-70), stillEmployed: true, wage: START_WAGE });
    await older.client.post(`/placements/${older.id}/end`).send({ endedOn: daysFromToday(-11), reason: 'contract-ended' });
    expect(await due()).toEqual([[newer.id, 30, daysFromToday(10)]]);
    const late = await older.client.post(`/placements/${older.id}/retention/90`).send({ recordedOn: daysFromToday(0), stillEmployed: false });
    expect([late.status, late.body.message]).toEqual([409, `the 90-day checkpoint fell due after the placement ended on ${daysFromToday(-11)}`]);

    const everyone = (await (await placement.as(ADMIN.roles, ADMIN.subject)).get(`/retention-checkpoints/due?before=${daysFromToday(0)}`)).body;
    expect(everyone.map((row: { placementId: string }) => row.placementId)).toEqual(expect.arrayContaining([someoneElses.id]));
    const audited = await placement.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE actor = $1 AND action = 'read' AND resource_id = $2`, [
      caseworker,
      newer.id,
    ]);
    expect(audited).toEqual([{ n: 2 }]);
  });
});
