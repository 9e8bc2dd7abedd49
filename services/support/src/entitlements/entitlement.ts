import type { EntitlementStatus } from './entitlement.entity';

/** A support rule said no: the request was understood, the entitlement's state or its budget forbids it (409). */
export class SupportRuleError extends Error {
  override readonly name = 'SupportRuleError';
}

/**
 * Four-eyes: a cap above the threshold waits for a second social worker; one at or below it is
 * approved at once by the requester, as long as the budget can carry it.
 */
export function statusOnRequest(capMinor: number, thresholdMinor: number): 'approved' | 'pending-approval' {
  return capMinor > thresholdMinor ? 'pending-approval' : 'approved';
}

export function assertApprovable(entitlement: { status: EntitlementStatus; requestedBy: string }, approver: string): void {
  if (entitlement.status !== 'pending-approval') throw new SupportRuleError(`the entitlement is ${entitlement.status}, not pending approval`);
  if (entitlement.requestedBy === approver) throw new SupportRuleError('the entitlement needs a second approver who is not the requester');
}

/** Approving commits the whole cap: refused if the budget has less than that left. */
export function assertAffordable(capMinor: number, availableMinor: number, currency: string): void {
  if (capMinor > availableMinor) {
    throw new SupportRuleError(`the cap of ${capMinor} would overspend the budget: ${availableMinor} ${currency} (minor units) is still available`);
  }
}

export function assertRejectable(status: EntitlementStatus): void {
  if (status !== 'pending-approval') throw new SupportRuleError(`the entitlement is ${status}; only one pending approval can be rejected`);
}

/** Only a running entitlement ends; from then on the budget counts what it spent instead of its cap. */
export function assertEndable(status: EntitlementStatus): void {
  if (status !== 'approved') throw new SupportRuleError(`the entitlement is ${status}; only an approved one can end`);
}
