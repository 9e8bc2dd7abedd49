export interface CompletionState {
  /** Module ids the program requires. */
  required: readonly string[];
  /** Module ids the trainee has passed. */
  completed: readonly string[];
  /** Overall attendance rate so far; null when nothing has been recorded. */
  attendanceRate: number | null;
  /** The program's threshold, 0..1. */
  threshold: number;
}

export type CompletionVerdict =
  | { complete: true }
  | { complete: false; missingModules: string[]; attendanceShort: boolean };

/**
 * A program is completed when every required module is passed and attendance meets the program's
 * threshold. No recorded attendance counts as short unless the threshold is zero; a program that
 * requires no module completes no one.
 */
export function completionVerdict(state: CompletionState): CompletionVerdict {
  const missingModules = state.required.filter((id) => !state.completed.includes(id));
  const rate = state.attendanceRate ?? 0;
  const attendanceShort = state.threshold > 0 && (state.attendanceRate === null || rate < state.threshold);
  if (state.required.length > 0 && missingModules.length === 0 && !attendanceShort) return { complete: true };
  return { complete: false, missingModules, attendanceShort };
}
