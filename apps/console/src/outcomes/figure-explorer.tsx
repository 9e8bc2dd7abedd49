import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../ui/field';
import { type Column, csvHeader, tableRows } from './columns';
import { downloadCsv } from './download-csv';
import { FigureChart } from './figure-chart';
import { FigureTable } from './figure-table';
import { breakdownsOf, figuresOf, type TableKey, tableKeysOf } from './table-key';
import { useFigureText } from './use-figure-text';
import './outcomes.css';

/**
 * One figure by one breakdown at a time, as a chart and as the table behind it, for every column side by
 * side; and every table of every column at once as one CSV. `programTitles` names the program breakdown's categories.
 */
export function FigureExplorer({ columns, fileName, programTitles }: { columns: readonly Column[]; fileName: string; programTitles: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const text = useFigureText(programTitles);
  const tables = columns.flatMap((column) => column.tables);
  const figures = figuresOf(tables);
  const breakdowns = breakdownsOf(tables);
  const [figureIndex, setFigureIndex] = useState(0);
  const [breakdown, setBreakdown] = useState(breakdowns[0] ?? 'total');
  const figure = figures[figureIndex];
  if (!figure) return <p>{t('outcomes.empty')}</p>;
  const tableKey: TableKey = { ...figure, breakdown };
  const caption = breakdown === 'total' ? text.figure(figure) : t('outcomes.caption', { figure: text.figure(figure), breakdown: text.breakdown(breakdown) });
  const downloadAll = () => {
    const rows = tableKeysOf(tables).flatMap((key) => tableRows(columns, key).map((row) => [key.figure, key.detail, key.breakdown, ...row]));
    downloadCsv(`${fileName}.csv`, [['figure', 'detail', 'breakdown', 'category', ...csvHeader(columns)], ...rows]);
  };
  return (
    <>
      <div className="panel figure-choice">
        <Field label={t('outcomes.chooseFigure')} name="figure">
          <select value={figureIndex} onChange={(event) => setFigureIndex(Number(event.target.value))}>
            {figures.map((option, index) => (
              <option key={`${option.figure}:${option.detail ?? ''}`} value={index}>
                {text.figure(option)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('outcomes.chooseBreakdown')} name="breakdown">
          <select value={breakdown} onChange={(event) => setBreakdown(event.target.value)}>
            {breakdowns.map((option) => (
              <option key={option} value={option}>
                {text.breakdown(option)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <section aria-labelledby="figure-heading">
        <h2 id="figure-heading">{caption}</h2>
        <FigureChart columns={columns} tableKey={tableKey} text={text} />
        <FigureTable columns={columns} tableKey={tableKey} text={text} caption={caption} fileName={`${fileName}-${figure.figure}${figure.detail ? `-${figure.detail}` : ''}-${breakdown}`} />
      </section>
      <p>
        <button type="button" onClick={downloadAll}>
          {t('outcomes.downloadAll')}
        </button>
      </p>
    </>
  );
}
