import { SupportRuleError } from '../entitlements/entitlement';
import type { EntitlementStatus } from '../entitlements/entitlement.entity';

/** What deliveries add up to, or what one delivery takes. Units have two decimals at most. */
export interface Usage {
  amountMinor: number;
  units: number;
}

export interface Caps {
  capMinor: number;
  capUnits: number | null;
}

/** Support is logged only while an entitlement runs: not before approval, not after its end. */
export function assertDeliverable(status: EntitlementStatus): void {
  if (status !== 'approved') throw new SupportRuleError(`the entitlement is ${status}; support is logged only under an approved one`);
}

/** What a delivery costs unless told otherwise: its units at the type's unit cost, to the nearest minor unit. */
export function defaultAmount(units: number, unitCostMinor: number): number {
  return Math.round(units * unitCostMinor);
}

/** The cap is the most the budget committed: no delivery may take the entitlement past it, in money or in units. */
export function assertWithinCaps(caps: Caps, used: Usage, delivery: Usage): void {
  if (used.amountMinor + delivery.amountMinor > caps.capMinor) {
    throw new SupportRuleError(`the delivery would take the entitlement over its cap: ${caps.capMinor - used.amountMinor} of ${caps.capMinor} (minor units) is left`);
  }
  if (caps.capUnits === null) return;
  // In hundredths, so 0.1 + 0.2 units compare as 0.3 do.
  const left = hundredths(caps.capUnits) - hundredths(used.units);
  if (hundredths(delivery.units) > left) {
    throw new SupportRuleError(`the delivery would take the entitlement over its cap of ${caps.capUnits} units: ${left / 100} are left`);
  }
}

function hundredths(units: number): number {
  return Math.round(units * 100);
}
