import type { ReactNode } from 'react';
import type { Page } from '../api/intake';
import type { Resource } from '../api/use-resource';
import { ItemsTable } from './items-table';
import { LoadState } from './load-state';
import { Pager } from './pager';

interface PagedTableProps<Item> {
  resource: Resource<Page<Item>>;
  /** What an empty list says. */
  empty: string;
  headers: string[];
  /** The cells of one item's row. */
  cells: (item: Item) => ReactNode;
  onPage(page: number): void;
}

/** One page of a list as a table with a pager, or what it says when the list is empty. */
export function PagedTable<Item extends { id: string }>({ resource, empty, headers, cells, onPage }: PagedTableProps<Item>) {
  return (
    <LoadState resource={resource}>
      {(data) =>
        data.items.length === 0 ? (
          <p>{empty}</p>
        ) : (
          <>
            <ItemsTable headers={headers} rows={data.items.map((item) => ({ key: item.id, cells: cells(item) }))} />
            <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={onPage} />
          </>
        )
      }
    </LoadState>
  );
}
