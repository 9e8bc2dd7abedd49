import {
  type ConsentTerms,
  coveringConsent,
  BirthDateInFutureError,
  checkProfile,
  ConsentAlreadyWithdrawnError,
  grantConsent,
  type ParticipantProfile,
  statusGroupOf,
  withdrawConsent,
} from './participant';

const now = new Date('2026-11-22T10:00:00Z');
const context = { id: '9b2e4c1a-7f3d-4e8b-a6c5-1d2f3e4a5b6c', actor: 'caseworker-anna', now };
const profile: ParticipantProfile = {
  givenName: 'Olena',
  familyName: 'Kovalenko',
  dateOfBirth: '1994-03-17',
  gender: 'female',
  residenceMunicipality: 'de-goerlitz',
  status: 'refugee',
  languages: [{ code: 'uk', level: 'C2' }],
};

describe('participant rules', () => {
  it.each([
    ['refugee', 'refugee'],
    ['asylum_seeker', 'refugee'],
    ['migrant', 'migrant'],
    ['host_resident', 'host'],
  ] as const)('counts status %s in the group %s, so the group never tells an asylum seeker from a refugee', (status, group) => {
    expect(statusGroupOf(status)).toBe(group);
  });

  it('accepts a birth date up to today and refuses one in the future', () => {
    expect(() => checkProfile({ ...profile, dateOfBirth: '2026-11-22' }, now)).not.toThrow();
    expect(() => checkProfile({ ...profile, dateOfBirth: '2026-11-23' }, now)).toThrow(BirthDateInFutureError);
  });

  it('records who granted a consent, when, and each purpose once', () => {
    const consent = grantConsent(
      'participant-1',
      { purposes: ['cross-border-referral', 'cross-border-referral'], noticeVersion: '2026-01', channel: 'paper', givenBy: 'participant' },
      context,
    );
    expect(consent).toMatchObject({
      purposes: ['cross-border-referral'],
      givenAt: now,
      recordedBy: 'caseworker-anna',
      givenBy: 'participant',
      fields: {},
      recipients: [],
      withdrawnAt: null,
    });
  });

  it('withdraws a consent once and refuses a second withdrawal', () => {
    const consent = grantConsent('participant-1', { purposes: ['outcome-tracking'], noticeVersion: '1', channel: 'digital', givenBy: 'legal-representative' }, context);
    const later = new Date('2026-12-01T00:00:00Z');
    const withdrawn = withdrawConsent(consent, { actor: 'caseworker-ben', now: later });
    expect(withdrawn).toMatchObject({ withdrawnAt: later, withdrawnBy: 'caseworker-ben' });
    expect(() => withdrawConsent(withdrawn, { actor: 'caseworker-ben', now: later })).toThrow(ConsentAlreadyWithdrawnError);
  });

  describe('which consent covers a cross-border referral', () => {
    const grant = (id: string, at: string, terms: Partial<ConsentTerms> = {}) =>
      grantConsent(
        'participant-1',
        { purposes: ['cross-border-referral'], noticeVersion: '1', channel: 'paper', givenBy: 'participant', ...terms },
        { ...context, id, now: new Date(at) },
      );

    it('takes the newest consent in force for the purpose and recipient', () => {
      const older = grant('older', '2026-01-01T00:00:00Z');
      const newer = grant('newer', '2026-02-01T00:00:00Z', { recipients: ['pl-zgorzelec'] });
      expect(coveringConsent([older, newer], 'cross-border-referral', 'pl-zgorzelec')?.id).toBe('newer');
      expect(coveringConsent([older, newer], 'cross-border-referral', 'cz-hradek')?.id).toBe('older');
    });

    it('finds none when the only consent was withdrawn, covers other purposes, or names other recipients', () => {
      const withdrawn = withdrawConsent(grant('w', '2026-01-01T00:00:00Z'), { actor: 'caseworker-ben', now });
      const otherPurpose = grant('o', '2026-01-01T00:00:00Z', { purposes: ['outcome-tracking'] });
      const otherRecipient = grant('r', '2026-01-01T00:00:00Z', { recipients: ['cz-hradek'] });
      expect(coveringConsent([withdrawn, otherPurpose, otherRecipient], 'cross-border-referral', 'pl-zgorzelec')).toBeUndefined();
    });
  });
});
