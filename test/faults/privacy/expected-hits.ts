/**
 * Where a canary may be found after every flow and the consent withdrawals, as `[owner] field @ topic`
 * (municipality ids written DE, PL, CZ). The first person's consent covers given and family name, the
 * second person's the given name only; the suite fails on any other hit and on an entry here not found.
 */
export const EXPECTED_TOPIC_HITS: string[] = [
  // The profile fields each consent lists for cross-border-referral, in the referral to PL.
  'first person intake:RegisterParticipantDto.givenName @ xb.PL.inbox.v1',
  'first person intake:RegisterParticipantDto.familyName @ xb.PL.inbox.v1',
  'second person intake:RegisterParticipantDto.givenName @ xb.PL.inbox.v1',
  // The one node-local exception (privacy.md): PL intake gives PL training the accepted trainee's name as shared.
  'first person intake:RegisterParticipantDto.givenName @ PL.intake.referral.v1',
  'first person intake:RegisterParticipantDto.familyName @ PL.intake.referral.v1',
  // The caseworker's message and the program cross with the referral (privacy.md, ADR 8).
  'first person intake:SendReferralDto.message @ xb.PL.inbox.v1',
  'intake:SendReferralDto.message @ xb.PL.inbox.v1',
  'intake:SendReferralDto.program @ xb.PL.inbox.v1',
  // The referral conversation (ADR 8): PL's decline and withdrawal comments go home, DE's withdrawal comment to PL.
  'intake:DeclineReferralDto.comment @ xb.DE.inbox.v1',
  'intake:WithdrawReferralDto.comment @ xb.DE.inbox.v1',
  'intake:WithdrawReferralDto.comment @ xb.PL.inbox.v1',
  // A referral under override carries OVERRIDE_FIELDS (given and family name, languages), never the justification.
  'second person intake:RegisterParticipantDto.givenName @ xb.CZ.inbox.v1',
  'second person intake:RegisterParticipantDto.familyName @ xb.CZ.inbox.v1',
];

/** What PL's topics still hold after the withdrawals: erasure reaches databases, not published records, until the topic's retention ends. */
export const RETAINED_BY_PL_TOPICS: string[] = EXPECTED_TOPIC_HITS.filter((hit) => hit.includes('@ xb.PL.') || hit.includes('@ PL.'));
