import { randomUUID } from 'node:crypto';
import type { ServiceTestApp } from '@tandem/devkit';
import { startTrainingApp } from '../test-support/training-test-app';
import { PROVIDER, seedCohort } from '../test-support/training-fixtures';

const cohort = {
  name: 'Spring weekends',
  startsOn: '2027-03-06',
  endsOn: '2027-06-26',
  trainers: ['Jan Kowalski', 'Ewa Zielińska'],
  mentors: ['Marek Nowak'],
};

describe('cohorts API', () => {
  let training: ServiceTestApp;
  /** An open 12-place program with one cohort, made through the API. */
  let seeded: Awaited<ReturnType<typeof seedCohort>>;

  beforeAll(async () => {
    training = await startTrainingApp();
    seeded = await seedCohort(training, { capacity: 12 });
  });
  afterAll(() => training?.stop());

  const provider = () => training.as(PROVIDER.roles, PROVIDER.subject);
  const caseworker = () => training.as(['caseworker'], 'caseworker-anna');

  it("plans a cohort with the program's capacity unless it sets its own, readable by a caseworker", async () => {
    const client = await provider();
    const created = await client.post(`/programs/${seeded.programId}/cohorts`).send(cohort);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ ...cohort, id: expect.any(String), programId: seeded.programId, capacity: 12, createdAt: expect.any(String) });
    const smaller = await client.post(`/programs/${seeded.programId}/cohorts`).send({ ...cohort, capacity: 8, mentors: undefined });
    expect(smaller.body).toMatchObject({ capacity: 8, mentors: [] });

    const read = await (await caseworker()).get(`/cohorts/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ ...created.body, places: { capacity: 12, taken: 0, waitlisted: 0 } });
  });

  it('lists the cohorts of a program, earliest start first', async () => {
    const { programId, cohortId } = await seedCohort(training);
    const client = await provider();
    const earlier = (await client.post(`/programs/${programId}/cohorts`).send({ ...cohort, startsOn: '2026-05-04', endsOn: '2026-05-04' })).body.id;
    const later = (await client.post(`/programs/${programId}/cohorts`).send({ ...cohort, startsOn: '2027-01-11', endsOn: '2027-04-30' })).body.id;
    const list = await (await caseworker()).get(`/programs/${programId}/cohorts`);
    expect(list.status).toBe(200);
    expect(list.body.map((c: { id: string }) => c.id)).toEqual([earlier, cohortId, later]);
  });

  it('counts taken places from enrolled and completed trainees, and the waitlist apart; dropped ones not at all', async () => {
    const { cohortId } = await seedCohort(training, { capacity: 3 });
    for (const status of ['enrolled', 'completed', 'waitlisted', 'waitlisted', 'dropped']) {
      await training.dataSource.query(
        `INSERT INTO enrollments (id, cohort_id, participant_id, home_municipality, status, requested_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, now(), now())`,
        [randomUUID(), cohortId, randomUUID(), training.municipality, status],
      );
    }
    expect((await (await provider()).get(`/cohorts/${cohortId}`)).body.places).toEqual({ capacity: 3, taken: 2, waitlisted: 2 });
  });

  it('refuses a cohort for a closed program (409) and writes nothing', async () => {
    const { programId } = await seedCohort(training);
    const client = await provider();
    await client.post(`/programs/${programId}/status`).send({ status: 'closed' }).expect(200);
    const before = await training.count('cohorts');
    const response = await client.post(`/programs/${programId}/cohorts`).send(cohort);
    expect(response.status).toBe(409);
    expect(response.body.message).toBe('a closed program takes no new cohorts');
    expect(await training.count('cohorts')).toBe(before);
  });

  it('names each wrong field of a cohort and writes nothing', async () => {
    const before = await training.count('cohorts');
    const client = await provider();
    const fields = async (body: object) => {
      const response = await client.post(`/programs/${seeded.programId}/cohorts`).send({ ...cohort, ...body });
      expect(response.status).toBe(400);
      return response.body.fields;
    };
    expect(await fields({ startsOn: '2027-06-27' })).toEqual({ endsOn: ['endsOn must be on or after startsOn'] });
    expect(await fields({ startsOn: '2027-02-30', endsOn: '27.06.2027' })).toEqual({
      startsOn: ['startsOn must be a date, YYYY-MM-DD'],
      endsOn: ['endsOn must be a date, YYYY-MM-DD'],
    });
    expect(Object.keys(await fields({ name: ' ', capacity: 0, trainers: [], mentors: [' Marek'], room: 'A' })).sort()).toEqual([
      'capacity',
      'mentors',
      'name',
      'room',
      'trainers',
    ]);
    expect(await training.count('cohorts')).toBe(before);
  });

  it('refuses a caseworker who plans a cohort (403) and writes nothing', async () => {
    const before = await training.count('cohorts');
    expect((await (await caseworker()).post(`/programs/${seeded.programId}/cohorts`).send(cohort)).status).toBe(403);
    expect(await training.count('cohorts')).toBe(before);
  });

  it('answers 404 for an unknown program or cohort', async () => {
    const client = await provider();
    expect((await client.post(`/programs/${randomUUID()}/cohorts`).send(cohort)).status).toBe(404);
    expect((await client.get(`/programs/${randomUUID()}/cohorts`)).status).toBe(404);
    expect((await client.get(`/cohorts/${randomUUID()}`)).status).toBe(404);
  });
});
