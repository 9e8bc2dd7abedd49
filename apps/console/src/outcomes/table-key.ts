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

/** The first item of each key, in order. */
function distinct<T>(items: readonly T[], keyOf: (item: T) => unknown[]): T[] {
  const seen = new Map<string, T>();
  for (const item of items) {
    const key = JSON.stringify(keyOf(item));
    if (!seen.has(key)) seen.set(key, item);
  }
  return [...seen.values()];
}

/** Each figure with its details, in the order the service lists them. */
export function figuresOf(tables: readonly FigureTable[]): Array<Pick<TableKey, 'figure' | 'detail'>> {
  return distinct(tables, ({ figure, detail }) => [figure, detail]).map(({ figure, detail }) => ({ figure, detail }));
}

/** Every table any column has, once. */
export function tableKeysOf(tables: readonly FigureTable[]): TableKey[] {
  return distinct(tables, ({ figure, detail, breakdown }) => [figure, detail, breakdown]);
}

export function breakdownsOf(tables: readonly FigureTable[]): string[] {
  return [...new Set(tables.map((table) => table.breakdown))];
}
