export type { Multilingual } from '@tandem/platform';
export { ASSESSMENT_METHODS, type AssessmentMethod } from '@tandem/contracts';

export const PROGRAM_STATUSES = ['draft', 'open', 'closed'] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];

export const SCHEDULE_PATTERNS = ['daytime', 'evening', 'weekend', 'evening-and-weekend'] as const;
export type SchedulePattern = (typeof SCHEDULE_PATTERNS)[number];

export const FUNDING_KINDS = ['public', 'donor', 'private-sponsor'] as const;
export type FundingKind = (typeof FUNDING_KINDS)[number];

export interface LearningOutcome {
  description: string;
  /** ESCO skill URIs the outcome evidences. */
  skills: string[];
}

export interface Schedule {
  pattern: SchedulePattern;
  /** e.g. "Mon and Wed 18:00–21:00, Sat 9:00–13:00". */
  description: string;
}

export interface FundingSource {
  kind: FundingKind;
  name: string;
}
