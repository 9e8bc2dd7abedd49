import { stringify } from 'csv-stringify/sync';
import type { RegionalFigures } from '../regional/regional-figures';
import type { Figures, FigureTable } from './figures';

const COLUMNS = ['figure', 'detail', 'breakdown', 'category', 'n', 'value', 'suppressed'];

function lines(tables: readonly FigureTable[]): string[][] {
  return tables.flatMap((table) =>
    table.cells.map((cell) => [table.figure, table.detail ?? '', table.breakdown, cell.category, String(cell.n ?? ''), String(cell.value ?? ''), String(cell.suppressed)]),
  );
}

/** Every table as CSV, one line per cell; a suppressed cell has empty `n` and `value`. */
export function figuresCsv(figures: Figures): string {
  return stringify(lines(figures.tables), { header: true, columns: COLUMNS });
}

/** Every town's tables and the region's, one line per cell, the first column naming the town or `region`. */
export function regionalCsv(regional: RegionalFigures): string {
  const rows = [
    ...regional.towns.flatMap((town) => lines(town.tables).map((line) => [town.municipality, ...line])),
    ...lines(regional.region).map((line) => ['region', ...line]),
  ];
  return stringify(rows, { header: true, columns: ['town', ...COLUMNS] });
}
