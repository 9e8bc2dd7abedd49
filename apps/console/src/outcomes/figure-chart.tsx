import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { categoriesOf, cellOf, type Column } from './columns';
import type { TableKey } from './table-key';
import type { FigureText } from './use-figure-text';

const COLOURS = ['#1f5f99', '#b3541e', '#2e7d32', '#6a3d9a'];

/**
 * The table as bars, a colour per column. Suppressed cells have no bar; the table beside the chart says
 * why. Hidden from screen readers, which read the same numbers from that table.
 */
export function FigureChart({ columns, tableKey, text }: { columns: readonly Column[]; tableKey: TableKey; text: FigureText }) {
  const { i18n } = useTranslation();
  const rtl = i18n.dir() === 'rtl';
  const data = categoriesOf(columns, tableKey).map((category) => ({
    category: text.category(tableKey.breakdown, category),
    ...Object.fromEntries(columns.map((column) => {
      const cell = cellOf(column, tableKey, category);
      return [column.key, cell && !cell.suppressed ? cell.value : null];
    })),
  }));
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={320}>
        <BarChart data={data} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="category" reversed={rtl} />
          <YAxis orientation={rtl ? 'right' : 'left'} tickFormatter={(value: number) => text.value(tableKey, value)} width={80} />
          <Tooltip formatter={(value) => text.value(tableKey, typeof value === 'number' ? value : null)} />
          <Legend itemSorter={(item) => columns.findIndex((column) => column.key === item.dataKey)} />
          {columns.map((column, index) => (
            <Bar key={column.key} dataKey={column.key} name={column.label} fill={COLOURS[index % COLOURS.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
