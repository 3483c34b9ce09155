import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShipmentSummary } from '../../../../shared/api/shipments';
import { SearchBox } from '../../platform/common/SearchBox';

interface ShipmentsToolbarProps {
  selected: ShipmentSummary | null;
  search: string;
  onSearch(text: string): void;
  onAdd(): void;
  onOpen(): void;
  onPrint(list: 'invoice' | 'packing'): void;
  onWorkbook(): void;
  onImport(): void;
  onExport(): void;
  onTemplate(): void;
  columns: ReactNode;
}

/** New and open; the selected shipment's papers (print, Excel); the list in and out of Excel. */
export function ShipmentsToolbar(props: ShipmentsToolbarProps) {
  const { t } = useTranslation();
  const { selected } = props;
  return (
    <div className="toolbar" role="toolbar" aria-label={t('shipments.title')}>
      <div className="toolbar-group">
        <button type="button" className="button primary" data-testid="toolbar-add" onClick={props.onAdd}>
          + {t('shipments.toolbar.add')}
        </button>
        <button type="button" className="button" data-testid="toolbar-edit" disabled={!selected} onClick={props.onOpen}>
          {t('shipments.toolbar.open')}
        </button>
      </div>
      <div className="toolbar-group" title={t('shipments.toolbar.printHint')}>
        <button type="button" className="button" data-testid="toolbar-invoice" disabled={!selected} onClick={() => props.onPrint('invoice')}>
          {t('shipments.toolbar.invoice')}
        </button>
        <button type="button" className="button" data-testid="toolbar-packing" disabled={!selected} onClick={() => props.onPrint('packing')}>
          {t('shipments.toolbar.packing')}
        </button>
        <button type="button" className="button" data-testid="toolbar-workbook" disabled={!selected} onClick={props.onWorkbook}>
          {t('shipments.toolbar.workbook')}
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
      </div>
      <div className="toolbar-spacer" />
      <SearchBox value={props.search} onChange={props.onSearch} placeholder={t('shipments.searchPlaceholder')} testId="toolbar-search" />
      {props.columns}
    </div>
  );
}
