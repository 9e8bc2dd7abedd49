import {
  decideWithdrawal,
  REFERRAL_STATUSES,
  type ReferralStatus,
  ReferralStateError,
  sharesProgress,
  sharesWithEmployers,
  statusAfterPartnerStep,
  TIMELINE_STEPS,
  type TimelineStep,
} from './referral';

const after = (current: ReferralStatus, ...steps: TimelineStep[]) => steps.reduce(statusAfterPartnerStep, current);

describe('referral rules', () => {
  describe('the status after a partner step', () => {
    it('follows the partner through the answer and the training', () => {
      expect(after('sent', 'received')).toBe('received');
      expect(after('received', 'accepted')).toBe('accepted');
      expect(after('received', 'declined')).toBe('declined');
      expect(after('accepted', 'enrolled')).toBe('in-training');
      expect(after('in-training', 'completed')).toBe('completed');
      expect(after('in-training', 'dropped')).toBe('dropped');
    });

    it('keeps the status on a waiting list, a completed module and an erasure', () => {
      expect(after('accepted', 'waitlisted')).toBe('accepted');
      expect(after('in-training', 'module-completed')).toBe('in-training');
      expect(after('withdrawn', 'data-erased')).toBe('withdrawn');
    });

    it('lets a withdrawal win from any status, and nothing change a withdrawn referral', () => {
      for (const status of REFERRAL_STATUSES) {
        expect(after(status, 'withdrawn')).toBe('withdrawn');
        expect(after(status, 'consent-withdrawn')).toBe('withdrawn');
      }
      for (const step of TIMELINE_STEPS) expect(after('withdrawn', step)).toBe('withdrawn');
    });

    it('gives the same status whichever of two crossing steps arrives first', () => {
      for (const status of REFERRAL_STATUSES) {
        for (const first of TIMELINE_STEPS) {
          for (const second of TIMELINE_STEPS) expect(after(status, first, second)).toBe(after(status, second, first));
        }
      }
    });

    it('never moves back when training progress overtakes the answer it follows', () => {
      expect(after('received', 'enrolled', 'accepted')).toBe('in-training');
      expect(after('received', 'completed', 'module-completed', 'enrolled')).toBe('completed');
      expect(after('declined', 'enrolled')).toBe('declined');
    });
  });

  describe('withdrawal', () => {
    it('is allowed while the referral is open, training included', () => {
      for (const status of ['sent', 'received', 'accepted', 'in-training'] as const) {
        expect(decideWithdrawal({ direction: 'outbound', status })).toBe('withdrawn');
      }
    });

    it('is refused once the referral has ended', () => {
      for (const status of ['declined', 'withdrawn', 'completed', 'dropped'] as const) {
        expect(() => decideWithdrawal({ direction: 'outbound', status })).toThrow(ReferralStateError);
      }
    });
  });

  describe('whether progress may go back to the referring node', () => {
    it('only under a consent whose purposes include progress-sharing', () => {
      expect(sharesProgress({ legalBasis: 'consent', consentPurposes: ['cross-border-referral', 'progress-sharing'] })).toBe(true);
      expect(sharesProgress({ legalBasis: 'consent', consentPurposes: ['cross-border-referral'] })).toBe(false);
      expect(sharesProgress({ legalBasis: 'consent', consentPurposes: null })).toBe(false);
    });

    it('never for a referral sent overriding consent', () => {
      expect(sharesProgress({ legalBasis: 'override', consentPurposes: ['progress-sharing'] })).toBe(false);
    });
  });

  describe('whether the trainee may be put before employers', () => {
    it('only under a consent whose purposes include employer-sharing, never under an override', () => {
      expect(sharesWithEmployers({ legalBasis: 'consent', consentPurposes: ['cross-border-referral', 'employer-sharing'] })).toBe(true);
      expect(sharesWithEmployers({ legalBasis: 'consent', consentPurposes: ['cross-border-referral', 'progress-sharing'] })).toBe(false);
      expect(sharesWithEmployers({ legalBasis: 'override', consentPurposes: ['employer-sharing'] })).toBe(false);
    });
  });
});
