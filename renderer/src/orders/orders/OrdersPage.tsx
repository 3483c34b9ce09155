import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORDER_STATUSES, type OrderStatus, type OrderSummary } from '../../../../shared/domain/orders';
import { call } from '../../platform/api/client';
import { useApp } from '../../platform/appContext';
import { errorMessage, formatNumber } from '../../platform/common/format';
import { PageHeader } from '../../platform/common/PageHeader';
import { RegistryToolbar } from '../../platform/common/RegistryToolbar';
import { UndoBar } from '../../platform/common/UndoBar';
import { useCentreToday } from '../../platform/common/useCentreToday';
import { useDebounced } from '../../platform/common/useDebounced';
import { useRegistryPage } from '../../platform/common/useRegistryPage';
import { ColumnChooser } from '../../platform/grid/ColumnChooser';
import { InfiniteGrid } from '../../platform/grid/InfiniteGrid';
import { BulkStatusButton } from '../../platform/bulk/BulkStatusButton';
import { useNextNumber } from '../../platform/bulk/useNextNumber';
import { useColumnState } from '../../platform/grid/useColumnState';
import { ImportWizard } from '../../platform/imports/ImportWizard';
import { orderColumns } from './columns';
import { OrderForm } from './OrderForm';
import { ordersDatasource } from './ordersDatasource';
import { PromiseDialog } from './PromiseDialog';
import { RatesDialog } from '../rates/RatesDialog';
import { StatusChips } from './StatusChips';
import { statusLabel } from '../../platform/common/statusLabel';

/**
 * Pesanan: every buyer's order, as many as the centre has (a hundred thousand orders, a million
 * lines): the table asks the backend for the rows in view, filtered and sorted in SQL.
 */
export function OrdersPage() {
  const { t } = useTranslation();
  const { locale } = useApp();
  const today = useCentreToday();
  const page = useRegistryPage<OrderSummary>();
  const savedColumns = useColumnState('grid.orders');
  const columns = useMemo(() => orderColumns(t, locale), [t, locale]);
  const [statuses, setStatuses] = useState<OrderStatus[]>([]);
  const search = useDebounced(page.search, 300);
  const [total, setTotal] = useState<number | null>(null);
  const [isRating, setIsRating] = useState(false);
  const [isPromising, setIsPromising] = useState(false);
  const { notify } = page;
  const datasource = useMemo(
    () => ordersDatasource({ statuses, search }, setTotal, (error) => notify({ tone: 'error', message: errorMessage(error) })),
    [statuses, search, notify],
  );
  const { api, editing, importing, selected } = page;
  const [tickedIds, setTickedIds] = useState<number[]>([]);
  const isNew = editing?.mode === 'new';
  const nextNo = useNextNumber('order', isNew);

  function refresh() {
    api?.refreshInfiniteCache();
  }

  return (
    <div className="list-page">
      <PageHeader title={t('ui.orders.title')} subtitle={t('ui.orders.subtitle')} />
      <RegistryToolbar
        area="orders"
        hasSelection={selected !== null}
        search={page.search}
        onSearch={page.setSearch}
        onAdd={() => page.setEditing({ mode: 'new' })}
        onEdit={() => selected && page.setEditing({ mode: 'edit', id: selected.id })}
        kinds={['orders', 'rates']}
        onImport={page.setImporting}
        onExport={page.exportList}
        onTemplate={page.downloadTemplate}
        actions={
          <>
            <button type="button" className="button" data-testid="toolbar-rates" onClick={() => setIsRating(true)}>
              {t('ui.rate.button')}
            </button>
            <button type="button" className="button" data-testid="toolbar-promise" onClick={() => setIsPromising(true)}>
              {t('ui.promise.button')}
            </button>
          </>
        }
        columns={<ColumnChooser api={api} />}
      />
      <div className="filter-bar">
        <StatusChips value={statuses} onChange={setStatuses} />
        <BulkStatusButton
          area="orders"
          ids={tickedIds}
          statuses={ORDER_STATUSES}
          word={(status) => statusLabel(t, 'order', status)}
          apply={(ids, status) => call('orders:setStatusMany', { ids, status })}
          onChanged={refresh}
        />
      </div>
      {savedColumns.state !== undefined ? (
        <InfiniteGrid<OrderSummary>
          testId="orders-grid"
          columns={columns}
          datasource={datasource}
          rowId={(order) => String(order.id)}
          emptyText={statuses.length > 0 || search ? t('ui.orders.noneMatching') : t('ui.orders.empty')}
          savedColumns={savedColumns.state}
          onColumnsChanged={savedColumns.save}
          onReady={page.setApi}
          onSelect={page.setSelected}
          onSelectMany={(rows) => setTickedIds(rows.map((row) => row.id))}
          onOpen={(order) => page.setEditing({ mode: 'edit', id: order.id })}
        />
      ) : (
        <div className="grid-frame" />
      )}
      <div className="status-bar">
        <span data-testid="orders-count">
          {total === null ? t('ui.common.loading') : t('ui.orders.count', { count: total, total: formatNumber(total, locale) })}
        </span>
        {statuses.length > 0 || search ? <span className="status-filtered">{t('ui.orders.filtered')}</span> : null}
        <span className="status-hint">{t('ui.common.doubleClickHint')}</span>
      </div>
      {page.notice ? <UndoBar notice={page.notice} onClose={() => notify(null)} /> : null}
      {editing && today && (!isNew || nextNo !== null) ? (
        <OrderForm
          orderId={editing.mode === 'edit' ? editing.id : null}
          today={today}
          suggestedNo={nextNo ?? ''}
          onClose={() => page.setEditing(null)}
          onSaved={(order, isNew) => {
            page.setEditing(null);
            notify({ message: t(isNew ? 'ui.orders.added' : 'ui.orders.saved', { name: order.orderNo }) });
            refresh();
          }}
          onStatusChanged={(order) => {
            notify({ message: t('ui.orders.statusChanged', { name: order.orderNo, status: t(`ui.orderStatus.${order.status}`) }) });
            refresh();
          }}
        />
      ) : null}
      {isRating && today ? <RatesDialog today={today} onClose={() => setIsRating(false)} /> : null}
      {isPromising && today ? <PromiseDialog today={today} onClose={() => setIsPromising(false)} /> : null}
      {importing ? <ImportWizard kind={importing} onClose={() => page.setImporting(null)} onImported={refresh} /> : null}
    </div>
  );
}
