import type { AgeBand, DropReason, Gender, RetentionCheckpointDays, StatusGroup, SurveyQuestion, SurveyWave, WagePeriod } from '@tandem/contracts';

/** What the read model knows, as the figures read it: plain rows, dates as YYYY-MM-DD. */
export interface EnrollmentFact {
  enrollmentId: string;
  programId: string;
  /** Null for a trainee a partner referred: their participant id stays at their home node. */
  participantId: string | null;
  crossBorder: boolean;
  confirmedOn: string | null;
  completedOn: string | null;
  droppedOn: string | null;
  dropReason: DropReason | null;
}

export interface ParticipantFact {
  gender?: Gender;
  ageBand?: AgeBand;
  group?: StatusGroup;
}

export interface WageFact {
  effectiveOn: string;
  amountMinor: number;
  currency: string;
  period: WagePeriod;
}

export interface PlacementFact {
  placementId: string;
  participantId: string;
  startedOn: string | null;
  endedOn: string | null;
  checkpoints: Partial<Record<RetentionCheckpointDays, boolean>>;
  /** In the order they took effect. */
  wages: WageFact[];
}

export interface SupportCostFact {
  participantId: string;
  deliveredOn: string;
  amountMinor: number;
  currency: string;
}

/** One answered satisfaction survey: its wave and its four scores from 1 to 5. */
export interface SurveyFact {
  enrollmentId: string;
  wave: SurveyWave;
  scores: Record<SurveyQuestion, number>;
}

export interface OutcomeFacts {
  enrollments: EnrollmentFact[];
  participants: ReadonlyMap<string, ParticipantFact>;
  placementsByParticipant: ReadonlyMap<string, PlacementFact[]>;
  supportByParticipant: ReadonlyMap<string, SupportCostFact[]>;
  surveysByEnrollment: ReadonlyMap<string, SurveyFact[]>;
}
