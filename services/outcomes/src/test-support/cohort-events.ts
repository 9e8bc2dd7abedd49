import { createHash } from 'node:crypto';
import type { Static } from '@sinclair/typebox';
import {
  AGE_BANDS,
  type CloudEvent,
  DROP_REASONS,
  EnrollmentConfirmedV1,
  type EventContract,
  GENDERS,
  localTopic,
  ParticipantDemographicsV1,
  ParticipantGroupV1,
  PlacementEndedV1,
  PlacementStartedV1,
  RetentionRecordedV1,
  sourceOf,
  STATUS_GROUPS,
  SupportDeliveredV1,
  SurveyAnsweredV1,
  TrainingCompletedV1,
  TrainingDroppedV1,
  WageRecordedV1,
} from '@tandem/contracts';

export interface TopicEvent {
  topic: string;
  event: CloudEvent;
}

/** A stable uuid-shaped id from a name, so the same seed gives the same events. */
function idOf(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const day = (base: string, days: number) => new Date(Date.parse(`${base}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A node's history for `people` trainees, as its services would have published it: registration
 * demographics and group, enrolment, completion or drop-out, support while training, the survey at
 * completion for half the completers, placement with checkpoints and raises. One in eight trainees is referred by a partner (known by referral only).
 */
export function cohortEvents(municipality: string, people: number, seed = 'outcomes'): TopicEvent[] {
  const out: TopicEvent[] = [];
  let sequence = 0;
  const emit = <C extends EventContract>(contract: C, subject: string, data: Static<C['schema']>, on: string) => {
    const event: CloudEvent = { id: idOf(`${seed}/event/${sequence++}`), source: sourceOf(municipality, contract.service), type: contract.type, time: `${on}T09:00:00.000Z`, subject, data };
    out.push({ topic: localTopic(municipality, contract), event });
  };
  const programs = Array.from({ length: 6 }, (_, p) => idOf(`${seed}/program/${p}`));
  for (let i = 0; i < people; i++) {
    const pick = <T>(values: readonly T[], salt: number) => values[(i * 7 + salt * 13 + (i >> 3)) % values.length] as T;
    const participantId = idOf(`${seed}/participant/${i}`);
    const referred = i % 8 === 7;
    const start = day('2025-01-06', (i * 3) % 540);
    const enrollment = { enrollmentId: idOf(`${seed}/enrollment/${i}`), cohortId: idOf(`${seed}/cohort/${i % 40}`), programId: pick(programs, 1) };
    const trainee = referred ? { referralId: idOf(`${seed}/referral/${i}`), homeMunicipality: 'pl-zgorzelec' } : { participantId, homeMunicipality: municipality };
    if (!referred) {
      emit(ParticipantDemographicsV1, participantId, { participantId, gender: pick(GENDERS, 2), ageBandAtRegistration: pick(AGE_BANDS, 3) }, day(start, -10));
      emit(ParticipantGroupV1, participantId, { participantId, group: pick(STATUS_GROUPS, 4) }, day(start, -10));
    }
    emit(EnrollmentConfirmedV1, enrollment.enrollmentId, { ...enrollment, trainee, confirmedAt: `${start}T08:00:00.000Z`, fromWaitlist: i % 5 === 0 }, start);
    const dropped = i % 4 === 1;
    const end = day(start, dropped ? 40 : 120);
    if (!referred) {
      for (let week = 0; week < 3; week++) {
        const deliveryId = idOf(`${seed}/delivery/${i}/${week}`);
        emit(SupportDeliveredV1, idOf(`${seed}/entitlement/${i}`), {
          entitlementId: idOf(`${seed}/entitlement/${i}`),
          participantId,
          supportType: 'childcare',
          deliveryId,
          date: day(start, week * 10),
          units: 3,
          cost: { amountMinor: 4_500, currency: 'EUR' },
          recordedAt: `${day(start, week * 10)}T20:00:00.000Z`,
        }, day(start, week * 10));
      }
    }
    if (dropped) {
      emit(TrainingDroppedV1, enrollment.enrollmentId, { ...enrollment, trainee, droppedAt: `${end}T16:00:00.000Z`, reason: pick(DROP_REASONS, 5) }, end);
      continue;
    }
    emit(TrainingCompletedV1, enrollment.enrollmentId, { ...enrollment, trainee, completedOn: end, attendanceRate: 0.9 }, end);
    if (i % 2 === 0) {
      const scores = { quality: 1 + (i % 5), languageSupport: 1 + ((i >> 1) % 5), fairness: 5 - (i % 3), usefulness: 1 + ((i >> 2) % 5) };
      const surveyId = idOf(`${seed}/survey/${i}`);
      emit(SurveyAnsweredV1, enrollment.enrollmentId, { surveyId, enrollmentId: enrollment.enrollmentId, programId: enrollment.programId, wave: 'completion', channel: i % 4 === 0 ? 'link' : 'with-caseworker', answeredAt: `${end}T17:00:00.000Z`, scores }, end);
    }
    if (referred || i % 3 === 0) continue;
    const placementId = idOf(`${seed}/placement/${i}`);
    const startedOn = day(end, (i * 11) % 200);
    const wage = { amountMinor: 250_000 + (i % 20) * 5_000, currency: 'EUR', period: 'month' as const };
    const ids = { placementId, participantId };
    emit(PlacementStartedV1, placementId, { ...ids, type: 'job', employerId: null, occupation: '7212', siteMunicipality: municipality, startedOn, contractedHoursPerWeek: 40, wage }, startedOn);
    emit(RetentionRecordedV1, placementId, { ...ids, checkpointDays: 90, recordedOn: day(startedOn, 90), stillEmployed: i % 10 !== 4 }, day(startedOn, 90));
    emit(WageRecordedV1, placementId, { ...ids, effectiveOn: day(startedOn, 180), wage: { ...wage, amountMinor: wage.amountMinor + (i % 7) * 10_000 } }, day(startedOn, 180));
    if (i % 10 === 4) emit(PlacementEndedV1, placementId, { ...ids, endedOn: day(startedOn, 60), reason: 'resigned' }, day(startedOn, 60));
  }
  return out;
}
