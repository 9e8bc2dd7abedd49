import { type CsvValue, csvText } from './csv';

/** Hands the text to the browser as a file to save. */
export function downloadCsv(filename: string, rows: readonly CsvValue[][]): void {
  const url = URL.createObjectURL(new Blob([csvText(rows)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}
