import { randomUUID } from 'node:crypto';
import type { ServiceTestApp } from '@tandem/devkit';
import { startTrainingApp } from '../test-support/training-test-app';
import { PROVIDER, seedCohort } from '../test-support/training-fixtures';

const program = {
  title: { en: 'Electrical installation', de: 'Elektroinstallation', pl: 'Instalacje elektryczne' },
  occupation: '7411',
  escoOccupation: 'http://data.europa.eu/esco/occupation/f2cc5978-e45b-49b9-b5b3-3e47c8f5c6e0',
  eqfLevel: 4,
  languages: ['de', 'uk'],
  location: 'Görlitz, Berufsschulzentrum',
  schedule: { pattern: 'evening-and-weekend', description: 'Tue and Thu 17:30-20:30, Sat 9:00-14:00' },
  capacity: 16,
  funding: [
    { kind: 'public', name: 'ESF Plus' },
    { kind: 'private-sponsor', name: 'Stadtwerke Görlitz' },
  ],
  provider: 'BSZ Görlitz',
};

describe('programs API', () => {
  let training: ServiceTestApp;
  /** Two modules made through the API, to list in the programs made here. */
  let modules: [string, string];

  beforeAll(async () => {
    training = await startTrainingApp();
    ({ moduleIds: modules } = await seedCohort(training));
  });
  afterAll(() => training?.stop());

  const provider = () => training.as(PROVIDER.roles, PROVIDER.subject);
  const caseworker = () => training.as(['caseworker'], 'caseworker-anna');
  const draft = async (body: object = program): Promise<string> => (await (await provider()).post('/programs').send(body).expect(201)).body.id;
  const programRows = async () => training.dataSource.query(`SELECT * FROM program_modules ORDER BY program_id, position`);

  it('creates a draft with an 80 % attendance threshold unless told otherwise, readable by a caseworker', async () => {
    const created = await (await provider()).post('/programs').send(program);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      ...program,
      id: expect.any(String),
      attendanceThreshold: 0.8,
      status: 'draft',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const read = await (await caseworker()).get(`/programs/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ ...created.body, modules: [] });
  });

  it('keeps an attendance threshold given, and no ESCO occupation when none is given', async () => {
    const { escoOccupation: _, ...withoutEsco } = program;
    const created = await (await provider()).post('/programs').send({ ...withoutEsco, attendanceThreshold: 0.75 });
    expect(created.body).toMatchObject({ attendanceThreshold: 0.75, escoOccupation: null });
    expect((await (await provider()).get(`/programs/${created.body.id}`)).body.attendanceThreshold).toBe(0.75);
  });

  it('lists the modules in the order given, with their required flag, code, title, hours and method', async () => {
    const id = await draft();
    const put = await (await provider()).put(`/programs/${id}/modules`).send([
      { moduleId: modules[1], required: true },
      { moduleId: modules[0], required: false },
    ]);
    expect(put.status).toBe(200);
    const { body } = await (await caseworker()).get(`/programs/${id}`);
    expect(body.modules).toEqual([
      { moduleId: modules[1], code: expect.stringMatching(/-2$/), title: { en: 'MAG welding basics' }, hours: 40, assessmentMethod: 'practical', required: true, position: 1 },
      { moduleId: modules[0], code: expect.stringMatching(/-1$/), title: { en: 'Workshop safety' }, hours: 40, assessmentMethod: 'practical', required: false, position: 2 },
    ]);
    expect(put.body).toEqual({ ...body, updatedAt: expect.any(String) });
  });

  it('replaces the whole list on every PUT, and an empty list clears it', async () => {
    const id = await draft();
    const client = await provider();
    await client.put(`/programs/${id}/modules`).send([{ moduleId: modules[0], required: true }, { moduleId: modules[1], required: true }]).expect(200);
    await client.put(`/programs/${id}/modules`).send([{ moduleId: modules[1], required: false }]).expect(200);
    expect((await client.get(`/programs/${id}`)).body.modules).toEqual([expect.objectContaining({ moduleId: modules[1], required: false, position: 1 })]);
    await client.put(`/programs/${id}/modules`).send([]).expect(200);
    expect((await client.get(`/programs/${id}`)).body.modules).toEqual([]);
  });

  it('refuses an unknown module by its place in the list, and changes nothing', async () => {
    const id = await draft();
    const client = await provider();
    await client.put(`/programs/${id}/modules`).send([{ moduleId: modules[0], required: true }]).expect(200);
    const before = await programRows();
    const unknown = randomUUID();
    const response = await client.put(`/programs/${id}/modules`).send([{ moduleId: modules[1], required: true }, { moduleId: unknown, required: true }]);
    expect(response.status).toBe(400);
    expect(response.body.fields).toEqual({ 'modules.1.moduleId': [`module ${unknown} does not exist`] });
    expect(await programRows()).toEqual(before);
  });

  it('names each wrong entry of a module list: not a list, duplicates, missing flags, unknown fields', async () => {
    const id = await draft();
    const client = await provider();
    const fields = async (body: unknown) => (await client.put(`/programs/${id}/modules`).send(body as object)).body.fields;
    expect(await fields({ moduleId: modules[0], required: true })).toEqual({ modules: ['modules must be a list of { moduleId, required }'] });
    expect(await fields([{ moduleId: modules[0], required: true }, { moduleId: modules[0], required: false }])).toEqual({
      modules: ['modules must list each module once'],
    });
    expect(Object.keys(await fields([{ moduleId: 'WLD-1', required: 'yes', position: 3 }])).sort()).toEqual([
      'modules.0.moduleId',
      'modules.0.position',
      'modules.0.required',
    ]);
    expect(await programRows()).not.toContainEqual(expect.objectContaining({ program_id: id }));
  });

  it('opens a draft with a required module, then closes it', async () => {
    const id = await draft();
    const client = await provider();
    await client.put(`/programs/${id}/modules`).send([{ moduleId: modules[0], required: true }]).expect(200);
    const opened = await client.post(`/programs/${id}/status`).send({ status: 'open' });
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ id, status: 'open' });
    expect((await client.post(`/programs/${id}/status`).send({ status: 'closed' })).body.status).toBe('closed');
    expect((await client.get(`/programs/${id}`)).body.status).toBe('closed');
  });

  it('refuses to open a draft whose modules are all optional (409), and leaves it a draft', async () => {
    const id = await draft();
    const client = await provider();
    await client.put(`/programs/${id}/modules`).send([{ moduleId: modules[0], required: false }]).expect(200);
    const response = await client.post(`/programs/${id}/status`).send({ status: 'open' });
    expect(response.status).toBe(409);
    expect(response.body.message).toBe('a program opens only with at least one required module');
    expect((await client.get(`/programs/${id}`)).body.status).toBe('draft');
  });

  it('refuses moves the rules do not allow (409), and module changes once the program is open', async () => {
    const { programId } = await seedCohort(training);
    const client = await provider();
    expect((await client.post(`/programs/${programId}/status`).send({ status: 'draft' })).status).toBe(409);
    const edit = await client.put(`/programs/${programId}/modules`).send([{ moduleId: modules[0], required: true }]);
    expect(edit.status).toBe(409);
    expect(edit.body.message).toBe("the modules of an open program cannot change; only a draft's can");
    await client.post(`/programs/${programId}/status`).send({ status: 'closed' }).expect(200);
    expect((await client.post(`/programs/${programId}/status`).send({ status: 'open' })).status).toBe(409);
    expect((await client.get(`/programs/${programId}`)).body.status).toBe('closed');
  });

  it('closes a draft that never opened', async () => {
    const id = await draft();
    expect((await (await provider()).post(`/programs/${id}/status`).send({ status: 'closed' })).body.status).toBe('closed');
  });

  it('lists programs newest first, and by status', async () => {
    const older = await draft();
    const newer = await draft();
    const client = await caseworker();
    const all = (await client.get('/programs')).body.map((p: { id: string }) => p.id);
    expect(all.indexOf(newer)).toBeLessThan(all.indexOf(older));
    const drafts = (await client.get('/programs?status=draft')).body;
    expect(drafts.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining([older, newer]));
    expect(drafts.every((p: { status: string }) => p.status === 'draft')).toBe(true);
    expect((await client.get('/programs?status=archived')).body.fields).toEqual({ status: ['status must be one of the following values: draft, open, closed'] });
  });

  it('names each wrong field of a program and writes nothing', async () => {
    const before = await training.count('programs');
    const response = await (await provider()).post('/programs').send({
      ...program,
      title: { en: '' },
      occupation: '741',
      escoOccupation: 'http://data.europa.eu/esco/skill/f2cc5978-e45b-49b9-b5b3-3e47c8f5c6e0',
      eqfLevel: 9,
      languages: [],
      schedule: { pattern: 'night', description: 'Nights' },
      capacity: 0,
      funding: [{ kind: 'crowdfunding', name: 'Kickstarter' }],
      provider: undefined,
      attendanceThreshold: 1.5,
    });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.fields).sort()).toEqual([
      'attendanceThreshold',
      'capacity',
      'eqfLevel',
      'escoOccupation',
      'funding.0.kind',
      'languages',
      'occupation',
      'provider',
      'schedule.pattern',
      'title',
    ]);
    const withoutParts = await (await provider()).post('/programs').send({ ...program, schedule: undefined, funding: [], attendanceThreshold: null });
    expect(Object.keys(withoutParts.body.fields).sort()).toEqual(['attendanceThreshold', 'funding', 'schedule']);
    expect(await training.count('programs')).toBe(before);
  });

  it('refuses every write to a caseworker (403) and changes nothing', async () => {
    const id = await draft();
    const client = await caseworker();
    const before = { programs: await training.count('programs'), modules: await programRows() };
    expect((await client.post('/programs').send(program)).status).toBe(403);
    expect((await client.put(`/programs/${id}/modules`).send([{ moduleId: modules[0], required: true }])).status).toBe(403);
    expect((await client.post(`/programs/${id}/status`).send({ status: 'closed' })).status).toBe(403);
    expect({ programs: await training.count('programs'), modules: await programRows() }).toEqual(before);
    expect((await client.get(`/programs/${id}`)).body.status).toBe('draft');
  });

  it('answers 404 for an unknown program on every route', async () => {
    const client = await provider();
    const id = randomUUID();
    expect((await client.get(`/programs/${id}`)).status).toBe(404);
    expect((await client.put(`/programs/${id}/modules`).send([])).status).toBe(404);
    expect((await client.post(`/programs/${id}/status`).send({ status: 'open' })).status).toBe(404);
  });
});
