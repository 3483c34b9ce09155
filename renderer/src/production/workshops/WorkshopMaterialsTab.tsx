import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopMaterialAccount } from '../../../../shared/api/production';
import type { Unit } from '../../../../shared/domain/unit';
import { call } from '../../platform/api/client';
import { useApp } from '../../platform/appContext';
import { AsOfDate } from '../../platform/common/AsOfDate';
import { readAsOf } from '../../platform/common/dateHint';
import { formatNumber } from '../../platform/common/format';
import { SearchBox } from '../../platform/common/SearchBox';
import type { Notice } from '../../platform/common/UndoBar';
import { useCallData } from '../../platform/common/useCallData';
import { accountColumns } from './columns';
import { ExportButton } from './ExportButton';
import { ShownGrid } from './ShownGrid';
import { UnitFilter } from './UnitFilter';

interface WorkshopMaterialsTabProps {
  today: string;
  units: Unit[] | null;
  notify(notice: Notice): void;
}

/** Bahan di Unit: the cooperative's material each workshop still holds on a date, or has used beyond it. */
export function WorkshopMaterialsTab({ today, units, notify }: WorkshopMaterialsTabProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const [asOfText, setAsOfText] = useState('');
  const [unitCode, setUnitCode] = useState('');
  const [search, setSearch] = useState('');
  const [shown, setShown] = useState<WorkshopMaterialAccount[]>([]);
  const asOf = readAsOf(asOfText).iso ?? today;
  const input = { asOf, ...(unitCode ? { unitCode } : {}) };
  const accounts = useCallData('workshops:materials', input);
  const columns = useMemo(() => accountColumns(t, locale), [t, locale]);
  const holders = new Set(shown.map((row) => row.unitCode)).size;
  const overused = shown.filter((row) => row.balance < 0).length;
  return (
    <div className="tab-body" data-testid="workshop-materials">
      <AsOfDate text={asOfText} onChange={setAsOfText} today={today} showing={accounts.data ? asOf : null} testId="materials-as-of" />
      <div className="toolbar" role="toolbar" aria-label={t('workshops.view.materials')}>
        <UnitFilter units={units} value={unitCode} onChange={setUnitCode} testId="materials-unit" />
        <SearchBox value={search} onChange={setSearch} placeholder={t('workshops.materials.searchPlaceholder')} testId="materials-search" />
        <div className="toolbar-spacer" />
        <ExportButton make={() => call('files:workshopMaterials', input)} notify={notify} testId="materials-export" />
      </div>
      {accounts.error ? <div className="form-error">{accounts.error}</div> : null}
      <ShownGrid<WorkshopMaterialAccount>
        prefKey="grid.workshopMaterials"
        testId="materials-grid"
        rows={accounts.data}
        columns={columns}
        rowId={(row) => `${row.unitCode}/${row.materialCode}`}
        quickFilter={search}
        onShown={setShown}
        emptyText={t('workshops.materials.empty')}
      />
      <div className="status-bar">
        <span data-testid="materials-count">
          {t('workshops.materials.count', { count: shown.length, shown: formatNumber(shown.length, locale), units: formatNumber(holders, locale) })}
        </span>
        <span className={overused > 0 ? 'status-warning' : ''} data-testid="materials-overuse">
          {t('workshops.materials.overuse', { count: overused, number: formatNumber(overused, locale) })}
        </span>
        <span className="status-hint">{t('workshops.materials.note')}</span>
      </div>
    </div>
  );
}
