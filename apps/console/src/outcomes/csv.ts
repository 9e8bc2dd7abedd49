export type CsvValue = string | number | null;

const quoted = (value: CsvValue) => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** RFC 4180 text, with a byte order mark so spreadsheet programs read it as UTF-8. */
export function csvText(rows: readonly CsvValue[][]): string {
  return `\ufeff${rows.map((row) => row.map(quoted).join(',')).join('\r\n')}\r\n`;
}
