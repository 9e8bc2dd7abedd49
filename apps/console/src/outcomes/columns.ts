import type { FigureTable } from '../api/outcomes';
import type { CsvValue } from './csv';
import { findTable, type TableKey } from './table-key';

/** One series of figures shown side by side: this node's, a partner town's, or the region's. */
export interface Column {
  key: string;
  label: string;
  tables: readonly FigureTable[];
}

/** Every category any column has for the table, in the order they first appear. */
export function categoriesOf(columns: readonly Column[], key: TableKey): string[] {
  return [...new Set(columns.flatMap((column) => findTable(column.tables, key)?.cells.map((cell) => cell.category) ?? []))];
}

export function cellOf(column: Column, key: TableKey, category: string) {
  return findTable(column.tables, key)?.cells.find((cell) => cell.category === category);
}

/** A table's cells as CSV rows: the category, then each column's n and value; a suppressed cell says so. */
export function tableRows(columns: readonly Column[], key: TableKey): CsvValue[][] {
  return categoriesOf(columns, key).map((category) => [
    category,
    ...columns.flatMap((column): CsvValue[] => {
      const cell = cellOf(column, key, category);
      if (!cell) return [null, null];
      return cell.suppressed ? ['suppressed', null] : [cell.n, cell.value];
    }),
  ]);
}

export const csvHeader = (columns: readonly Column[]) => columns.flatMap((column) => [`${column.label} n`, `${column.label} value`]);
