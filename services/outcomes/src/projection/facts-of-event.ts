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
  TrainingCompletedV1,
  TrainingDroppedV1,
  WageRecordedV1,
} from '@tandem/contracts';
import { dayOf } from '../figures/days';
import { CHECKPOINTS, DEMOGRAPHICS, ENROLLMENTS, type FactTable, GROUPS, PLACEMENTS, type Row, SUPPORT_COSTS, WAGES } from './fact-tables';

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

/** What each event the figures need says, as rows of the read model; contract-valid data is assumed. */
const PROJECTIONS: Record<string, (data: never, event: CloudEvent) => Fact[]> = {
  [ParticipantDemographicsV1.type]: (data: Data<typeof ParticipantDemographicsV1>, event) => [
    { table: DEMOGRAPHICS, row: { participant_id: data.participantId, gender: data.gender, age_band: data.ageBandAtRegistration, noted_at: event.time } },
  ],
  [ParticipantGroupV1.type]: (data: Data<typeof ParticipantGroupV1>, event) => [
    { table: GROUPS, row: { participant_id: data.participantId, status_group: data.group, noted_at: event.time } },
  ],
  [EnrollmentConfirmedV1.type]: (data: Data<typeof EnrollmentConfirmedV1>) => [enrollment(data, { confirmed_on: dayOf(data.confirmedAt) })],
  [TrainingCompletedV1.type]: (data: Data<typeof TrainingCompletedV1>) => [enrollment(data, { completed_on: data.completedOn })],
  [TrainingDroppedV1.type]: (data: Data<typeof TrainingDroppedV1>) => [enrollment(data, { dropped_on: dayOf(data.droppedAt), drop_reason: data.reason })],
  [PlacementStartedV1.type]: (data: Data<typeof PlacementStartedV1>) => [placement(data, data.startedOn, null), wage(data.placementId, data.startedOn, data.wage)],
  [PlacementEndedV1.type]: (data: Data<typeof PlacementEndedV1>) => [placement(data, null, data.endedOn)],
  [RetentionRecordedV1.type]: (data: Data<typeof RetentionRecordedV1>) => [
    { table: CHECKPOINTS, row: { placement_id: data.placementId, checkpoint_days: data.checkpointDays, still_employed: data.stillEmployed } },
  ],
  [WageRecordedV1.type]: (data: Data<typeof WageRecordedV1>) => [wage(data.placementId, data.effectiveOn, data.wage)],
  [SupportDeliveredV1.type]: (data: Data<typeof SupportDeliveredV1>) => [
    {
      table: SUPPORT_COSTS,
      row: { delivery_id: data.deliveryId, participant_id: data.participantId, delivered_on: data.date, amount_minor: data.cost.amountMinor, currency: data.cost.currency },
    },
  ],
};

/** The event types the read model is built from. */
export const PROJECTED_TYPES = Object.keys(PROJECTIONS);

/** The rows an event contributes; none for an event the figures do not need. */
export function factsOf(event: CloudEvent): Fact[] {
  const project = PROJECTIONS[event.type];
  return project ? project(event.data as never, event) : [];
}
