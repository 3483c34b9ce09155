import { useTranslation } from 'react-i18next';
import type { UnitStateChange } from '../../../../shared/domain/unit';
import { useApp } from '../../platform/appContext';
import { formatNumber } from '../../platform/common/format';
import { HistoryTable } from '../../platform/common/HistoryTable';

/** Riwayat: activity, workers and capacity of the unit over time (the roadmap counts revived units from it). */
export function UnitHistory({ history }: { history: UnitStateChange[] }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  return (
    <HistoryTable
      title={t('ui.unitForm.history')}
      testId="unit-history"
      history={history}
      columns={[
        { header: t('unit.isActive'), cell: (change) => t(change.isActive ? 'yesNo.yes' : 'yesNo.no') },
        { header: t('unit.workers'), isNumber: true, cell: (change) => formatNumber(change.workers, locale) },
        { header: t('unit.monthlyCapacity'), isNumber: true, cell: (change) => formatNumber(change.monthlyCapacity, locale) },
      ]}
    />
  );
}
