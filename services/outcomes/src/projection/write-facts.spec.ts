import { randomUUID } from 'node:crypto';
import { type CloudEvent, EnrollmentConfirmedV1, ParticipantGroupV1, SurveyAnsweredV1, TrainingDroppedV1 } from '@tandem/contracts';
import { foldFacts } from './write-facts';

const event = (type: string, data: object, time = '2027-01-01T10:00:00.000Z'): CloudEvent =>
  ({ id: randomUUID(), source: 'urn:tandem:de-goerlitz:training', type, time, subject: 's', data }) as CloudEvent;

const rowsOf = (events: CloudEvent[]) => Object.fromEntries([...foldFacts(events)].map(([table, rows]) => [table.name, rows]));

describe('folding events into read model rows', () => {
  const confirmed = event(EnrollmentConfirmedV1.type, EnrollmentConfirmedV1.example);
  const dropped = event(TrainingDroppedV1.type, TrainingDroppedV1.example);

  it('keeps a survey answer once, with its scores and nothing that names the trainee', () => {
    const answered = event(SurveyAnsweredV1.type, SurveyAnsweredV1.example);
    expect(rowsOf([answered, answered])['survey_answers']).toEqual([
      {
        survey_id: SurveyAnsweredV1.example.surveyId,
        enrollment_id: SurveyAnsweredV1.example.enrollmentId,
        wave: 'completion',
        quality: 4,
        language_support: 5,
        fairness: 4,
        usefulness: 3,
      },
    ]);
  });

  it('gives one row per enrolment, whatever the order of its events, and the same again when an event repeats', () => {
    const inOrder = rowsOf([confirmed, dropped]);
    expect(inOrder['enrollments']).toEqual([
      expect.objectContaining({ confirmed_on: '2026-11-24', dropped_on: '2027-01-10', drop_reason: 'found-employment', cross_border: true, participant_id: null }),
    ]);
    expect(rowsOf([dropped, confirmed, dropped, confirmed])).toEqual(inOrder);
  });

  it('keeps the newest status group by the time of its event', () => {
    const refugee = event(ParticipantGroupV1.type, { participantId: 'p', group: 'refugee' }, '2027-01-01T10:00:00.000Z');
    const host = event(ParticipantGroupV1.type, { participantId: 'p', group: 'host' }, '2027-02-01T10:00:00.000Z');
    expect(rowsOf([host, refugee])['participant_groups']).toEqual([expect.objectContaining({ status_group: 'host' })]);
    expect(rowsOf([refugee, host])['participant_groups']).toEqual([expect.objectContaining({ status_group: 'host' })]);
  });
});
