import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchBox } from '../platform/common/SearchBox';
import type { PurchaseRow } from './purchaseRows';

interface PurchasesToolbarProps {
  selected: PurchaseRow | null;
  isMakingFromPlan: boolean;
  search: string;
  onSearch(text: string): void;
  onAdd(): void;
  onOpen(): void;
  onFromPlan(): void;
  onReceive(): void;
  onPrint(): void;
  onExport(): void;
  columns: ReactNode;
}

/** New and open; POs from the plan's suggestions; receive and print the selected PO; the list to Excel. */
export function PurchasesToolbar(props: PurchasesToolbarProps) {
  const { t } = useTranslation();
  const { selected } = props;
  return (
    <div className="toolbar" role="toolbar" aria-label={t('purchasing.title')}>
      <div className="toolbar-group">
        <button type="button" className="button primary" data-testid="toolbar-add" onClick={props.onAdd}>
          + {t('purchasing.toolbar.add')}
        </button>
        <button type="button" className="button" data-testid="toolbar-edit" disabled={!selected} onClick={props.onOpen}>
          {t('purchasing.toolbar.open')}
        </button>
      </div>
      <div className="toolbar-group">
        <button type="button" className="button" data-testid="po-from-plan" disabled={props.isMakingFromPlan} onClick={props.onFromPlan} title={t('purchasing.toolbar.fromPlanHint')}>
          {props.isMakingFromPlan ? t('purchasing.toolbar.fromPlanBusy') : t('purchasing.toolbar.fromPlan')}
        </button>
      </div>
      <div className="toolbar-group">
        <button type="button" className="button" data-testid="toolbar-receive" disabled={selected?.status !== 'ordered'} onClick={props.onReceive}>
          {t('purchasing.action.receive')}
        </button>
        <button type="button" className="button" data-testid="toolbar-print" disabled={!selected} onClick={props.onPrint}>
          {t('purchasing.action.print')}
        </button>
        <button type="button" className="button" data-testid="toolbar-export" onClick={props.onExport}>
          {t('ui.toolbar.export')}
        </button>
      </div>
      <div className="toolbar-spacer" />
      <SearchBox value={props.search} onChange={props.onSearch} placeholder={t('purchasing.searchPlaceholder')} testId="toolbar-search" />
      {props.columns}
    </div>
  );
}
