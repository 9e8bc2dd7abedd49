import { RETENTION_CHECKPOINT_DAYS, type RetentionCheckpointDays } from '@tandem/contracts';
import { addDays } from './day';
import { PlacementRuleError } from './placement';

/** A caseworker may call in the week before a checkpoint falls due. */
export const EARLY_DAYS = 7;

export interface Checkpoint {
  days: RetentionCheckpointDays;
  dueOn: string;
}

/** The four checkpoints of a placement: 30, 90, 180 and 365 days after its start. */
export function checkpointsFor(startedOn: string): Checkpoint[] {
  return RETENTION_CHECKPOINT_DAYS.map((days) => ({ days, dueOn: addDays(startedOn, days) }));
}

/**
 * A checkpoint is answered once. One that fell due after the placement ended is no longer asked for
 * and stays unanswered: the end already says the participant left.
 */
export function assertAnswerable(checkpoint: Checkpoint & { recordedOn: string | null }, placement: { endedOn: string | null }): void {
  if (checkpoint.recordedOn) throw new PlacementRuleError(`the ${checkpoint.days}-day checkpoint was answered on ${checkpoint.recordedOn}`);
  if (placement.endedOn && checkpoint.dueOn > placement.endedOn) {
    throw new PlacementRuleError(`the ${checkpoint.days}-day checkpoint fell due after the placement ended on ${placement.endedOn}`);
  }
}
