/* eslint-disable @nx/enforce-module-boundaries -- the person rules live beside the operator commands in tools/, which is no library */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { CaseAssignedV1, localTopic, SurveyAnsweredV1 } from '@tandem/contracts';
import { pollUntil, published, type ServiceTestApp } from '@tandem/devkit';
import { applyRule, deriveIds, selectRows } from '../../../../tools/tandem/person-data';
import { PERSON_RULES } from '../../../../tools/tandem/person-rules';
import { startTrainingApp } from '../test-support/training-test-app';
import { PROVIDER, publishIntakeEvent, seedCohort } from '../test-support/training-fixtures';

const ANNA = { roles: ['caseworker'], subject: 'caseworker-anna' };
const SCORES = { quality: 4, languageSupport: 5, fairness: 3, usefulness: 2 };

describe('the satisfaction survey', () => {
  let training: ServiceTestApp;

  beforeAll(async () => {
    training = await startTrainingApp();
  });
  afterAll(() => training?.stop());

  const provider = () => training.as(PROVIDER.roles, PROVIDER.subject);
  const anna = () => training.as(ANNA.roles, ANNA.subject);
  const publicly = () => request(training.http);

  /** A participant of anna's case who completes a one-session, two-module program today. */
  async function completedTrainee(): Promise<{ participantId: string; enrollmentId: string; programId: string }> {
    const participantId = randomUUID();
    await publishIntakeEvent(training, CaseAssignedV1, participantId, { participantId, caseId: randomUUID(), caseworker: ANNA.subject, assignedAt: new Date().toISOString() });
    const { cohortId, programId, moduleIds, sessionIds } = await seedCohort(training, { sessions: 1 });
    const enrolled = await pollUntil(
      'participant enrollable',
      async () => (await provider()).post(`/cohorts/${cohortId}/enrollments`).send({ participantId, displayName: 'Amal H.' }),
      (response) => response.status === 201,
    );
    const enrollmentId = enrolled.body.id as string;
    await (await provider()).put(`/sessions/${sessionIds[0]}/attendance`).send({ records: [{ enrollmentId, status: 'present' }] });
    for (const moduleId of moduleIds) {
      await (await provider()).post(`/enrollments/${enrollmentId}/assessments`).send({ moduleId, result: 'passed', assessor: 'Jan Kowalski', assessedOn: '2026-10-20' });
    }
    return { participantId, enrollmentId, programId };
  }

  async function surveysOf(enrollmentId: string): Promise<Array<{ id: string; wave: string; due_on: string }>> {
    return training.dataSource.query('SELECT id, wave, due_on::text FROM survey_invitations WHERE enrollment_id = $1 ORDER BY due_on', [enrollmentId]);
  }

  async function linkOf(surveyId: string): Promise<string> {
    const response = await (await anna()).post(`/surveys/${surveyId}/link`);
    expect(response.status).toBe(201);
    return (response.body.path as string).replace('/survey/', '');
  }

  it('invites a completed trainee twice, at completion and 90 days later, and lists only the survey due', async () => {
    const { enrollmentId } = await completedTrainee();
    const today = new Date().toISOString().slice(0, 10);
    const [completion, later] = await surveysOf(enrollmentId);
    expect([completion?.wave, completion?.due_on, later?.wave]).toEqual(['completion', today, 'after-90-days']);
    expect(Date.parse(later?.due_on ?? '') - Date.parse(today)).toBe(90 * 86_400_000);

    const listed = await (await anna()).get('/surveys');
    expect(listed.body.filter((survey: { enrollmentId: string }) => survey.enrollmentId === enrollmentId)).toEqual([
      expect.objectContaining({ id: completion?.id, wave: 'completion', trainee: expect.objectContaining({ displayName: 'Amal H.' }), linkExpiresAt: null }),
    ]);
    expect((await (await anna()).post(`/surveys/${later?.id}/link`)).status).toBe(409);
    const stranger = await training.as(['caseworker'], 'caseworker-bob');
    expect((await stranger.get('/surveys')).body.map((survey: { id: string }) => survey.id)).not.toContain(completion?.id);
    expect((await stranger.post(`/surveys/${completion?.id}/link`)).status).toBe(404);
  });

  it('takes one answer by link, shows the link nothing about the person, and puts scores only on the outbox', async () => {
    const { enrollmentId, programId } = await completedTrainee();
    const [survey] = await surveysOf(enrollmentId);
    const token = await linkOf(survey!.id);

    const form = await publicly().get(`/survey-links/${token}`);
    expect(form.status).toBe(200);
    expect(form.headers['cache-control']).toBe('no-store');
    expect(form.body).toEqual({ wave: 'completion', programTitle: { en: 'Welding, evening cohort', pl: 'Spawanie, kurs wieczorowy' }, questions: ['quality', 'languageSupport', 'fairness', 'usefulness'] });

    expect((await publicly().post(`/survey-links/${token}/answers`).send({ scores: SCORES, language: 'ar', comment: 'x' })).status).toBe(400);
    expect((await publicly().post(`/survey-links/${token}/answers`).send({ scores: { ...SCORES, fairness: 6 }, language: 'ar' })).status).toBe(400);
    expect((await publicly().post(`/survey-links/${token}/answers`).send({ scores: SCORES, language: 'ar' })).status).toBe(204);
    const again = await publicly().post(`/survey-links/${token}/answers`).send({ scores: SCORES, language: 'ar' });
    expect([again.status, again.body.reason]).toEqual([410, 'answered']);
    expect((await publicly().get(`/survey-links/${token}`)).body).toMatchObject({ statusCode: 410, reason: 'answered' });

    const [outbox] = await training.dataSource.query('SELECT payload FROM outbox WHERE topic = $1 AND message_key = $2', [localTopic(training.municipality, SurveyAnsweredV1), enrollmentId]);
    expect(JSON.parse(outbox.payload)).toEqual({ surveyId: survey!.id, enrollmentId, programId, wave: 'completion', channel: 'link', answeredAt: expect.any(String), scores: SCORES });
    expect(await published(training, SurveyAnsweredV1, { subject: enrollmentId })).toEqual([expect.objectContaining({ surveyId: survey!.id, scores: SCORES })]);
    const [stored] = await training.dataSource.query('SELECT language, channel FROM survey_answers WHERE survey_id = $1', [survey!.id]);
    expect(stored).toEqual({ language: 'ar', channel: 'link' });
    expect((await (await anna()).get('/surveys')).body.map((listed: { id: string }) => listed.id)).not.toContain(survey!.id);
  });

  it('refuses a replaced link and an expired one', async () => {
    const { enrollmentId } = await completedTrainee();
    const [survey] = await surveysOf(enrollmentId);
    const replaced = await linkOf(survey!.id);
    const token = await linkOf(survey!.id);
    expect((await publicly().get(`/survey-links/${replaced}`)).status).toBe(404);
    expect((await publicly().get(`/survey-links/${token}`)).status).toBe(200);

    await training.dataSource.query(`UPDATE survey_invitations SET link_expires_at = now() - interval '1 second' WHERE id = $1`, [survey!.id]);
    expect((await publicly().get(`/survey-links/${token}`)).body).toMatchObject({ statusCode: 410, reason: 'expired' });
    const late = await publicly().post(`/survey-links/${token}/answers`).send({ scores: SCORES, language: 'uk' });
    expect([late.status, late.body.reason]).toEqual([410, 'expired']);
    expect(await training.dataSource.query('SELECT 1 FROM survey_answers WHERE survey_id = $1', [survey!.id])).toEqual([]);
  });

  it('takes one answer given with the caseworker, under the channel with-caseworker, audited on the enrollment', async () => {
    const { enrollmentId } = await completedTrainee();
    const [survey] = await surveysOf(enrollmentId);
    const stranger = await training.as(['caseworker'], 'caseworker-bob');
    expect((await stranger.post(`/surveys/${survey!.id}/answers`).send({ scores: SCORES, language: 'uk' })).status).toBe(404);
    expect((await (await anna()).post(`/surveys/${survey!.id}/answers`).send({ scores: SCORES, language: 'uk' })).status).toBe(204);
    expect((await (await anna()).post(`/surveys/${survey!.id}/answers`).send({ scores: SCORES, language: 'uk' })).status).toBe(410);

    const events = await published(training, SurveyAnsweredV1, { subject: enrollmentId });
    expect(events).toEqual([expect.objectContaining({ surveyId: survey!.id, channel: 'with-caseworker' })]);
    const audited = await training.dataSource.query(`SELECT actor, purpose FROM audit_log WHERE action = 'answer-survey' AND resource_id = $1`, [enrollmentId]);
    expect(audited).toEqual([{ actor: ANNA.subject, purpose: 'case-management' }]);
  });

  it("exports the participant's survey rows with their record, and erases them", async () => {
    const { participantId, enrollmentId } = await completedTrainee();
    const [survey] = await surveysOf(enrollmentId);
    await (await anna()).post(`/surveys/${survey!.id}/answers`).send({ scores: SCORES, language: 'uk' });
    const rules = PERSON_RULES.find((service) => service.service === 'training')!;
    const client = new Client({ connectionString: training.settings.DATABASE_URL });
    await client.connect();
    try {
      const sets = await deriveIds(client, rules, { participants: [participantId], referrals: [], all: [] });
      const tables = async (names: string[]) => {
        const rows = [];
        for (const rule of rules.tables.filter((entry) => names.includes(entry.table))) rows.push(await selectRows(client, rule, sets));
        return rows;
      };
      const [answers, invitations] = await tables(['survey_answers', 'survey_invitations']);
      expect(answers).toEqual([expect.objectContaining({ survey_id: survey!.id, quality: 4, language: 'uk' })]);
      expect(invitations).toHaveLength(2);

      for (const rule of rules.tables) await applyRule(client, rule, sets);
      expect(await tables(['survey_answers', 'survey_invitations', 'enrollments'])).toEqual([[], [], []]);
    } finally {
      await client.end();
    }
  });
});
