import { stringify } from 'csv-stringify/sync';
import type { StatementLine } from './statement-lines';

const COLUMNS: Array<keyof StatementLine> = [
  'date',
  'participantId',
  'entitlementId',
  'supportType',
  'supportTypeName',
  'units',
  'amountMinor',
  'currency',
  'fundingSource',
];

/** The statement as CSV, one line per support log entry, with a header row; amounts in minor units. */
export function statementCsv(lines: readonly StatementLine[]): string {
  return stringify(
    lines.map((line) => COLUMNS.map((column) => line[column])),
    { header: true, columns: COLUMNS },
  );
}
