import { AGE_BANDS, GENDERS, STATUS_GROUPS } from '@tandem/contracts';
import type { EnrollmentFact, ParticipantFact } from './outcome-facts';

export const UNKNOWN = 'unknown';

/** A way to split enrolments: every enrolment falls in exactly one category, `unknown` where the node never learnt it. */
export interface Breakdown {
  name: string;
  categories(enrollments: readonly EnrollmentFact[]): string[];
  categoryOf(enrollment: EnrollmentFact, participant: ParticipantFact | undefined): string;
}

const fixed = (name: string, values: readonly string[], pick: (participant: ParticipantFact) => string | undefined): Breakdown => ({
  name,
  categories: () => [...values, UNKNOWN],
  categoryOf: (_enrollment, participant) => (participant && pick(participant)) ?? UNKNOWN,
});

export const BREAKDOWNS: readonly Breakdown[] = [
  { name: 'total', categories: () => ['all'], categoryOf: () => 'all' },
  fixed('gender', GENDERS, (participant) => participant.gender),
  fixed('age-band', AGE_BANDS, (participant) => participant.ageBand),
  fixed('status-group', STATUS_GROUPS, (participant) => participant.group),
  {
    name: 'program',
    categories: (enrollments) => [...new Set(enrollments.map((enrollment) => enrollment.programId))].sort(),
    categoryOf: (enrollment) => enrollment.programId,
  },
  // Cross-border: enrolled from a partner's referral, so known here by the referral, not the participant.
  { name: 'origin', categories: () => ['local', 'cross-border'], categoryOf: (enrollment) => (enrollment.crossBorder ? 'cross-border' : 'local') },
];
