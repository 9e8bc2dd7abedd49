/** The stored facts a new session is checked against. */
export interface SessionContext {
  cohort: { startsOn: string; endsOn: string };
  /** Modules of the cohort's program. */
  programModuleIds: string[];
}

/**
 * What is wrong with a session, by field; empty when nothing is. The weekday and hour are free:
 * evening and weekend sessions are how many trainees can take part at all.
 */
export function sessionProblems(session: { date: string; moduleId?: string | null }, context: SessionContext): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  const { startsOn, endsOn } = context.cohort;
  // ISO dates compare as strings.
  if (session.date < startsOn || session.date > endsOn) problems.date = [`date must be within the cohort, ${startsOn} to ${endsOn}`];
  if (session.moduleId && !context.programModuleIds.includes(session.moduleId)) {
    problems.moduleId = [`module ${session.moduleId} is not part of the cohort's program`];
  }
  return problems;
}
