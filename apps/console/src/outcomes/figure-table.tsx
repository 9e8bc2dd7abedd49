import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/use-format';
import { categoriesOf, cellOf, type Column, csvHeader, tableRows } from './columns';
import { downloadCsv } from './download-csv';
import type { TableKey } from './table-key';
import type { FigureText } from './use-figure-text';

/** The numbers behind the chart, one row per category and a value and count per column, with its CSV. */
export function FigureTable({ columns, tableKey, text, caption, fileName }: { columns: readonly Column[]; tableKey: TableKey; text: FigureText; caption: string; fileName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const categories = categoriesOf(columns, tableKey);
  const download = () => downloadCsv(`${fileName}.csv`, [[tableKey.breakdown, ...csvHeader(columns)], ...tableRows(columns, tableKey)]);
  return (
    <>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.breakdown(tableKey.breakdown)}</th>
            {columns.map((column) => (
              <th key={column.key} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {categories.map((category) => (
            <tr key={category}>
              <th scope="row">{text.category(tableKey.breakdown, category)}</th>
              {columns.map((column) => {
                const cell = cellOf(column, tableKey, category);
                return (
                  <td key={column.key}>
                    {!cell ? '–' : cell.suppressed ? <span className="status">{t('outcomes.suppressed')}</span> : (
                      <>
                        {text.value(tableKey, cell.value)} <span className="hint">{t('outcomes.people', { count: cell.n ?? 0, formatted: format.number(cell.n ?? 0) })}</span>
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={download}>
        {t('outcomes.downloadTable')}
      </button>
    </>
  );
}
