import type { EntityManager } from 'typeorm';
import type { SupportType } from '@tandem/contracts';
import { monthBounds } from '../month';

/** One support log entry on a statement: what, when, how much, under which entitlement and funding source. */
export interface StatementLine {
  date: string;
  participantId: string;
  entitlementId: string;
  supportType: SupportType;
  supportTypeName: string;
  units: number;
  amountMinor: number;
  currency: string;
  fundingSource: string;
}

/**
 * The month's support log entries, filtered by trainee or by funding source, oldest first. Never the
 * reason, note or provider: a statement is about money.
 */
export async function statementLines(
  manager: EntityManager,
  month: string,
  filter: { participantId: string } | { fundingSourceId: string },
): Promise<StatementLine[]> {
  const { first, last } = monthBounds(month);
  const [column, value] = 'participantId' in filter ? ['e.participant_id', filter.participantId] : ['b.funding_source_id', filter.fundingSourceId];
  const rows: LineRow[] = await manager.query(
    `SELECT to_char(d.date, 'YYYY-MM-DD') AS date, e.participant_id, e.id AS entitlement_id, t.kind, t.name,
            d.units, d.amount_minor, e.currency, f.name AS funding_source
     FROM deliveries d
     JOIN entitlements e ON e.id = d.entitlement_id
     JOIN support_types t ON t.id = e.support_type_id
     JOIN budgets b ON b.id = e.budget_id
     JOIN funding_sources f ON f.id = b.funding_source_id
     WHERE ${column} = $1 AND d.date BETWEEN $2 AND $3
     ORDER BY d.date, d.recorded_at, d.id`,
    [value, first, last],
  );
  return rows.map((row) => ({
    date: row.date,
    participantId: row.participant_id,
    entitlementId: row.entitlement_id,
    supportType: row.kind,
    supportTypeName: row.name,
    units: Number(row.units),
    amountMinor: Number(row.amount_minor),
    currency: row.currency,
    fundingSource: row.funding_source,
  }));
}

interface LineRow {
  date: string;
  participant_id: string;
  entitlement_id: string;
  kind: SupportType;
  name: string;
  /** numeric and bigint arrive as strings */
  units: string;
  amount_minor: string;
  currency: string;
  funding_source: string;
}

/** Totals per currency, in minor units. */
export function totalsOf(lines: readonly StatementLine[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const line of lines) totals[line.currency] = (totals[line.currency] ?? 0) + line.amountMinor;
  return totals;
}
