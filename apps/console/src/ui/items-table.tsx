import type { ReactNode } from 'react';

/** Rows of a list under their column headers. */
export function ItemsTable({ headers, rows }: { headers: string[]; rows: Array<{ key: string; cells: ReactNode }> }) {
  return (
    <table>
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header} scope="col">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, cells }) => (
          <tr key={key}>{cells}</tr>
        ))}
      </tbody>
    </table>
  );
}
