import {
  BirthDateInFutureError,
  checkProfile,
  ConsentAlreadyWithdrawnError,
  grantConsent,
  type ParticipantProfile,
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
  it('accepts a birth date up to today and refuses one in the future', () => {
    expect(() => checkProfile({ ...profile, dateOfBirth: '2026-11-22' }, now)).not.toThrow();
    expect(() => checkProfile({ ...profile, dateOfBirth: '2026-11-23' }, now)).toThrow(BirthDateInFutureError);
  });

  it('records who granted a consent, when, and each purpose once', () => {
    const consent = grantConsent(
      'participant-1',
      { purposes: ['cross-border-referral', 'cross-border-referral'], noticeVersion: '2026-01', channel: 'paper' },
      context,
    );
    expect(consent).toMatchObject({
      purposes: ['cross-border-referral'],
      givenAt: now,
      recordedBy: 'caseworker-anna',
      withdrawnAt: null,
    });
  });

  it('withdraws a consent once and refuses a second withdrawal', () => {
    const consent = grantConsent('participant-1', { purposes: ['outcome-tracking'], noticeVersion: '1', channel: 'digital' }, context);
    const later = new Date('2026-12-01T00:00:00Z');
    const withdrawn = withdrawConsent(consent, { actor: 'caseworker-ben', now: later });
    expect(withdrawn).toMatchObject({ withdrawnAt: later, withdrawnBy: 'caseworker-ben' });
    expect(() => withdrawConsent(withdrawn, { actor: 'caseworker-ben', now: later })).toThrow(ConsentAlreadyWithdrawnError);
  });
});
