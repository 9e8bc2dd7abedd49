import { stringify } from 'csv-stringify/sync';
import type { Figures } from './figures';

const COLUMNS = ['figure', 'detail', 'breakdown', 'category', 'n', 'value', 'suppressed'];

/** Every table as CSV, one line per cell; a suppressed cell has empty `n` and `value`. */
export function figuresCsv(figures: Figures): string {
  const lines = figures.tables.flatMap((table) =>
    table.cells.map((cell) => [table.figure, table.detail ?? '', table.breakdown, cell.category, cell.n ?? '', cell.value ?? '', String(cell.suppressed)]),
  );
  return stringify(lines, { header: true, columns: COLUMNS });
}
