import type { ServiceTestApp } from '@tandem/devkit';
import { agreementBody } from '../test-support/agreement-fixtures';
import { OFFICER } from '../test-support/recognition-fixtures';
import { startRecognitionApp } from '../test-support/recognition-test-app';

describe('mutual recognition agreements', () => {
  let recognition: ServiceTestApp;

  beforeAll(async () => {
    recognition = await startRecognitionApp();
  });
  afterAll(() => recognition?.stop());

  it('are recorded by officers and read by every role of the node', async () => {
    const officer = await recognition.as(OFFICER.roles, OFFICER.subject);
    const created = await officer.post('/agreements').send(agreementBody('722204'));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ version: 1, parties: ['PL', 'DE'], effectiveFrom: '2020-01-01', effectiveTo: null, rules: [{ outcome: 'conditional' }] });

    const employer = await recognition.as(['employer'], 'employer-1');
    expect((await employer.get(`/agreements/${created.body.id}`)).body).toEqual(created.body);
    expect((await employer.get('/agreements')).body).toContainEqual(created.body);
    expect((await employer.post('/agreements').send(agreementBody('722204'))).status).toBe(403);
  });

  it('refuse bad input with each wrong field, and write nothing', async () => {
    const officer = await recognition.as(OFFICER.roles, OFFICER.subject);
    const before = await recognition.count('recognition_agreements');
    const bad = await officer.post('/agreements').send(
      agreementBody('1', {
        parties: ['PL'],
        effectiveFrom: '2027-02-30',
        scope: { occupations: ['72'], eqfLevels: [9] },
        rules: [{ source: { kind: 'credential', code: 'WLD-101' }, target: { name: 'x', eqfLevel: 3 }, outcome: 'conditional' }],
      }),
    );
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['effectiveFrom', 'parties', 'rules.0.conditions', 'rules.0.source.issuer', 'scope.eqfLevels', 'scope.occupations']);
    const backwards = await officer.post('/agreements').send(agreementBody('1', { effectiveFrom: '2027-06-01', effectiveTo: '2027-01-01' }));
    expect(backwards.status).toBe(400);
    expect(Object.keys(backwards.body.fields)).toEqual(['effectiveTo']);
    expect(await recognition.count('recognition_agreements')).toBe(before);
  });

  it('are versioned by effective date, and refuse a version overlapping another of the same key', async () => {
    const officer = await recognition.as(OFFICER.roles, OFFICER.subject);
    const first = agreementBody('722204', { effectiveFrom: '2026-01-01', effectiveTo: '2027-01-01' });
    expect((await officer.post('/agreements').send(first)).status).toBe(201);
    const next = await officer.post('/agreements').send({ ...first, effectiveFrom: '2027-01-01', effectiveTo: null });
    expect(next.body).toMatchObject({ agreementKey: first.agreementKey, version: 2 });

    const overlapping = await officer.post('/agreements').send({ ...first, effectiveFrom: '2026-12-31', effectiveTo: null });
    expect(overlapping.status).toBe(409);
    expect(overlapping.body.message).toBe(`version 1 of agreement ${first.agreementKey} is in force from 2026-01-01 to 2027-01-01, overlapping these dates`);
    const later = await officer.post('/agreements').send({ ...first, effectiveFrom: '2030-01-01', effectiveTo: null });
    expect(later.status).toBe(409);
    expect(later.body.message).toMatch(/^version 2 .* to open end/);
  });
});
