import { randomUUID } from 'node:crypto';
import type { ServiceTestApp } from '@tandem/devkit';
import { startPlacementApp } from '../test-support/placement-test-app';
import { ADMIN, CASEWORKER, employerBody, GOERLITZ_SITE, newEmployer, PROVIDER, suspend, ZGORZELEC_SITE } from './test-support/employer-fixtures';

describe('employers API', () => {
  let placement: ServiceTestApp;

  beforeAll(async () => {
    placement = await startPlacementApp();
  });
  afterAll(() => placement?.stop());

  const caseworker = () => placement.as(CASEWORKER.roles, CASEWORKER.subject);
  const admin = () => placement.as(ADMIN.roles, ADMIN.subject);
  const provider = () => placement.as(PROVIDER.roles, PROVIDER.subject);
  const rows = async () => [await placement.count('employers'), await placement.count('employer_sites')];

  it('adds an employer with its sites, readable by anyone of the node, by id with its sites and in the list without', async () => {
    const body = employerBody();
    const created = await (await caseworker()).post('/employers').send(body);
    expect(created.status).toBe(201);
    const { sites, ...employer } = body;
    expect(created.body).toEqual({
      ...employer,
      id: expect.any(String),
      suspendedAt: null,
      createdAt: expect.any(String),
      sites: sites.map((site) => ({ ...site, id: expect.any(String), employerId: created.body.id })),
    });
    const read = await (await provider()).get(`/employers/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);
    const { sites: _, ...listed } = created.body;
    expect((await (await provider()).get('/employers')).body).toContainEqual(listed);
  });

  it('lets an admin add employers too, and keeps a contact given by name alone', async () => {
    const created = await (await admin()).post('/employers').send(employerBody({ contact: { name: 'Jan Nowak' }, sites: [ZGORZELEC_SITE] }));
    expect(created.status).toBe(201);
    expect(created.body.contact).toEqual({ name: 'Jan Nowak' });
  });

  it('lists employers by name, and only those that do, or do not, cross the border when asked', async () => {
    const [local, crossing] = [await newEmployer(placement, { crossBorder: false }), await newEmployer(placement)];
    const client = await provider();
    const ids = async (query: string) => (await client.get(`/employers${query}`)).body.map((employer: { id: string }) => employer.id);
    expect(await ids('')).toEqual(expect.arrayContaining([local.employerId, crossing.employerId]));
    expect(await ids('?crossBorder=true')).toContain(crossing.employerId);
    expect(await ids('?crossBorder=true')).not.toContain(local.employerId);
    expect(await ids('?crossBorder=false')).toContain(local.employerId);
    expect(await ids('?crossBorder=false')).not.toContain(crossing.employerId);
    const names = (await client.get('/employers')).body.map((employer: { name: string }) => employer.name);
    expect(names).toEqual([...names].sort());
    expect((await client.get('/employers?crossBorder=yes')).body.fields).toEqual({ crossBorder: ['crossBorder must be a boolean value'] });
  });

  it('names each wrong field of an employer and writes nothing', async () => {
    const before = await rows();
    const response = await (await caseworker()).post('/employers').send(
      employerBody({
        name: ' ',
        sectors: ['F', 'Z'],
        contact: { name: '', email: 'krause at example', phone: 'call the office' },
        crossBorder: 'yes',
        sites: [GOERLITZ_SITE, { municipality: 'pl-zgorzelec', country: 'DE', address: '' }],
        vatId: 'DE123456789',
      }),
    );
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.fields).sort()).toEqual([
      'contact.email',
      'contact.name',
      'contact.phone',
      'crossBorder',
      'name',
      'sectors',
      'sites.1.address',
      'sites.1.municipality',
      'vatId',
    ]);
    expect(response.body.fields['sites.1.municipality']).toEqual(["municipality must be in the site's country, e.g. de-goerlitz for DE"]);
    expect(await rows()).toEqual(before);
  });

  it('refuses an employer without a sector or a site, without a contact, or with a contact email of null', async () => {
    const client = await caseworker();
    const fields = async (body: object) => Object.keys((await client.post('/employers').send(body)).body.fields).sort();
    const before = await rows();
    expect(await fields(employerBody({ sectors: [], sites: [] }))).toEqual(['sectors', 'sites']);
    expect(await fields(employerBody({ contact: undefined, sectors: ['F', 'F'] }))).toEqual(['contact', 'sectors']);
    expect(await fields(employerBody({ contact: { name: 'Jan Nowak', email: null } }))).toEqual(['contact.email']);
    expect(await rows()).toEqual(before);
  });

  it('adds a site to an employer, which then lists it', async () => {
    const { employerId } = await newEmployer(placement, { sites: [ZGORZELEC_SITE] });
    const site = { municipality: 'pl-boleslawiec', country: 'PL', address: 'ul. Kościuszki 5, 59-700 Bolesławiec' };
    const added = await (await caseworker()).post(`/employers/${employerId}/sites`).send(site);
    expect(added.status).toBe(201);
    expect(added.body).toEqual({ ...site, id: expect.any(String), employerId });
    expect((await (await provider()).get(`/employers/${employerId}`)).body.sites).toContainEqual(added.body);
  });

  it('names each wrong field of a site and writes nothing', async () => {
    const { employerId } = await newEmployer(placement);
    const before = await rows();
    const response = await (await caseworker()).post(`/employers/${employerId}/sites`).send({ municipality: 'Görlitz', country: 'de', address: ' ' });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.fields).sort()).toEqual(['address', 'country', 'municipality']);
    expect(await rows()).toEqual(before);
  });

  it('suspends an employer once, keeping the first day on a retry, and reinstates it', async () => {
    const { employerId } = await newEmployer(placement);
    const client = await admin();
    const suspended = await client.post(`/employers/${employerId}/suspension`);
    expect(suspended.status).toBe(200);
    expect(suspended.body).toMatchObject({ id: employerId, suspendedAt: expect.any(String) });
    expect((await client.post(`/employers/${employerId}/suspension`)).body.suspendedAt).toBe(suspended.body.suspendedAt);
    expect((await (await provider()).get(`/employers/${employerId}`)).body.suspendedAt).toBe(suspended.body.suspendedAt);

    const reinstated = await client.delete(`/employers/${employerId}/suspension`);
    expect(reinstated.status).toBe(200);
    expect(reinstated.body.suspendedAt).toBeNull();
    expect((await client.delete(`/employers/${employerId}/suspension`)).body.suspendedAt).toBeNull();
  });

  it('refuses writes to a role that is not staff, and suspension to anyone but an admin (403), changing nothing', async () => {
    const { employerId } = await newEmployer(placement);
    const before = await rows();
    const outsider = await provider();
    expect((await outsider.post('/employers').send(employerBody())).status).toBe(403);
    expect((await outsider.post(`/employers/${employerId}/sites`).send(GOERLITZ_SITE)).status).toBe(403);
    for (const client of [outsider, await caseworker()]) {
      expect((await client.post(`/employers/${employerId}/suspension`)).status).toBe(403);
    }
    expect(await rows()).toEqual(before);
    expect((await outsider.get(`/employers/${employerId}`)).body.suspendedAt).toBeNull();

    await suspend(placement, employerId);
    expect((await (await caseworker()).delete(`/employers/${employerId}/suspension`)).status).toBe(403);
    expect((await outsider.get(`/employers/${employerId}`)).body.suspendedAt).not.toBeNull();
  });

  it('answers 404 for an unknown employer on every route, and 400 for an id that is no UUID', async () => {
    const id = randomUUID();
    expect((await (await provider()).get(`/employers/${id}`)).status).toBe(404);
    expect((await (await caseworker()).post(`/employers/${id}/sites`).send(GOERLITZ_SITE)).status).toBe(404);
    expect((await (await admin()).post(`/employers/${id}/suspension`)).status).toBe(404);
    expect((await (await admin()).delete(`/employers/${id}/suspension`)).status).toBe(404);
    expect((await (await provider()).get('/employers/elektro-krause')).status).toBe(400);
  });
});
