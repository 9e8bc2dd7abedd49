import type { Static } from '@sinclair/typebox';
import {
  type CloudEvent,
  EnrollmentConfirmedV1,
  type EventContract,
  ParticipantDemographicsV1,
  ParticipantGroupV1,
  PlacementEndedV1,
  PlacementStartedV1,
  RetentionRecordedV1,
  SupportDeliveredV1,
  SurveyAnsweredV1,
  TrainingCompletedV1,
  TrainingDroppedV1,
  WageRecordedV1,
} from '@tandem/contracts';
import { dayOf } from '../figures/days';
import { CHECKPOINTS, DEMOGRAPHICS, ENROLLMENTS, type FactTable, GROUPS, PLACEMENTS, type Row, SUPPORT_COSTS, SURVEY_ANSWERS, WAGES } from './fact-tables';

export interface Fact {
  table: FactTable;
  row: Row;
}

type Data<C extends EventContract> = Static<C['schema']>;
/** What every enrollment event says about the enrollment it belongs to. */
type Enrollment = Pick<Data<typeof EnrollmentConfirmedV1>, 'enrollmentId' | 'programId' | 'trainee'>;

function enrollment(data: Enrollment, filled: Partial<Record<'confirmed_on' | 'completed_on' | 'dropped_on' | 'drop_reason', string>>): Fact {
  const row: Row = {
    enrollment_id: data.enrollmentId,
    program_id: data.programId,
    participant_id: data.trainee.participantId ?? null,
    // A trainee enrolled from a partner's referral is cross-border; only the referral id is known here.
    cross_border: data.trainee.referralId !== undefined,
    confirmed_on: null,
    completed_on: null,
    dropped_on: null,
    drop_reason: null,
    ...filled,
  };
  return { table: ENROLLMENTS, row };
}

const wage = (placementId: string, effectiveOn: string, w: Data<typeof WageRecordedV1>['wage']): Fact => ({
  table: WAGES,
  row: { placement_id: placementId, effective_on: effectiveOn, amount_minor: w.amountMinor, currency: w.currency, period: w.period },
});

const placement = (data: { placementId: string; participantId: string }, startedOn: string | null, endedOn: string | null): Fact => ({
  table: PLACEMENTS,
  row: { placement_id: data.placementId, participant_id: data.participantId, started_on: startedOn, ended_on: endedOn },
});

interface Projection {
  contract: EventContract;
  facts(data: never, event: CloudEvent): Fact[];
}

function projection<C extends EventContract>(contract: C, facts: (data: Data<C>, event: CloudEvent) => Fact[]): Projection {
  return { contract, facts: facts as Projection['facts'] };
}

/** What each event the figures need says, as rows of the read model; contract-valid data is assumed. */
const PROJECTIONS: readonly Projection[] = [
  projection(ParticipantDemographicsV1, (data, event) => [
    { table: DEMOGRAPHICS, row: { participant_id: data.participantId, gender: data.gender, age_band: data.ageBandAtRegistration, noted_at: event.time } },
  ]),
  projection(ParticipantGroupV1, (data, event) => [{ table: GROUPS, row: { participant_id: data.participantId, status_group: data.group, noted_at: event.time } }]),
  projection(EnrollmentConfirmedV1, (data) => [enrollment(data, { confirmed_on: dayOf(data.confirmedAt) })]),
  projection(TrainingCompletedV1, (data) => [enrollment(data, { completed_on: data.completedOn })]),
  projection(TrainingDroppedV1, (data) => [enrollment(data, { dropped_on: dayOf(data.droppedAt), drop_reason: data.reason })]),
  projection(PlacementStartedV1, (data) => [placement(data, data.startedOn, null), wage(data.placementId, data.startedOn, data.wage)]),
  projection(PlacementEndedV1, (data) => [placement(data, null, data.endedOn)]),
  projection(RetentionRecordedV1, (data) => [
    { table: CHECKPOINTS, row: { placement_id: data.placementId, checkpoint_days: data.checkpointDays, still_employed: data.stillEmployed } },
  ]),
  projection(WageRecordedV1, (data) => [wage(data.placementId, data.effectiveOn, data.wage)]),
  projection(SupportDeliveredV1, (data) => [
    {
      table: SUPPORT_COSTS,
      row: { delivery_id: data.deliveryId, participant_id: data.participantId, delivered_on: data.date, amount_minor: data.cost.amountMinor, currency: data.cost.currency },
    },
  ]),
  projection(SurveyAnsweredV1, (data) => [
    {
      table: SURVEY_ANSWERS,
      row: {
        survey_id: data.surveyId,
        enrollment_id: data.enrollmentId,
        wave: data.wave,
        quality: data.scores.quality,
        language_support: data.scores.languageSupport,
        fairness: data.scores.fairness,
        usefulness: data.scores.usefulness,
      },
    },
  ]),
];

/** The events the read model is built from: node-local events only, each topic also replayed by `outcomes replay`. */
export const NODE_EVENTS: EventContract[] = PROJECTIONS.map((entry) => entry.contract);

const BY_TYPE = new Map(PROJECTIONS.map((entry) => [entry.contract.type, entry]));

/** The rows an event contributes; none for an event the figures do not need. */
export function factsOf(event: CloudEvent): Fact[] {
  return BY_TYPE.get(event.type)?.facts(event.data as never, event) ?? [];
}
