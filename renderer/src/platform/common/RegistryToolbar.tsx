import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportKind } from '../../../../shared/api/files';
import { KindMenu } from './KindMenu';
import { SearchBox } from './SearchBox';
import type { RegistryArea } from './useRegistryPage';

interface RegistryToolbarProps {
  area: RegistryArea;
  hasSelection: boolean;
  search: string;
  onSearch(text: string): void;
  onAdd(): void;
  onEdit(): void;
  /** Absent where records are not removed (an order is cancelled instead). */
  onRemove?(): void;
  /** The lists this page moves through Excel; the first is its own. */
  kinds: readonly ImportKind[];
  onImport(kind: ImportKind): void;
  onExport(kind: ImportKind): void;
  onTemplate(kind: ImportKind): void;
  onPrint?(): void;
  /** The page's own actions on the selected record (BOM, Catat mutasi, Kurs). */
  actions?: ReactNode;
  /** The column chooser, which needs the grid. */
  columns: ReactNode;
  /** Quick filters shown before the search box. */
  filters?: ReactNode;
}

/** The row of actions above a registry table, the same on every list so hands learn it once. */
export function RegistryToolbar(props: RegistryToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="toolbar" role="toolbar" aria-label={t(`ui.${props.area}.title`)}>
      <div className="toolbar-group">
        <button type="button" className="button primary" data-testid="toolbar-add" onClick={props.onAdd}>
          + {t('ui.toolbar.add')}
        </button>
        <button type="button" className="button" data-testid="toolbar-edit" disabled={!props.hasSelection} onClick={props.onEdit}>
          {t('ui.toolbar.edit')}
        </button>
        {props.onRemove ? (
          <button type="button" className="button danger" data-testid="toolbar-remove" disabled={!props.hasSelection} onClick={props.onRemove}>
            {t('ui.toolbar.remove')}
          </button>
        ) : null}
      </div>
      {props.actions ? <div className="toolbar-group">{props.actions}</div> : null}
      <div className="toolbar-group">
        <KindMenu label={t('ui.toolbar.import')} kinds={props.kinds} onChoose={props.onImport} testId="toolbar-import" />
        <KindMenu label={t('ui.toolbar.export')} kinds={props.kinds} onChoose={props.onExport} testId="toolbar-export" />
        <KindMenu label={t('ui.toolbar.template')} kinds={props.kinds} onChoose={props.onTemplate} testId="toolbar-template" />
        {props.onPrint ? (
          <button type="button" className="button" data-testid="toolbar-print" onClick={props.onPrint}>
            {t('ui.toolbar.print')}
          </button>
        ) : null}
      </div>
      <div className="toolbar-spacer" />
      {props.filters}
      <SearchBox value={props.search} onChange={props.onSearch} placeholder={t(`ui.${props.area}.searchPlaceholder`)} testId="toolbar-search" />
      {props.columns}
    </div>
  );
}
