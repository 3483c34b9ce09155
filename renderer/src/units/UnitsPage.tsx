import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridApi } from 'ag-grid-community';
import type { Unit } from '../../../shared/domain/unit';
import { call } from '../api/client';
import { useApp } from '../app/appContext';
import { ChoiceFilter } from '../common/ChoiceFilter';
import { downloadTemplate, exportWorkbook } from '../common/fileActions';
import { errorMessage, formatNumber } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { RegistryToolbar } from '../common/RegistryToolbar';
import { UndoBar, type Notice } from '../common/UndoBar';
import { useCallData } from '../common/useCallData';
import { ColumnChooser } from '../grid/ColumnChooser';
import { DataGrid } from '../grid/DataGrid';
import { selectRow } from '../grid/selectRow';
import { useColumnState } from '../grid/useColumnState';
import { ImportWizard } from '../imports/ImportWizard';
import { openPrintView } from '../print/openPrintView';
import { unitColumns } from './columns';
import { UnitForm } from './UnitForm';
import { unitTotals } from './unitTotals';

type Editing = { mode: 'new' } | { mode: 'edit'; id: number } | null;

/** Unit Usaha: every workshop of the centre, member-owned or not, with workers and capacity. */
export function UnitsPage() {
  const { t } = useTranslation();
  const { locale } = useApp();
  const units = useCallData('units:list', {});
  const categories = useCallData('categories:list', {});
  const savedColumns = useColumnState('grid.units');
  const columns = useMemo(() => unitColumns(t, locale, categories.data ?? []), [t, locale, categories.data]);
  const [api, setApi] = useState<GridApi<Unit> | null>(null);
  const [selected, setSelected] = useState<Unit | null>(null);
  const [search, setSearch] = useState('');
  const [activity, setActivity] = useState<'' | 'active' | 'inactive'>('');
  const rowFilter = useMemo(() => (activity ? (unit: Unit) => unit.isActive === (activity === 'active') : null), [activity]);
  const [displayed, setDisplayed] = useState(0);
  const [editing, setEditing] = useState<Editing>(null);
  const [isImporting, setIsImporting] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const totals = unitTotals(units.data ?? []);
  const fmt = (value: number) => formatNumber(value, locale);

  async function restore(unit: Unit) {
    try {
      await call('units:restore', { id: unit.id });
      await units.reload();
      setNotice({ message: t('ui.units.restored', { name: unit.name }) });
    } catch (error) {
      setNotice({ tone: 'error', message: errorMessage(error) });
    }
  }

  async function remove(unit: Unit) {
    try {
      await call('units:remove', { id: unit.id });
      await units.reload();
      setNotice({ message: t('ui.units.removed', { name: unit.name }), onUndo: () => void restore(unit) });
    } catch (error) {
      setNotice({ tone: 'error', message: errorMessage(error) });
    }
  }

  async function runFileAction(action: () => Promise<string>) {
    try {
      setNotice({ message: t('ui.common.fileReady', { file: await action() }) });
    } catch (error) {
      setNotice({ tone: 'error', message: errorMessage(error) });
    }
  }

  return (
    <div className="list-page">
      <PageHeader title={t('ui.units.title')} subtitle={t('ui.units.subtitle')} />
      <RegistryToolbar
        area="units"
        hasSelection={selected !== null}
        search={search}
        onSearch={setSearch}
        onAdd={() => setEditing({ mode: 'new' })}
        onEdit={() => selected && setEditing({ mode: 'edit', id: selected.id })}
        onRemove={() => selected && void remove(selected)}
        onImport={() => setIsImporting(true)}
        onExport={() => void runFileAction(() => exportWorkbook('units'))}
        onTemplate={() => void runFileAction(() => downloadTemplate('units'))}
        onPrint={() => openPrintView('units', api)}
        columns={<ColumnChooser api={api} />}
        filters={
          <ChoiceFilter
            label={t('unit.isActive')}
            value={activity}
            options={[
              { value: '', label: t('ui.filter.all') },
              { value: 'active', label: t('ui.filter.active') },
              { value: 'inactive', label: t('ui.filter.inactive') },
            ]}
            onChange={(value) => setActivity(value === 'active' || value === 'inactive' ? value : '')}
            testId="filter-active"
          />
        }
      />
      {units.error ? (
        <div className="form-error" role="alert">
          {units.error}
        </div>
      ) : null}
      {savedColumns.state !== undefined && categories.data ? (
        <DataGrid<Unit>
          testId="units-grid"
          rows={units.data}
          columns={columns}
          rowId={(unit) => String(unit.id)}
          quickFilter={search}
          rowFilter={rowFilter}
          savedColumns={savedColumns.state}
          onColumnsChanged={savedColumns.save}
          onReady={setApi}
          onSelect={setSelected}
          onOpen={(unit) => setEditing({ mode: 'edit', id: unit.id })}
          onDisplayedCount={setDisplayed}
        />
      ) : (
        <div className="grid-frame" />
      )}
      <div className="status-bar">
        <span data-testid="units-count">
          {units.data ? t('ui.units.count', { count: totals.units, total: fmt(totals.units), active: fmt(totals.active) }) : t('ui.common.loading')}
        </span>
        <span data-testid="units-workers">{t('ui.units.workersTotal', { workers: fmt(totals.workers) })}</span>
        <span>{t('ui.units.capacityTotal', { capacity: fmt(totals.capacity) })}</span>
        {units.data && displayed !== totals.units ? (
          <span className="status-filtered">{t('ui.common.shown', { count: displayed, shown: fmt(displayed) })}</span>
        ) : null}
        <span className="status-hint">{t('ui.common.doubleClickHint')}</span>
      </div>
      {notice ? <UndoBar notice={notice} onClose={() => setNotice(null)} /> : null}
      {editing && categories.data ? (
        <UnitForm
          unitId={editing.mode === 'edit' ? editing.id : null}
          categories={categories.data}
          onClose={() => setEditing(null)}
          onSaved={(unit, isNew) => {
            setEditing(null);
            setNotice({ message: t(isNew ? 'ui.units.added' : 'ui.units.saved', { name: unit.name }) });
            void units.reload().then(() => selectRow(api, unit.id));
          }}
        />
      ) : null}
      {isImporting ? <ImportWizard kind="units" onClose={() => setIsImporting(false)} onImported={() => void units.reload()} /> : null}
    </div>
  );
}
