import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../shared/domain/unit';
import { call } from '../../platform/api/client';
import { useApp } from '../../platform/appContext';
import { formatNumber } from '../../platform/common/format';
import { SearchBox } from '../../platform/common/SearchBox';
import type { Notice } from '../../platform/common/UndoBar';
import { useCallData } from '../../platform/common/useCallData';
import { deliveryColumns, type DeliveryRow } from './columns';
import { ExportButton } from './ExportButton';
import { deliveryRow, formatPercent, rejectShare, sumBy } from './figures';
import { PeriodBar } from './PeriodBar';
import { ShownGrid } from './ShownGrid';
import { UnitFilter } from './UnitFilter';
import type { PeriodInput } from './usePeriodInput';

interface DeliveriesTabProps {
  periodInput: PeriodInput;
  today: string;
  units: Unit[] | null;
  notify(notice: Notice): void;
}

/** Setoran: what the workshops handed in during the period, with QC's verdict, per workshop or all. */
export function DeliveriesTab({ periodInput, today, units, notify }: DeliveriesTabProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const { period } = periodInput;
  const [unitCode, setUnitCode] = useState('');
  const [search, setSearch] = useState('');
  const [shown, setShown] = useState<DeliveryRow[]>([]);
  const deliveries = useCallData('deliveries:list', { ...period, ...(unitCode ? { unitCode } : {}) });
  const columns = useMemo(() => deliveryColumns(t, locale), [t, locale]);
  const rows = useMemo(() => {
    const names = new Map((units ?? []).map((unit) => [unit.unitCode, unit.name]));
    return deliveries.data?.map((delivery) => deliveryRow(delivery, names)) ?? null;
  }, [deliveries.data, units]);
  const accepted = sumBy(shown, (row) => row.accepted);
  const rejected = sumBy(shown, (row) => row.rejected);
  return (
    <div className="tab-body" data-testid="deliveries">
      <PeriodBar input={periodInput} today={today} />
      <div className="toolbar" role="toolbar" aria-label={t('workshops.view.deliveries')}>
        <UnitFilter units={units} value={unitCode} onChange={setUnitCode} testId="deliveries-unit" />
        <SearchBox value={search} onChange={setSearch} placeholder={t('workshops.deliveries.searchPlaceholder')} testId="deliveries-search" />
        <div className="toolbar-spacer" />
        <ExportButton make={() => call('files:deliveries', { ...period, ...(unitCode ? { unitCode } : {}) })} notify={notify} testId="deliveries-export" />
      </div>
      {deliveries.error ? <div className="form-error">{deliveries.error}</div> : null}
      <ShownGrid<DeliveryRow>
        prefKey="grid.deliveries"
        testId="deliveries-grid"
        rows={rows}
        columns={columns}
        rowId={(row) => String(row.id)}
        quickFilter={search}
        onShown={setShown}
        emptyText={t('workshops.deliveries.empty')}
      />
      <div className="status-bar">
        <span data-testid="deliveries-count">{t('workshops.deliveries.count', { count: shown.length, shown: formatNumber(shown.length, locale) })}</span>
        <span data-testid="deliveries-totals">
          {t('workshops.deliveries.totals', {
            accepted: formatNumber(accepted, locale), rejected: formatNumber(rejected, locale), pct: formatPercent(rejectShare(accepted, rejected), locale),
          })}
        </span>
      </div>
    </div>
  );
}
