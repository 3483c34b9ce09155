import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShipmentSummary } from '../../../../shared/api/shipments';
import { SHIPMENT_STATUSES, type ShipmentStatus } from '../../../../shared/domain/shipments';
import { call, deliverFile } from '../../platform/api/client';
import { useApp } from '../../platform/appContext';
import { errorMessage } from '../../platform/common/format';
import { navigate } from '../../platform/common/hashRoute';
import { PageHeader } from '../../platform/common/PageHeader';
import { UndoBar } from '../../platform/common/UndoBar';
import { useCallData } from '../../platform/common/useCallData';
import { useCentreToday } from '../../platform/common/useCentreToday';
import { useRegistryPage } from '../../platform/common/useRegistryPage';
import { ColumnChooser } from '../../platform/grid/ColumnChooser';
import { DataGrid } from '../../platform/grid/DataGrid';
import { BulkStatusButton } from '../../platform/bulk/BulkStatusButton';
import { useColumnState } from '../../platform/grid/useColumnState';
import { ImportWizard } from '../../platform/imports/ImportWizard';
import { shipmentColumns } from './columns';
import { ShipmentForm } from './ShipmentForm';
import { ShipmentsStatusBar } from './ShipmentsStatusBar';
import { ShipmentStatusChips } from './ShipmentStatusChips';
import { ShipmentsToolbar } from './ShipmentsToolbar';
import { useNextNumber } from '../../platform/bulk/useNextNumber';
import './shipments.css';
import { statusLabel } from '../../platform/common/statusLabel';

/** Pengapalan: every export shipment, from a draft of ready order lines to papers lodged and the bill of lading in. */
export function ShipmentsPage() {
  const { t } = useTranslation();
  const { locale } = useApp();
  const today = useCentreToday();
  const page = useRegistryPage<ShipmentSummary>();
  const list = useCallData('shipments:list', {});
  const savedColumns = useColumnState('grid.shipments');
  const columns = useMemo(() => shipmentColumns(t, locale), [t, locale]);
  const [statuses, setStatuses] = useState<ShipmentStatus[]>([]);
  const rowFilter = useMemo(() => (statuses.length > 0 ? (row: ShipmentSummary) => statuses.includes(row.status) : null), [statuses]);
  const counts = useMemo(() => countByStatus(list.data ?? []), [list.data]);
  const { editing, selected, notify } = page;
  // The next number of the whole year's series, not of the rows this list happens to show.
  const isNew = editing?.mode === 'new';
  const nextNo = useNextNumber('shipment', isNew);
  const [tickedIds, setTickedIds] = useState<number[]>([]);

  async function workbook(id: number) {
    try {
      const file = await call('files:shipment', { id });
      await deliverFile(file);
      notify({ message: t('shipments.notice.fileReady', { file: file.fileName }) });
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error) });
    }
  }

  return (
    <div className="list-page">
      <PageHeader title={t('shipments.title')} subtitle={t('shipments.subtitle')} />
      <ShipmentsToolbar
        selected={selected}
        search={page.search}
        onSearch={page.setSearch}
        onAdd={() => page.setEditing({ mode: 'new' })}
        onOpen={() => selected && page.setEditing({ mode: 'edit', id: selected.id })}
        onPrint={(printed) => selected && navigate({ page: 'print', list: printed, shipmentId: selected.id })}
        onWorkbook={() => selected && void workbook(selected.id)}
        onImport={() => page.setImporting('shipments')}
        onExport={() => page.exportList('shipments')}
        onTemplate={() => page.downloadTemplate('shipments')}
        columns={<ColumnChooser api={page.api} />}
      />
      <div className="filter-bar">
        <ShipmentStatusChips value={statuses} counts={counts} onChange={setStatuses} />
        <BulkStatusButton
          area="shipments"
          ids={tickedIds}
          statuses={SHIPMENT_STATUSES}
          word={(status) => statusLabel(t, 'shipment', status)}
          apply={(ids, status) => call('shipments:setStatusMany', { ids, status })}
          onChanged={() => void list.reload()}
        />
      </div>
      {list.error ? <div className="form-error" role="alert">{list.error}</div> : null}
      {savedColumns.state !== undefined ? (
        <DataGrid<ShipmentSummary>
          testId="shipments-grid"
          rows={list.data}
          columns={columns}
          rowId={(row) => String(row.id)}
          quickFilter={page.search}
          rowFilter={rowFilter}
          savedColumns={savedColumns.state}
          onColumnsChanged={savedColumns.save}
          onReady={page.setApi}
          onSelect={page.setSelected}
          onSelectMany={(many) => setTickedIds(many.map((row) => row.id))}
          onOpen={(row) => page.setEditing({ mode: 'edit', id: row.id })}
          onDisplayedCount={page.setDisplayed}
          emptyText={list.data && list.data.length > 0 ? t('shipments.noneMatching') : t('shipments.empty')}
        />
      ) : (
        <div className="grid-frame" />
      )}
      <ShipmentsStatusBar rows={list.data} displayed={page.displayed} />
      {page.notice ? <UndoBar notice={page.notice} onClose={() => notify(null)} /> : null}
      {editing && today && (!isNew || nextNo !== null) ? (
        <ShipmentForm
          shipmentId={editing.mode === 'edit' ? editing.id : null}
          today={today}
          suggestedNo={nextNo ?? ''}
          onClose={() => page.setEditing(null)}
          onSaved={(shipment, isNew) => {
            page.setEditing({ mode: 'edit', id: shipment.id });
            notify({ message: t(isNew ? 'shipments.notice.added' : 'shipments.notice.saved', { name: shipment.shipmentNo }) });
            void list.reload();
          }}
          onChanged={(shipment) => {
            notify({ message: t('shipments.notice.status', { name: shipment.shipmentNo, status: t(`shipments.status.${shipment.status}`) }) });
            void list.reload();
          }}
        />
      ) : null}
      {page.importing ? <ImportWizard kind={page.importing} onClose={() => page.setImporting(null)} onImported={() => void list.reload()} /> : null}
    </div>
  );
}

function countByStatus(rows: ShipmentSummary[]): Record<ShipmentStatus, number> {
  const counts = Object.fromEntries(SHIPMENT_STATUSES.map((status) => [status, 0])) satisfies Record<string, number>;
  for (const row of rows) counts[row.status] += 1;
  return { draft: counts.draft, booked: counts.booked, shipped: counts.shipped, closed: counts.closed, cancelled: counts.cancelled };
}
