import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface RegistryToolbarProps {
  area: 'members' | 'units';
  hasSelection: boolean;
  search: string;
  onSearch(text: string): void;
  onAdd(): void;
  onEdit(): void;
  onRemove(): void;
  onImport(): void;
  onExport(): void;
  onTemplate(): void;
  onPrint(): void;
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
        <button type="button" className="button danger" data-testid="toolbar-remove" disabled={!props.hasSelection} onClick={props.onRemove}>
          {t('ui.toolbar.remove')}
        </button>
      </div>
      <div className="toolbar-group">
        <button type="button" className="button" data-testid="toolbar-import" onClick={props.onImport}>
          {t('ui.toolbar.import')}
        </button>
        <button type="button" className="button" data-testid="toolbar-export" onClick={props.onExport}>
          {t('ui.toolbar.export')}
        </button>
        <button type="button" className="button" data-testid="toolbar-template" onClick={props.onTemplate}>
          {t('ui.toolbar.template')}
        </button>
        <button type="button" className="button" data-testid="toolbar-print" onClick={props.onPrint}>
          {t('ui.toolbar.print')}
        </button>
      </div>
      <div className="toolbar-spacer" />
      {props.filters}
      <input
        type="search"
        className="search-box"
        placeholder={t(`ui.${props.area}.searchPlaceholder`)}
        aria-label={t('ui.toolbar.search')}
        value={props.search}
        data-testid="toolbar-search"
        onChange={(event) => props.onSearch(event.target.value)}
      />
      {props.columns}
    </div>
  );
}
