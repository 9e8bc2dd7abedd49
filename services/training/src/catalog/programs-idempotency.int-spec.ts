import { randomUUID } from 'node:crypto';
import type { ServiceTestApp } from '@tandem/devkit';
import { startTrainingApp } from '../test-support/training-test-app';
import { PROVIDER } from '../test-support/training-fixtures';

/** A create that writes no audit entry: its key is claimed all the same, with its transaction. */
describe('programs: Idempotency-Key on create', () => {
  let training: ServiceTestApp;

  beforeAll(async () => {
    training = await startTrainingApp();
  });
  afterAll(() => training?.stop());

  const create = async (location: string, key: string) =>
    (await training.as(PROVIDER.roles, PROVIDER.subject))
      .post('/programs')
      .set('Idempotency-Key', key)
      .send({
        title: { en: 'Electrical installation', de: 'Elektroinstallation' },
        occupation: '7411',
        eqfLevel: 4,
        languages: ['de', 'uk'],
        location,
        schedule: { pattern: 'evening-and-weekend', description: 'Tue and Thu 17:30-20:30' },
        capacity: 16,
        funding: [{ kind: 'public', name: 'ESF Plus' }],
        provider: 'BSZ Görlitz',
      });

  const programsAt = async (location: string) => (await training.dataSource.query(`SELECT id FROM programs WHERE location = $1`, [location])) as Array<{ id: string }>;

  it('creates one program for ten concurrent requests with one key', async () => {
    const location = `Görlitz ${randomUUID()}`;
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 10 }, () => create(location, key)));
    const rows = await programsAt(location);
    expect(responses.map((r) => r.status).filter((status) => status !== 409)).toContain(201);
    expect(rows).toHaveLength(1);
    expect(responses.map((r) => r.status).every((status) => status === 201 || status === 409)).toBe(true);
    for (const response of responses.filter((r) => r.status === 201)) expect(response.body.id).toBe(rows[0]?.id);
    const retry = await create(location, key);
    expect([retry.status, retry.body.id]).toEqual([201, rows[0]?.id]);
  });
});
