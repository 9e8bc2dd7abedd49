import { sharesProgress } from './referral';

describe('referral rules', () => {
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
});
