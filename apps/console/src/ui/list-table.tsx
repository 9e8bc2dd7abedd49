import type { ReactNode } from 'react';
import type { Resource } from '../api/use-resource';
import { ItemsTable } from './items-table';
import { LoadState } from './load-state';

interface ListTableProps<Item> {
  /** A whole list, as services give short to-do lists and an employer's own vacancies: no pages. */
  resource: Resource<Item[]>;
  /** What an empty list says. */
  empty: string;
  headers: string[];
  /** Each item's key and the cells of its row. */
  row: (item: Item) => { key: string; cells: ReactNode };
}

/** A list as a table, or what it says when the list is empty. */
export function ListTable<Item>({ resource, empty, headers, row }: ListTableProps<Item>) {
  return (
    <LoadState resource={resource}>
      {(items) =>
        items.length === 0 ? (
          <p>{empty}</p>
        ) : (
          <ItemsTable headers={headers} rows={items.map(row)} />
        )
      }
    </LoadState>
  );
}
