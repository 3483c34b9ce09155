import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColDef, RowClassRules } from 'ag-grid-community';
import type { ImportKind } from '../../../../shared/api/files';
import { useApp } from '../appContext';
import { ColumnChooser } from '../grid/ColumnChooser';
import { DataGrid } from '../grid/DataGrid';
import { useColumnState } from '../grid/useColumnState';
import { ImportWizard } from '../imports/ImportWizard';
import { formatNumber } from './format';
import { PageHeader } from './PageHeader';
import { RegistryToolbar } from './RegistryToolbar';
import { UndoBar } from './UndoBar';
import type { CallData } from './useCallData';
import type { RegistryArea, RegistryPageState } from './useRegistryPage';

interface RegistryPageProps<T extends { id: number }> {
  area: RegistryArea;
  page: RegistryPageState<T>;
  list: CallData<T[]>;
  /** null while what the columns need (categories) is still loading. */
  columns: ColDef<T>[] | null;
  /** The lists the page moves through Excel; the first is its own. */
  kinds: readonly ImportKind[];
  /** How a notice names a row ("Anggota Siti Aminah ditambahkan"). */
  rowName(row: T): string;
  /** The add/change form for a record (null: a new one). */
  form(recordId: number | null, onClose: () => void, onSaved: (row: T, isNew: boolean) => void): ReactNode;
  onRemove?(row: T): void;
  onPrint?(): void;
  /** After an import: the page reloads what the list touched (default: its own table). */
  onImported?(kind: ImportKind): void;
  rowFilter?: ((row: T) => boolean) | null;
  rowClassRules?: RowClassRules<T>;
  filters?: ReactNode;
  actions?: ReactNode;
  /** What the empty table says: how to fill it. */
  emptyText?: string;
  /** The status bar's own figures (counts and totals), left of "ditampilkan". */
  count: ReactNode;
  /** Under the title: the page's other views (tabs). */
  header?: ReactNode;
  /** A panel under the table about the selected row (the product's BOM). */
  below?: ReactNode;
  /** The page's other dialogs. */
  children?: ReactNode;
}

/**
 * The frame every registry screen shares: title, toolbar, the table with its saved layout, the
 * status bar, the undo notice, the form and the import wizard — so hands learn it once.
 */
export function RegistryPage<T extends { id: number }>(props: RegistryPageProps<T>) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const { area, page, list } = props;
  const savedColumns = useColumnState(`grid.${area}`);
  const rows = list.data;
  const { selected, editing, importing } = page;
  const [justSaved, setJustSaved] = useState<string | null>(null);

  function saved(row: T, isNew: boolean) {
    page.setEditing(null);
    page.notify({ message: t(isNew ? `ui.${area}.added` : `ui.${area}.saved`, { name: props.rowName(row) }) });
    setJustSaved(String(row.id));
    void list.reload();
  }

  return (
    <div className="list-page">
      <PageHeader title={t(`ui.${area}.title`)} subtitle={t(`ui.${area}.subtitle`)} />
      {props.header}
      <RegistryToolbar
        area={area}
        hasSelection={selected !== null}
        search={page.search}
        onSearch={page.setSearch}
        onAdd={() => page.setEditing({ mode: 'new' })}
        onEdit={() => selected && page.setEditing({ mode: 'edit', id: selected.id })}
        onRemove={props.onRemove ? () => selected && props.onRemove?.(selected) : undefined}
        kinds={props.kinds}
        onImport={page.setImporting}
        onExport={page.exportList}
        onTemplate={page.downloadTemplate}
        onPrint={props.onPrint}
        actions={props.actions}
        columns={<ColumnChooser api={page.api} />}
        filters={props.filters}
      />
      {list.error ? (
        <div className="form-error" role="alert">
          {list.error}
        </div>
      ) : null}
      {savedColumns.state !== undefined && props.columns ? (
        <DataGrid<T>
          testId={`${area}-grid`}
          rows={rows}
          columns={props.columns}
          rowId={(row) => String(row.id)}
          quickFilter={page.search}
          rowFilter={props.rowFilter ?? null}
          rowClassRules={props.rowClassRules}
          savedColumns={savedColumns.state}
          onColumnsChanged={savedColumns.save}
          onReady={page.setApi}
          onSelect={page.setSelected}
          onOpen={(row) => page.setEditing({ mode: 'edit', id: row.id })}
          onDisplayedCount={page.setDisplayed}
          selectRowId={justSaved}
          emptyText={props.emptyText}
        />
      ) : (
        <div className="grid-frame" />
      )}
      <div className="status-bar">
        {rows ? props.count : <span>{t('ui.common.loading')}</span>}
        {rows && page.displayed !== rows.length ? (
          <span className="status-filtered" data-testid={`${area}-shown`}>
            {t('ui.common.shown', { count: page.displayed, shown: formatNumber(page.displayed, locale) })}
          </span>
        ) : null}
        <span className="status-hint">{t('ui.common.doubleClickHint')}</span>
      </div>
      {props.below}
      {page.notice ? <UndoBar notice={page.notice} onClose={() => page.notify(null)} /> : null}
      {editing ? props.form(editing.mode === 'edit' ? editing.id : null, () => page.setEditing(null), saved) : null}
      {importing ? (
        <ImportWizard
          kind={importing}
          onClose={() => page.setImporting(null)}
          onImported={() => (props.onImported ? props.onImported(importing) : void list.reload())}
        />
      ) : null}
      {props.children}
    </div>
  );
}
