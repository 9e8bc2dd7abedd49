import { randomUUID } from 'node:crypto';
import { type ServiceTestApp, uniqueName } from '@tandem/devkit';
import { startTrainingApp } from '../test-support/training-test-app';
import { PROVIDER } from '../test-support/training-fixtures';

const SKILL = 'http://data.europa.eu/esco/skill/4c831013-9027-4ec6-83de-c5c19e68d083';

describe('modules API', () => {
  let training: ServiceTestApp;

  beforeAll(async () => {
    training = await startTrainingApp();
  });
  afterAll(() => training?.stop());

  const provider = () => training.as(PROVIDER.roles, PROVIDER.subject);
  const module = (overrides: object = {}) => ({
    code: uniqueName('WLD'),
    title: { en: 'MAG welding basics', pl: 'Podstawy spawania MAG' },
    hours: 40,
    assessmentMethod: 'practical',
    learningOutcomes: [{ description: 'Welds fillet joints on steel plate', skills: [SKILL] }],
    ...overrides,
  });

  it('adds a module and serves it to anyone of the node, in the list and by id', async () => {
    const body = module();
    const created = await (await provider()).post('/modules').send(body);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ ...body, id: expect.any(String), createdAt: expect.any(String) });

    const caseworker = await training.as(['caseworker'], 'caseworker-anna');
    expect((await caseworker.get(`/modules/${created.body.id}`)).body).toEqual(created.body);
    const list = await caseworker.get('/modules');
    expect(list.status).toBe(200);
    expect(list.body).toContainEqual(created.body);
  });

  it('lets an admin add modules too', async () => {
    expect((await (await training.as(['admin'], 'admin-ola')).post('/modules').send(module())).status).toBe(201);
  });

  it('refuses a second module with the same code (409), keeping the first', async () => {
    const body = module();
    await (await provider()).post('/modules').send(body).expect(201);
    const before = await training.count('modules');
    const again = await (await provider()).post('/modules').send({ ...body, hours: 8 });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe(`a module with code ${body.code} already exists`);
    expect(await training.count('modules')).toBe(before);
  });

  it('names each wrong field and writes nothing', async () => {
    const before = await training.count('modules');
    const wrong = module({
      code: 'WLD 101',
      title: {},
      hours: 0,
      assessmentMethod: 'interview',
      learningOutcomes: [{ description: ' ', skills: ['http://data.europa.eu/esco/occupation/4c831013-9027-4ec6-83de-c5c19e68d083'] }],
      room: 'Workshop 2',
    });
    const response = await (await provider()).post('/modules').send(wrong);
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.fields).sort()).toEqual([
      'assessmentMethod',
      'code',
      'hours',
      'learningOutcomes.0.description',
      'learningOutcomes.0.skills',
      'room',
      'title',
    ]);
    expect(await training.count('modules')).toBe(before);
  });

  it('refuses a module without learning outcomes, or with a title in something other than ISO 639 codes', async () => {
    const client = await provider();
    const fields = async (body: object) => (await client.post('/modules').send(body)).body.fields;
    expect(await fields(module({ learningOutcomes: [] }))).toEqual({ learningOutcomes: ['learningOutcomes must contain at least 1 elements'] });
    expect(await fields(module({ title: { English: 'Welding' } }))).toEqual({
      title: ['title has English, which is not an ISO 639 code such as de or uk'],
    });
    expect(await fields(module({ title: 'Welding' }))).toEqual({ title: ['title must be an object of ISO 639 code: text'] });
    expect(await fields(module({ title: { en: '  ' } }))).toEqual({ title: ['title.en must be a non-blank text of at most 300 characters'] });
  });

  it('refuses a caseworker who adds a module (403) and writes nothing', async () => {
    const before = await training.count('modules');
    const caseworker = await training.as(['caseworker'], 'caseworker-anna');
    expect((await caseworker.post('/modules').send(module())).status).toBe(403);
    expect(await training.count('modules')).toBe(before);
  });

  it('answers 404 for an unknown module and 400 for an id that is no UUID', async () => {
    const client = await provider();
    expect((await client.get(`/modules/${randomUUID()}`)).status).toBe(404);
    expect((await client.get('/modules/WLD-101')).status).toBe(400);
  });
});
