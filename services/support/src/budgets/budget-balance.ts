import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface BudgetBalance {
  amountMinor: number;
  /** Caps of approved, not-ended entitlements, plus what ended ones actually spent. */
  committedMinor: number;
  /** Every delivery charged to the budget through its entitlements. */
  spentMinor: number;
  /** amount − committed; what a new entitlement may still take. */
  availableMinor: number;
}

/**
 * Where a budget stands, computed from its entitlements and the support log rather than kept as
 * running totals, so no write can leave them out of step. Consistent within the caller's
 * transaction; an approval locks the budget row first, so two approvals never count the same money.
 */
export async function budgetBalance(manager: EntityManager, budgetId: string): Promise<BudgetBalance> {
  const [row] = await manager.query(
    `SELECT b.amount_minor AS amount,
            COALESCE(sum(CASE WHEN e.status = 'approved' THEN e.cap_minor ELSE e.spent END), 0) AS committed,
            COALESCE(sum(e.spent), 0) AS spent
       FROM budgets b
       LEFT JOIN (
         SELECT e.budget_id, e.status, e.cap_minor,
                (SELECT COALESCE(sum(d.amount_minor), 0) FROM deliveries d WHERE d.entitlement_id = e.id) AS spent
           FROM entitlements e
          WHERE e.status IN ('approved', 'ended')
       ) e ON e.budget_id = b.id
      WHERE b.id = $1
      GROUP BY b.id`,
    [budgetId],
  );
  if (!row) throw new NotFoundException(`budget ${budgetId} not found`);
  const [amountMinor, committedMinor, spentMinor] = [row.amount, row.committed, row.spent].map(Number);
  return { amountMinor, committedMinor, spentMinor, availableMinor: amountMinor - committedMinor };
}
