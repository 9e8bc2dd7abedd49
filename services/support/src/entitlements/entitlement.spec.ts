import { assertAffordable, assertApprovable, assertEndable, assertRejectable, statusOnRequest, SupportRuleError } from './entitlement';

describe('entitlement rules', () => {
  it('approves a cap up to the four-eyes threshold at once and holds a larger one for a second approver', () => {
    expect(statusOnRequest(50_000, 50_000)).toBe('approved');
    expect(statusOnRequest(1, 50_000)).toBe('approved');
    expect(statusOnRequest(50_001, 50_000)).toBe('pending-approval');
    expect(statusOnRequest(1, 0)).toBe('pending-approval');
  });

  it('lets another social worker approve a pending entitlement, never its requester', () => {
    const pending = { status: 'pending-approval' as const, requestedBy: 'sw-eva' };
    expect(() => assertApprovable(pending, 'sw-jonas')).not.toThrow();
    expect(() => assertApprovable(pending, 'sw-eva')).toThrow('needs a second approver who is not the requester');
  });

  it('approves only what is pending', () => {
    for (const status of ['approved', 'rejected', 'ended'] as const) {
      expect(() => assertApprovable({ status, requestedBy: 'sw-eva' }, 'sw-jonas')).toThrow(SupportRuleError);
    }
  });

  it('refuses a cap the budget can no longer carry, and takes one that uses up the last cent', () => {
    expect(() => assertAffordable(30_000, 30_000, 'EUR')).not.toThrow();
    expect(() => assertAffordable(30_001, 30_000, 'EUR')).toThrow('would overspend the budget');
    expect(() => assertAffordable(1, -5, 'EUR')).toThrow(SupportRuleError);
  });

  it('rejects only a pending entitlement and ends only an approved one', () => {
    expect(() => assertRejectable('pending-approval')).not.toThrow();
    expect(() => assertRejectable('approved')).toThrow(SupportRuleError);
    expect(() => assertEndable('approved')).not.toThrow();
    for (const status of ['pending-approval', 'rejected', 'ended'] as const) expect(() => assertEndable(status)).toThrow(SupportRuleError);
  });
});
