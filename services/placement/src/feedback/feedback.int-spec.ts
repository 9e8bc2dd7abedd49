import type { ServiceTestApp } from '@tandem/devkit';
import { daysFromToday, jobBody, newCaseworker, participantOf, seedWorkplace } from '../placements/test-support/placement-fixtures';
import { startPlacementApp } from '../test-support/placement-test-app';

describe('employer feedback', () => {
  let placement: ServiceTestApp;

  beforeAll(async () => {
    placement = await startPlacementApp();
  });
  afterAll(() => placement?.stop());

  /** A caseworker's client and a placement of one of their cases, started `daysAgo` days ago. */
  async function placed(daysAgo: number) {
    const caseworker = newCaseworker();
    const client = await placement.as(['caseworker'], caseworker);
    const body = jobBody(await participantOf(placement, caseworker), await seedWorkplace(placement), { startedOn: daysFromToday(-daysAgo) });
    const created = await client.post('/placements').send(body);
    expect(created.status).toBe(201);
    return { id: created.body.id as string, client, caseworker };
  }

  const rating = { skillsFit: 4, reliability: 5, language: 3, comment: 'Dobry spawacz, niemiecki jeszcze słaby.', givenOn: daysFromToday(-5) };

  const feedbackRows = async (id: string) =>
    ((await placement.dataSource.query('SELECT count(*)::int AS n FROM employer_feedback WHERE placement_id = $1', [id])) as Array<{ n: number }>)[0].n;

  const audited = async (id: string) =>
    (await placement.dataSource.query(`SELECT action, purpose FROM audit_log WHERE resource_id = $1 AND action LIKE '%employer-feedback' ORDER BY id`, [id])) as object[];

  it('records the rating from 90 days on, a second one replaces it and says when, and every access is audited', async () => {
    const { id, client, caseworker } = await placed(100);
    const first = await client.put(`/placements/${id}/feedback`).send(rating);
    expect([first.status, first.body]).toEqual([200, { placementId: id, ...rating, givenBy: caseworker, recordedAt: expect.any(String), updatedAt: null }]);
    expect((await client.get(`/placements/${id}/feedback`)).body).toEqual(first.body);

    const second = await client.put(`/placements/${id}/feedback`).send({ skillsFit: 5, reliability: 5, language: 4, givenOn: daysFromToday(0) });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ skillsFit: 5, language: 4, comment: null, givenOn: daysFromToday(0), recordedAt: first.body.recordedAt });
    expect(second.body.updatedAt).toEqual(expect.any(String));
    expect((await client.get(`/placements/${id}/feedback`)).body).toEqual(second.body);
    expect(await feedbackRows(id)).toBe(1);

    expect(await audited(id)).toEqual(
      ['record', 'read', 'replace', 'read'].map((verb) => ({ action: `${verb}-employer-feedback`, purpose: 'job-placement' })),
    );
  });

  it('refuses feedback before 90 days with 409 naming the day it opens, and has none to read', async () => {
    const { id, client } = await placed(89);
    const early = await client.put(`/placements/${id}/feedback`).send({ ...rating, givenOn: daysFromToday(0) });
    expect([early.status, early.body.message]).toEqual([409, `employer feedback is taken from 90 days after the start, on ${daysFromToday(1)}`]);
    expect((await client.get(`/placements/${id}/feedback`)).status).toBe(404);
  });

  it('answers 404 to another caseworker, writing and reading', async () => {
    const { id, client } = await placed(100);
    await client.put(`/placements/${id}/feedback`).send(rating);
    const stranger = await placement.as(['caseworker'], newCaseworker());
    expect((await stranger.put(`/placements/${id}/feedback`).send({ ...rating, skillsFit: 1 })).status).toBe(404);
    expect((await stranger.get(`/placements/${id}/feedback`)).status).toBe(404);
    expect((await client.get(`/placements/${id}/feedback`)).body.skillsFit).toBe(4);
  });

  it.each([
    ['skillsFit', { skillsFit: 0 }],
    ['reliability', { reliability: 6 }],
    ['language', { language: 2.5 }],
    ['comment', { comment: 'x'.repeat(1001) }],
    ['givenOn', { givenOn: daysFromToday(-20) }],
  ])('refuses a wrong %s with 400 naming it, and writes nothing', async (field, change) => {
    const { id, client } = await placed(100);
    const response = await client.put(`/placements/${id}/feedback`).send({ ...rating, ...change });
    expect([response.status, Object.keys(response.body.fields ?? {})]).toEqual([400, [field]]);
    expect(await feedbackRows(id)).toBe(0);
    expect((await client.get(`/placements/${id}/feedback`)).status).toBe(404);
    expect(await audited(id)).toEqual([]);
  });
});
