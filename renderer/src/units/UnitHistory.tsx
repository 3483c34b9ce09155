import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../shared/dates';
import type { UnitStateChange } from '../../../shared/domain/unit';
import { useApp } from '../app/appContext';
import { formatNumber } from '../common/format';

/** Riwayat: activity, workers and capacity of the unit over time (the roadmap counts revived units from it). */
export function UnitHistory({ history }: { history: UnitStateChange[] }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  return (
    <section className="history" data-testid="unit-history">
      <h3>{t('ui.unitForm.history')}</h3>
      {history.length === 0 ? (
        <p className="muted">{t('ui.common.noHistory')}</p>
      ) : (
        <table className="plain-table compact">
          <thead>
            <tr>
              <th>{t('ui.form.validFrom')}</th>
              <th>{t('unit.isActive')}</th>
              <th className="num">{t('unit.workers')}</th>
              <th className="num">{t('unit.monthlyCapacity')}</th>
            </tr>
          </thead>
          <tbody>
            {[...history].reverse().map((change) => (
              <tr key={change.validFrom}>
                <td>{formatDateId(change.validFrom)}</td>
                <td>{t(change.isActive ? 'yesNo.yes' : 'yesNo.no')}</td>
                <td className="num">{formatNumber(change.workers, locale)}</td>
                <td className="num">{formatNumber(change.monthlyCapacity, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
