import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridApi } from 'ag-grid-community';
import { PURCHASE_STATUSES, type PurchaseOrder, type PurchaseStatus } from '../../../shared/api/production';
import { call } from '../platform/api/client';
import { useApp } from '../platform/appContext';
import { formatNumber } from '../platform/common/format';
import { navigate } from '../platform/common/hashRoute';
import { PageHeader } from '../platform/common/PageHeader';
import { UndoBar, type Notice } from '../platform/common/UndoBar';
import { useCallData } from '../platform/common/useCallData';
import { useCentreToday } from '../platform/common/useCentreToday';
import { ColumnChooser } from '../platform/grid/ColumnChooser';
import { DataGrid } from '../platform/grid/DataGrid';
import { BulkStatusButton } from '../platform/bulk/BulkStatusButton';
import { useNextNumber } from '../platform/bulk/useNextNumber';
import { useColumnState } from '../platform/grid/useColumnState';
import { purchaseColumns } from './columns';
import { PurchaseForm } from './PurchaseForm';
import { purchaseRows, type PurchaseRow } from './purchaseRows';
import { PurchasesStatusBar } from './PurchasesStatusBar';
import { PurchaseStatusChips } from './PurchaseStatusChips';
import { PurchasesToolbar } from './PurchasesToolbar';
import { ReceiveDialog } from './ReceiveDialog';
import { usePurchaseFiles } from './usePurchaseFiles';
import { WhatToBuy } from '../planning/plan/WhatToBuy';
import './purchases.css';
import { statusLabel } from '../platform/common/statusLabel';

type Editing = { id: number | null } | null;

/** Pembelian: the cooperative's purchase orders to its suppliers, from the plan's suggestions to goods in store. */
export function PurchasesPage() {
  const { t } = useTranslation();
  const { locale } = useApp();
  const today = useCentreToday();
  const list = useCallData('purchases:list', {});
  const toBuy = useCallData('purchases:toBuy', {});
  const savedColumns = useColumnState('grid.purchases');
  const columns = useMemo(() => purchaseColumns(t, locale), [t, locale]);
  const rows = useMemo(() => (list.data ? purchaseRows(list.data) : null), [list.data]);
  const [api, setApi] = useState<GridApi<PurchaseRow> | null>(null);
  const [selectedRow, setSelected] = useState<PurchaseRow | null>(null);
  const [tickedIds, setTickedIds] = useState<number[]>([]);
  const [search, setSearch] = useState('');
  const [statuses, setStatuses] = useState<PurchaseStatus[]>([]);
  const [displayed, setDisplayed] = useState(0);
  const [editing, setEditing] = useState<Editing>(null);
  const [receiving, setReceiving] = useState<PurchaseOrder | null>(null);
  const [notice, notify] = useState<Notice | null>(null);
  // Every change of a PO may take suggestions off the list to buy, or put them back.
  const reloadAll = async () => {
    await Promise.all([list.reload(), toBuy.reload()]);
  };
  const isNew = editing !== null && editing.id === null;
  const nextNo = useNextNumber('purchase', isNew);
  const files = usePurchaseFiles(notify, reloadAll, toBuy.data);
  const rowFilter = useMemo(() => (statuses.length > 0 ? (row: PurchaseRow) => statuses.includes(row.status) : null), [statuses]);
  const counts = useMemo(() => countByStatus(rows ?? []), [rows]);
  const suppliers = useMemo(() => supplierNames(rows ?? []), [rows]);
  // The selected PO as the list has it now (its status may have moved since it was clicked).
  const selected = rows?.find((row) => row.id === selectedRow?.id) ?? null;

  function stepDone(po: PurchaseOrder, step: 'ordered' | 'received' | 'cancelled') {
    const key = step === 'received' && po.status !== 'received' ? 'receivedPart' : step;
    notify({ message: t(`purchasing.notice.${key}`, { name: po.poNo, supplier: po.supplier }) });
    void reloadAll();
  }

  return (
    <div className="list-page">
      <PageHeader title={t('purchasing.title')} subtitle={t('purchasing.subtitle')} />
      <PurchasesToolbar
        selected={selected}
        isMakingFromPlan={files.isMakingFromPlan}
        search={search}
        onSearch={setSearch}
        onAdd={() => setEditing({ id: null })}
        onOpen={() => selected && setEditing({ id: selected.id })}
        onFromPlan={files.fromPlan}
        onReceive={() => selected && setReceiving(selected)}
        onPrint={() => selected && navigate({ page: 'print', list: 'po', purchaseId: selected.id })}
        onExport={() => files.exportList(statuses)}
        columns={<ColumnChooser api={api} />}
      />
      <div className="to-buy-panel">
        {toBuy.data !== null || !toBuy.isLoading ? <WhatToBuy list={toBuy.data} /> : null}
      </div>
      <div className="filter-bar">
        <PurchaseStatusChips value={statuses} counts={counts} onChange={setStatuses} />
        <BulkStatusButton
          area="purchases"
          ids={tickedIds}
          statuses={PURCHASE_STATUSES}
          word={(status) => statusLabel(t, 'purchase', status)}
          apply={(ids, status) => call('purchases:setStatusMany', { ids, status })}
          onChanged={() => void reloadAll()}
        />
        <button type="button" className="button" disabled={tickedIds.length === 0} onClick={() => navigate({ page: 'print', list: 'po-ids', ids: tickedIds })} data-testid="purchases-bulk-print">
          {t('bulk.printSelected', { shown: formatNumber(tickedIds.length, locale) })}
        </button>
      </div>
      {list.error ? <div className="form-error" role="alert">{list.error}</div> : null}
      {savedColumns.state !== undefined ? (
        <DataGrid<PurchaseRow>
          testId="purchases-grid"
          rows={rows}
          columns={columns}
          rowId={(row) => String(row.id)}
          quickFilter={search}
          rowFilter={rowFilter}
          savedColumns={savedColumns.state}
          onColumnsChanged={savedColumns.save}
          onReady={setApi}
          onSelect={setSelected}
          onSelectMany={(many) => setTickedIds(many.map((row) => row.id))}
          onOpen={(row) => setEditing({ id: row.id })}
          onDisplayedCount={setDisplayed}
          emptyText={rows && rows.length > 0 ? t('purchasing.noneMatching') : t('purchasing.empty')}
        />
      ) : (
        <div className="grid-frame" />
      )}
      <PurchasesStatusBar rows={rows} displayed={displayed} />
      {notice ? <UndoBar notice={notice} onClose={() => notify(null)} /> : null}
      {editing && today && (!isNew || nextNo !== null) ? (
        <PurchaseForm
          purchaseId={editing.id}
          today={today}
          suggestedNo={nextNo ?? ''}
          suppliers={suppliers}
          onClose={() => setEditing(null)}
          onSaved={(po, isNew) => {
            setEditing(null);
            notify({ message: t(isNew ? 'purchasing.notice.added' : 'purchasing.notice.saved', { name: po.poNo }) });
            void reloadAll();
          }}
          onChanged={stepDone}
          onPrint={(po) => navigate({ page: 'print', list: 'po', purchaseId: po.id })}
        />
      ) : null}
      {receiving && today ? (
        <ReceiveDialog
          po={receiving}
          today={today}
          onClose={() => setReceiving(null)}
          onReceived={(po) => {
            setReceiving(null);
            stepDone(po, 'received');
          }}
        />
      ) : null}
    </div>
  );
}

function countByStatus(rows: PurchaseRow[]): Record<PurchaseStatus, number> {
  const counts: Record<PurchaseStatus, number> = { draft: 0, ordered: 0, received: 0, cancelled: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

/** Suppliers already known from earlier POs, A to Z, offered in the form's supplier field. */
function supplierNames(rows: PurchaseRow[]): string[] {
  return [...new Set(rows.map((row) => row.supplier))].sort((a, b) => a.localeCompare(b));
}
