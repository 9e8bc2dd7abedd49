import type { FigureTable } from '../api/outcomes';

/** One table of the figures: a figure, its detail (a drop-out reason, a currency, a survey question) and a breakdown. */
export interface TableKey {
  figure: string;
  detail: string | null;
  breakdown: string;
}

export const sameTable = (a: TableKey, b: TableKey) => a.figure === b.figure && a.detail === b.detail && a.breakdown === b.breakdown;

export function findTable(tables: readonly FigureTable[], key: TableKey): FigureTable | undefined {
  return tables.find((table) => sameTable(table, key));
}

/** Each figure with its details, in the order the service lists them. */
export function figuresOf(tables: readonly FigureTable[]): Array<Pick<TableKey, 'figure' | 'detail'>> {
  const seen = new Map<string, Pick<TableKey, 'figure' | 'detail'>>();
  for (const { figure, detail } of tables) seen.set(JSON.stringify([figure, detail]), { figure, detail });
  return [...seen.values()];
}

export function breakdownsOf(tables: readonly FigureTable[]): string[] {
  return [...new Set(tables.map((table) => table.breakdown))];
}
