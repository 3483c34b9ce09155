import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridApi } from 'ag-grid-community';
import { usePopover } from '../common/usePopover';

/** Show or hide columns (ag-grid's column tool panel is Enterprise, so this one is ours). */
export function ColumnChooser<T>({ api }: { api: GridApi<T> | null }) {
  const { t } = useTranslation();
  const popover = usePopover<HTMLDivElement>();
  const [, setVersion] = useState(0);
  // The tick column of a bulk-action grid (ag-grid's own, `ag-Grid-SelectionColumn`) is no column to choose.
  const columns = (api?.getAllGridColumns() ?? []).filter((column) => !column.getColId().startsWith('ag-Grid-'));

  function toggle(colId: string, visible: boolean) {
    api?.setColumnsVisible([colId], visible);
    setVersion((v) => v + 1);
  }

  function reset() {
    api?.resetColumnState();
    setVersion((v) => v + 1);
  }

  return (
    <div className="popover-anchor" ref={popover.ref}>
      <button
        type="button"
        className="button"
        aria-expanded={popover.isOpen}
        disabled={!api}
        data-testid="columns-button"
        onClick={() => popover.setIsOpen(!popover.isOpen)}
      >
        {t('ui.toolbar.columns')} ▾
      </button>
      {popover.isOpen ? (
        <div className="popover column-chooser" data-testid="column-chooser">
          <div className="popover-title">{t('ui.toolbar.columnsTitle')}</div>
          <ul>
            {columns.map((column) => {
              const colId = column.getColId();
              return (
                <li key={colId}>
                  <label>
                    <input
                      type="checkbox"
                      checked={column.isVisible()}
                      data-testid={`column-toggle-${colId}`}
                      onChange={(event) => toggle(colId, event.target.checked)}
                    />
                    {column.getColDef().headerName ?? colId}
                  </label>
                </li>
              );
            })}
          </ul>
          <button type="button" className="link-button" data-testid="columns-reset" onClick={reset}>
            {t('ui.toolbar.columnsReset')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
