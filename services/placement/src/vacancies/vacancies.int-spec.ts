import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { ServiceTestApp } from '@tandem/devkit';
import { ADMIN, CASEWORKER, newEmployer, PROVIDER, suspend } from '../employers/test-support/employer-fixtures';
import { startPlacementApp } from '../test-support/placement-test-app';

const SKILL = 'http://data.europa.eu/esco/skill/4c831013-9027-4ec6-83de-c5c19e68d083';

/** An electrician's apprenticeship at the given site, 40 hours, 14.50 to 18.00 EUR an hour. */
function vacancyBody(siteId: string, overrides: object = {}) {
  return {
    siteId,
    title: 'Elektroniker/in Energie- und Gebäudetechnik',
    occupation: '7411',
    requiredSkills: [SKILL],
    languages: [{ code: 'de', level: 'A2' }],
    wageMinMinor: 1_450,
    wageMaxMinor: 1_800,
    currency: 'EUR',
    wagePeriod: 'hour',
    hoursPerWeek: 40,
    type: 'apprenticeship',
    openings: 2,
    ...overrides,
  };
}

describe('vacancies API', () => {
  let placement: ServiceTestApp;

  beforeAll(async () => {
    placement = await startPlacementApp();
  });
  afterAll(() => placement?.stop());

  const caseworker = () => placement.as(CASEWORKER.roles, CASEWORKER.subject);
  const provider = () => placement.as(PROVIDER.roles, PROVIDER.subject);
  const post = async (employerId: string, body: object) => (await caseworker()).post(`/employers/${employerId}/vacancies`).send(body);
  /** An open vacancy at a new employer's Görlitz site. */
  const newVacancy = async (overrides: object = {}) => {
    const { employerId, siteId } = await newEmployer(placement);
    const created = await post(employerId, vacancyBody(siteId, overrides));
    return { employerId, siteId, vacancyId: created.body.id as string };
  };
  const setStatus = async (vacancyId: string, status: string) => (await caseworker()).post(`/vacancies/${vacancyId}/status`).send({ status });
  const statusOf = async (vacancyId: string) => (await (await provider()).get(`/vacancies/${vacancyId}`)).body.status;

  it('posts an open vacancy at one of the employer’s sites, readable by anyone of the node', async () => {
    const { employerId, siteId } = await newEmployer(placement);
    const body = vacancyBody(siteId, { hoursPerWeek: 37.5, requiredSkills: [], languages: [] });
    const created = await post(employerId, body);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ ...body, id: expect.any(String), employerId, status: 'open', createdAt: expect.any(String) });
    const read = await (await provider()).get(`/vacancies/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);
  });

  it('lets an admin post vacancies too', async () => {
    const { employerId, siteId } = await newEmployer(placement);
    const created = await (await placement.as(ADMIN.roles, ADMIN.subject)).post(`/employers/${employerId}/vacancies`).send(vacancyBody(siteId));
    expect(created.status).toBe(201);
  });

  it('lists vacancies newest first, by status and occupation', async () => {
    const older = await newVacancy({ occupation: '7212' });
    const newer = await newVacancy({ occupation: '7212' });
    const filled = await newVacancy({ occupation: '7212' });
    const electrician = await newVacancy();
    expect((await setStatus(filled.vacancyId, 'filled')).status).toBe(200);
    const ids = async (query: string) => (await (await provider()).get(`/vacancies${query}`)).body.map((vacancy: { id: string }) => vacancy.id);
    const welders = await ids('?status=open&occupation=7212');
    expect(welders).toEqual(expect.arrayContaining([older.vacancyId, newer.vacancyId]));
    expect(welders.indexOf(newer.vacancyId)).toBeLessThan(welders.indexOf(older.vacancyId));
    expect(welders).not.toContain(filled.vacancyId);
    expect(welders).not.toContain(electrician.vacancyId);
    expect(await ids('?status=filled')).toContain(filled.vacancyId);
    expect(await ids('')).toEqual(expect.arrayContaining([older.vacancyId, filled.vacancyId, electrician.vacancyId]));
    const wrong = await (await provider()).get('/vacancies?status=archived&occupation=74');
    expect(Object.keys(wrong.body.fields).sort()).toEqual(['occupation', 'status']);
  });

  it('lists an employer user only the vacancies of the employers they are a portal user of when they ask for theirs', async () => {
    const own = await newVacancy();
    const other = await newVacancy();
    const subject = `employer-${randomUUID()}`;
    expect((await (await caseworker()).put(`/employers/${own.employerId}/portal-users`).send({ subjects: [subject] })).status).toBe(200);
    const employer = await placement.as(['employer'], subject);
    expect((await employer.get('/vacancies?mine=true')).body.map((vacancy: { id: string }) => vacancy.id)).toEqual([own.vacancyId]);
    expect((await employer.get('/vacancies')).body.map((vacancy: { id: string }) => vacancy.id)).toEqual(expect.arrayContaining([own.vacancyId, other.vacancyId]));
    expect((await employer.get('/vacancies?mine=yes')).body.fields).toEqual({ mine: [expect.any(String)] });
  });

  it('names each wrong field of a vacancy and writes nothing', async () => {
    const { employerId, siteId } = await newEmployer(placement);
    const before = await placement.count('vacancies');
    const response = await post(
      employerId,
      vacancyBody(siteId, {
        title: '',
        occupation: '741',
        requiredSkills: ['http://data.europa.eu/esco/occupation/4c831013-9027-4ec6-83de-c5c19e68d083'],
        languages: [{ code: 'German', level: 'B3' }],
        wageMinMinor: -1,
        currency: 'euro',
        wagePeriod: 'week',
        hoursPerWeek: 0,
        type: 'volunteering',
        openings: 0,
        shift: 'night',
      }),
    );
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.fields).sort()).toEqual([
      'currency',
      'hoursPerWeek',
      'languages.0.code',
      'languages.0.level',
      'occupation',
      'openings',
      'requiredSkills',
      'shift',
      'title',
      'type',
      'wageMinMinor',
      'wagePeriod',
    ]);
    expect(await placement.count('vacancies')).toBe(before);
  });

  it('refuses a wage range upside down, more than 80 hours, a language twice or more than 50 skills, and writes nothing', async () => {
    const { employerId, siteId } = await newEmployer(placement);
    const before = await placement.count('vacancies');
    const fields = async (overrides: object) => (await post(employerId, vacancyBody(siteId, overrides))).body.fields;
    expect(await fields({ wageMinMinor: 1_800, wageMaxMinor: 1_450 })).toEqual({ wageMaxMinor: ['wageMaxMinor must not be below wageMinMinor'] });
    expect(Object.keys(await fields({ hoursPerWeek: 80.5 }))).toEqual(['hoursPerWeek']);
    expect(Object.keys(await fields({ hoursPerWeek: 38.25 }))).toEqual(['hoursPerWeek']);
    expect(await fields({ languages: [{ code: 'de', level: 'A2' }, { code: 'de', level: 'B1' }] })).toEqual({
      languages: ['languages must list each language once'],
    });
    const skills = Array.from({ length: 51 }, () => `http://data.europa.eu/esco/skill/${randomUUID()}`);
    expect(Object.keys(await fields({ requiredSkills: skills }))).toEqual(['requiredSkills']);
    expect(await placement.count('vacancies')).toBe(before);
  });

  it('refuses a site of another employer, or none at all, naming siteId and writing nothing', async () => {
    const { employerId } = await newEmployer(placement);
    const other = await newEmployer(placement);
    const before = await placement.count('vacancies');
    const response = await post(employerId, vacancyBody(other.siteId));
    expect(response.status).toBe(400);
    expect(response.body.fields).toEqual({ siteId: [`employer ${employerId} has no site ${other.siteId}`] });
    expect((await post(employerId, vacancyBody(randomUUID()))).body.fields).toEqual({ siteId: [expect.stringContaining('has no site')] });
    expect(await placement.count('vacancies')).toBe(before);
  });

  it('gives a suspended employer no new vacancy (409, nothing written) until it is reinstated', async () => {
    const { employerId, siteId } = await newEmployer(placement);
    await suspend(placement, employerId);
    const before = await placement.count('vacancies');
    const refused = await post(employerId, vacancyBody(siteId));
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe(`employer ${employerId} is suspended and takes no open vacancies`);
    expect(await placement.count('vacancies')).toBe(before);
    await suspend(placement, employerId, false);
    expect((await post(employerId, vacancyBody(siteId))).status).toBe(201);
  });

  it('checks the suspension under the employer’s lock, so a suspension being made meanwhile stops the vacancy once it commits', async () => {
    const { employerId, siteId } = await newEmployer(placement);
    const other = placement.dataSource.createQueryRunner();
    await other.connect();
    await other.startTransaction();
    await other.query('UPDATE employers SET suspended_at = now() WHERE id = $1', [employerId]);
    const response = post(employerId, vacancyBody(siteId)).then((result) => result);
    await delay(300);
    await other.commitTransaction();
    await other.release();
    expect((await response).status).toBe(409);
  });

  it('keeps suspended employers’ vacancies out of the list, while each stays readable by id', async () => {
    const { employerId, vacancyId } = await newVacancy();
    await suspend(placement, employerId);
    expect((await (await provider()).get('/vacancies?status=open')).body.map((vacancy: { id: string }) => vacancy.id)).not.toContain(vacancyId);
    expect(await statusOf(vacancyId)).toBe('open');
    await suspend(placement, employerId, false);
    expect((await (await provider()).get('/vacancies?status=open')).body.map((vacancy: { id: string }) => vacancy.id)).toContain(vacancyId);
  });

  it('fills a vacancy, reopens it when the hire falls through, and closes it for good', async () => {
    const { vacancyId } = await newVacancy();
    const filled = await setStatus(vacancyId, 'filled');
    expect(filled.status).toBe(200);
    expect(filled.body).toMatchObject({ id: vacancyId, status: 'filled' });
    expect((await setStatus(vacancyId, 'open')).body.status).toBe('open');
    expect((await setStatus(vacancyId, 'closed')).body.status).toBe('closed');
    expect(await statusOf(vacancyId)).toBe('closed');
  });

  it('refuses moves the rules do not allow (409), leaving the status as it was', async () => {
    const { vacancyId } = await newVacancy();
    const same = await setStatus(vacancyId, 'open');
    expect(same.status).toBe(409);
    expect(same.body.message).toBe('an open vacancy cannot become open; allowed: filled, closed');
    await setStatus(vacancyId, 'closed');
    for (const status of ['open', 'filled']) expect((await setStatus(vacancyId, status)).status).toBe(409);
    expect(await statusOf(vacancyId)).toBe('closed');
    expect((await setStatus(vacancyId, 'archived')).body.fields).toEqual({ status: ['status must be one of the following values: open, filled, closed'] });
  });

  it('does not reopen a filled vacancy of a suspended employer (409), but still closes it', async () => {
    const { employerId, vacancyId } = await newVacancy();
    await setStatus(vacancyId, 'filled');
    await suspend(placement, employerId);
    const reopen = await setStatus(vacancyId, 'open');
    expect(reopen.status).toBe(409);
    expect(reopen.body.message).toBe(`employer ${employerId} is suspended and takes no open vacancies`);
    expect(await statusOf(vacancyId)).toBe('filled');
    expect((await setStatus(vacancyId, 'closed')).status).toBe(200);
  });

  it('refuses every write to a role that is not staff (403) and changes nothing', async () => {
    const { employerId, siteId, vacancyId } = await newVacancy();
    const before = await placement.count('vacancies');
    const outsider = await provider();
    expect((await outsider.post(`/employers/${employerId}/vacancies`).send(vacancyBody(siteId))).status).toBe(403);
    expect((await outsider.post(`/vacancies/${vacancyId}/status`).send({ status: 'closed' })).status).toBe(403);
    expect(await placement.count('vacancies')).toBe(before);
    expect(await statusOf(vacancyId)).toBe('open');
  });

  it('answers 404 for an unknown employer or vacancy, and 400 for an id that is no UUID', async () => {
    const { siteId } = await newEmployer(placement);
    expect((await post(randomUUID(), vacancyBody(siteId))).status).toBe(404);
    expect((await (await provider()).get(`/vacancies/${randomUUID()}`)).status).toBe(404);
    expect((await setStatus(randomUUID(), 'closed')).status).toBe(404);
    expect((await (await provider()).get('/vacancies/welder-1')).status).toBe(400);
  });
});
