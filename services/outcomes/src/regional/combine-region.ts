import type { Cell } from '../figures/cells';
import type { FigureTable } from '../figures/figures';
import { type Combination, FIGURES } from '../figures/measures';

/** One town's figures as its partners received them: every cell already suppressed by that town. */
export interface TownFigures {
  municipality: string;
  asOf: string;
  publishedAt: string;
  minCell: number;
  tables: FigureTable[];
}

const COMBINATIONS = new Map(FIGURES.map((figure) => [figure.name, figure.combine]));

/**
 * A region's cell from the towns' cells of one category. Suppressed wherever any town suppressed it:
 * the region never shows what a town withheld, and every shown town cell is empty or at or above that
 * town's threshold, so neither is a region cell shown. Weighted means are taken from the towns' rounded values.
 */
export function combineCells(category: string, cells: readonly Cell[], combination: Combination): Cell {
  if (cells.some((cell) => cell.suppressed || cell.n === null)) return { category, n: null, value: null, suppressed: true };
  const n = cells.reduce((sum, cell) => sum + (cell.n ?? 0), 0);
  if (combination === 'sum') return { category, n, value: cells.reduce((sum, cell) => sum + (cell.value ?? 0), 0), suppressed: false };
  const weighed = cells.filter((cell) => cell.value !== null && (cell.n ?? 0) > 0);
  const base = weighed.reduce((sum, cell) => sum + (cell.n ?? 0), 0);
  const total = weighed.reduce((sum, cell) => sum + (cell.value ?? 0) * (cell.n ?? 0), 0);
  return { category, n, value: base === 0 ? null : Math.round((total / base) * 10_000) / 10_000, suppressed: false };
}

/**
 * The region's tables from its towns': a category one town does not have (another town's program)
 * counts as empty there. Figures that cannot be combined (medians) and figures this version does not
 * know are left out; each town's own figures still show them.
 */
export function combineRegion(towns: readonly TownFigures[]): FigureTable[] {
  const tables = new Map<string, { table: Omit<FigureTable, 'cells'>; combination: Combination; cells: Map<string, Cell[]> }>();
  for (const town of towns) {
    for (const table of town.tables) {
      const combination = COMBINATIONS.get(table.figure);
      if (!combination) continue;
      const key = JSON.stringify([table.figure, table.detail, table.breakdown]);
      const entry = tables.get(key) ?? { table: { figure: table.figure, detail: table.detail, breakdown: table.breakdown }, combination, cells: new Map() };
      tables.set(key, entry);
      for (const cell of table.cells) entry.cells.set(cell.category, [...(entry.cells.get(cell.category) ?? []), cell]);
    }
  }
  return [...tables.values()].map(({ table, combination, cells }) => ({
    ...table,
    cells: [...cells].map(([category, townCells]) => combineCells(category, townCells, combination)),
  }));
}
