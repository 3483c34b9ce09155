import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { OrderStatus, OrderSummary } from '../../../../shared/domain/orders';
import { call } from '../../platform/api/client';
import { SORTABLE, type OrderSort } from './columns';

export interface OrderQuery {
  statuses: OrderStatus[];
  search: string;
}

const NEWEST_FIRST = { sort: 'orderDate', descending: true } satisfies { sort: OrderSort; descending: boolean };

/** The grid's sort model as orders:page takes it: one column the backend can sort by, else the newest orders first. */
function sortOf(params: IGetRowsParams<OrderSummary>) {
  const first = params.sortModel[0];
  const sort = SORTABLE.find((column) => column === first?.colId);
  return sort ? { sort, descending: first?.sort === 'desc' } : NEWEST_FIRST;
}

/**
 * Rows for ag-grid's infinite row model: each block of the grid is one `orders:page` call, with
 * the status chips and the search box as SQL filters. The total comes back with every page.
 */
export function ordersDatasource(query: OrderQuery, onTotal: (total: number) => void, onError: (error: unknown) => void): IDatasource {
  return {
    getRows(params: IGetRowsParams<OrderSummary>) {
      const search = query.search.trim();
      call('orders:page', {
        offset: params.startRow,
        limit: params.endRow - params.startRow,
        ...sortOf(params),
        ...(query.statuses.length > 0 ? { status: query.statuses } : {}),
        ...(search ? { search } : {}),
      })
        .then(({ rows, total }) => {
          onTotal(total);
          params.successCallback(rows, total);
        })
        .catch((error: unknown) => {
          onError(error);
          params.failCallback();
        });
    },
  };
}
