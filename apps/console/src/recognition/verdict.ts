import type { VerificationReport } from '../api/recognition';

export type Verdict = 'valid' | 'malformed' | 'unknownIssuer' | 'tampered' | 'revoked' | 'suspended' | 'expired' | 'notYetValid' | 'otherHolder' | 'indeterminate';

/** The checks, in the order that decides what to tell a person first; `validity` is split by the dates. */
const FIRST_FAILURE: Array<[VerificationReport['checks'][number]['check'], Verdict]> = [
  ['format', 'malformed'],
  ['issuer', 'unknownIssuer'],
  ['signature', 'tampered'],
  ['revocation', 'revoked'],
  ['suspension', 'suspended'],
  ['validity', 'expired'],
  ['holder', 'otherHolder'],
];

/** The one word a person needs from a report: valid, or the first reason not to trust the credential. */
export function verdictOf(report: VerificationReport, now: Date): Verdict {
  if (report.verdict === 'valid') return 'valid';
  const failed = FIRST_FAILURE.find(([check]) => report.checks.some((result) => result.check === check && result.result === 'failed'));
  if (!failed) return 'indeterminate';
  const validFrom = report.credential?.validFrom;
  if (failed[1] === 'expired' && validFrom && new Date(validFrom) > now) return 'notYetValid';
  return failed[1];
}
