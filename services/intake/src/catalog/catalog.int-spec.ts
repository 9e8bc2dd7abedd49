import request from 'supertest';
import { IntakeTestApp } from '../test-support/intake-test-app';

const FORKLIFT = 'http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da';

describe('intake catalog API', () => {
  let intake: IntakeTestApp;
  let token: string;

  beforeAll(async () => {
    intake = await IntakeTestApp.start();
    token = await intake.token();
  });

  afterAll(() => intake.stop());

  const get = (path: string, bearer = token) => request(intake.http).get(path).set('Authorization', `Bearer ${bearer}`);

  it('finds skills by part of their label, labels starting with the text first', async () => {
    const { body } = await get('/catalog/skills?q=cook&limit=5').expect(200);
    expect(body.length).toBeGreaterThan(0);
    expect(body.length).toBeLessThanOrEqual(5);
    expect(body[0].label.startsWith('cook')).toBe(true);
    for (const hit of body) expect(hit.label.toLowerCase()).toContain('cook');
  });

  it('answers a language without labels with English ones, saying so', async () => {
    const { body } = await get('/catalog/skills?q=forklift&lang=pl').expect(200);
    expect(body).toEqual([{ uri: FORKLIFT, label: 'operate forklift', lang: 'en', domain: 'logistics' }]);
  });

  it('refuses an unknown language or a limit out of range, naming the parameter', async () => {
    const { body } = await get('/catalog/skills?lang=fr&limit=500').expect(400);
    expect(Object.keys(body.fields).sort()).toEqual(['lang', 'limit']);
    await get('/catalog/skills?q=x&colour=red').expect(400);
  });

  it('looks up one skill by URI, 404 for an unknown one, 400 for something that is no ESCO URI', async () => {
    const { body } = await get(`/catalog/skills/lookup?uri=${encodeURIComponent(FORKLIFT)}`).expect(200);
    expect(body).toEqual({ uri: FORKLIFT, domain: 'logistics', labels: { en: 'operate forklift' } });
    await get(`/catalog/skills/lookup?uri=${encodeURIComponent('http://data.europa.eu/esco/skill/00000000-0000-4000-8000-000000000000')}`).expect(404);
    await get('/catalog/skills/lookup?uri=forklift').expect(400);
  });

  it('finds occupations by title or code and reads one by code', async () => {
    const byTitle = await get('/catalog/occupations?q=weld').expect(200);
    expect(byTitle.body).toEqual([{ code: '7212', title: 'Welders and Flame Cutters' }]);
    const byCode = await get('/catalog/occupations?q=741').expect(200);
    expect(byCode.body.map((o: { code: string }) => o.code)).toEqual(['7411', '7412', '7413']);
    await get('/catalog/occupations/7411').expect(200, { code: '7411', title: 'Building and Related Electricians' });
  });

  it('answers 400 for a malformed occupation code and 404 for an unknown one', async () => {
    const { body } = await get('/catalog/occupations/74a1').expect(400);
    expect(body.fields).toHaveProperty('code');
    await get('/catalog/occupations/12345').expect(400);
    await get('/catalog/occupations/0110').expect(404);
  });

  it('serves caseworkers and admins only', async () => {
    await request(intake.http).get('/catalog/skills').expect(401);
    await get('/catalog/skills', await intake.token(['training_provider'])).expect(403);
    await get('/catalog/occupations/7212', await intake.token(['admin'], 'admin-clara')).expect(200);
  });

  it('documents the catalog endpoints', async () => {
    const docs = await request(intake.http).get('/docs/openapi.json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/catalog/skills', '/catalog/skills/lookup', '/catalog/occupations', '/catalog/occupations/{code}']),
    );
  });
});
