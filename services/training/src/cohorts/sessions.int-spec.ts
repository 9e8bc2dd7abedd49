import { randomUUID } from 'node:crypto';
import type { ServiceTestApp } from '@tandem/devkit';
import { startTrainingApp } from '../test-support/training-test-app';
import { PROVIDER, seedCohort } from '../test-support/training-fixtures';

describe('sessions API', () => {
  let training: ServiceTestApp;
  /** An open welding program with two modules and a cohort from 2026-09-01 to 2026-12-20. */
  let seeded: Awaited<ReturnType<typeof seedCohort>>;

  beforeAll(async () => {
    training = await startTrainingApp();
    seeded = await seedCohort(training);
  });
  afterAll(() => training?.stop());

  const provider = () => training.as(PROVIDER.roles, PROVIDER.subject);
  const sessionsOf = (cohortId: string) => `/cohorts/${cohortId}/sessions`;

  it('plans evening and weekend sessions and serves the timetable by date and time to anyone of the node', async () => {
    const { cohortId, moduleIds } = await seedCohort(training);
    const client = await provider();
    const saturday = { date: '2026-10-10', startsAt: '09:00', endsAt: '13:00', room: 'Workshop 2', moduleId: moduleIds[1] };
    const eveningLater = { date: '2026-10-07', startsAt: '19:30', endsAt: '21:30', room: 'Room 12' };
    const eveningEarlier = { date: '2026-10-07', startsAt: '17:00', endsAt: '19:00', room: 'Room 12', moduleId: moduleIds[0] };
    const created = [];
    for (const session of [saturday, eveningLater, eveningEarlier]) {
      const response = await client.post(sessionsOf(cohortId)).send(session);
      expect(response.status).toBe(201);
      created.push(response.body);
    }
    expect(created[0]).toEqual({ ...saturday, id: expect.any(String), cohortId });
    expect(created[1].moduleId).toBeNull();

    const timetable = await (await training.as(['caseworker'], 'caseworker-anna')).get(sessionsOf(cohortId));
    expect(timetable.status).toBe(200);
    expect(timetable.body).toEqual([created[2], created[1], created[0]]);
  });

  it("refuses a date outside the cohort's and a module of another program, naming both, and writes nothing", async () => {
    const other = await seedCohort(training);
    const before = await training.count('sessions');
    const response = await (await provider())
      .post(sessionsOf(seeded.cohortId))
      .send({ date: '2026-12-21', startsAt: '18:00', endsAt: '21:00', room: 'Workshop 2', moduleId: other.moduleIds[0] });
    expect(response.status).toBe(400);
    expect(response.body.fields).toEqual({
      date: ['date must be within the cohort, 2026-09-01 to 2026-12-20'],
      moduleId: [`module ${other.moduleIds[0]} is not part of the cohort's program`],
    });
    expect(await training.count('sessions')).toBe(before);
  });

  it('names each wrong field of a session and writes nothing', async () => {
    const before = await training.count('sessions');
    const client = await provider();
    const fields = async (body: object) => (await client.post(sessionsOf(seeded.cohortId)).send(body)).body.fields;
    expect(await fields({ date: '2026-10-01', startsAt: '21:00', endsAt: '18:00', room: 'Workshop 2' })).toEqual({
      endsAt: ['endsAt must be after startsAt'],
    });
    expect(await fields({ date: '2026-10-01', startsAt: '18:00', endsAt: '18:00', room: 'Workshop 2' })).toEqual({
      endsAt: ['endsAt must be after startsAt'],
    });
    expect(Object.keys(await fields({ date: '1 Oct', startsAt: '6pm', endsAt: '24:00', room: '', moduleId: 'WLD-1', trainer: 'Jan' })).sort()).toEqual([
      'date',
      'endsAt',
      'moduleId',
      'room',
      'startsAt',
      'trainer',
    ]);
    expect(await training.count('sessions')).toBe(before);
  });

  it('refuses a caseworker who plans a session (403) and writes nothing', async () => {
    const before = await training.count('sessions');
    const caseworker = await training.as(['caseworker'], 'caseworker-anna');
    const response = await caseworker.post(sessionsOf(seeded.cohortId)).send({ date: '2026-10-01', startsAt: '18:00', endsAt: '21:00', room: 'Workshop 2' });
    expect(response.status).toBe(403);
    expect(await training.count('sessions')).toBe(before);
  });

  it('answers 404 for an unknown cohort', async () => {
    const client = await provider();
    expect((await client.post(sessionsOf(randomUUID())).send({ date: '2026-10-01', startsAt: '18:00', endsAt: '21:00', room: 'Workshop 2' })).status).toBe(404);
    expect((await client.get(sessionsOf(randomUUID()))).status).toBe(404);
  });
});
