import { useTranslation } from 'react-i18next';
import { useApp } from '../../platform/appContext';
import { formatNumber } from '../../platform/common/format';
import { useCallData } from '../../platform/common/useCallData';
import { categoryName } from '../../catalogue/products/categoryName';
import { unitTotals } from './unitTotals';
import { orderForPrint, printSelection } from '../../platform/print/openPrintView';
import { PrintDocument } from '../../platform/print/PrintDocument';

/** DAFTAR UNIT USAHA (A4 landscape): owners, products, workers and capacity, with totals. */
export function UnitsPrint({ today }: { today: string }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const units = useCallData('units:list', {});
  const categories = useCallData('categories:list', {});
  const selection = printSelection('units');
  if (!units.data || !categories.data) return <div className="boot-message">{units.error ?? categories.error ?? t('ui.common.loading')}</div>;
  const rows = orderForPrint(units.data, selection);
  const byCode = new Map(categories.data.map((category) => [category.code, category]));
  const fmt = (value: number) => formatNumber(value, locale);
  const totals = unitTotals(rows);
  const allWorkers = rows.reduce((sum, unit) => sum + unit.workers, 0);
  const allCapacity = rows.reduce((sum, unit) => sum + unit.monthlyCapacity, 0);
  return (
    <PrintDocument
      list="units"
      title={t('ui.print.unitsTitle')}
      today={today}
      orientation="landscape"
      note={selection?.isFiltered ? t('ui.print.filtered', { shown: fmt(rows.length), total: fmt(units.data.length) }) : undefined}
      totals={
        <div className="print-totals" data-testid="print-totals">
          <div>
            <strong>{t('ui.print.unitsTotal', { count: totals.units, total: fmt(totals.units) })}</strong>{' '}
            {t('ui.print.unitsActive', { active: fmt(totals.active), workers: fmt(totals.workers), capacity: fmt(totals.capacity) })}
          </div>
        </div>
      }
    >
      <table className="print-table" data-testid="print-table">
        <thead>
          <tr>
            <th className="num">{t('ui.print.rowNo')}</th>
            <th>{t('unit.unitCode')}</th>
            <th>{t('unit.name')}</th>
            <th>{t('unit.ownerName')}</th>
            <th>{t('unit.nib')}</th>
            <th>{t('unit.kbli')}</th>
            <th>{t('unit.village')}</th>
            <th>{t('unit.categories')}</th>
            <th className="num">{t('ui.print.workersShort')}</th>
            <th className="num">{t('ui.print.capacityShort')}</th>
            <th className="center">{t('unit.qualityGrade')}</th>
            <th className="center">{t('unit.isActive')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((unit, index) => (
            <tr key={unit.id}>
              <td className="num">{index + 1}</td>
              <td className="nowrap">{unit.unitCode}</td>
              <td>{unit.name}</td>
              <td>{unit.ownerMemberNo ? `${unit.ownerName ?? ''} (${unit.ownerMemberNo})` : '—'}</td>
              <td className="nowrap mono">{unit.nib ?? ''}</td>
              <td className="mono">{unit.kbli ?? ''}</td>
              <td>{unit.village ?? ''}</td>
              <td>{unit.categories.map((code) => categoryName(byCode.get(code), code, locale)).join(', ')}</td>
              <td className="num">{fmt(unit.workers)}</td>
              <td className="num">{fmt(unit.monthlyCapacity)}</td>
              <td className="center">{unit.qualityGrade ?? ''}</td>
              <td className="center">{t(unit.isActive ? 'yesNo.yes' : 'yesNo.no')}</td>
            </tr>
          ))}
        </tbody>
        <tbody className="print-sum">
          <tr>
            <td colSpan={8}>{t('ui.print.sum')}</td>
            <td className="num">{fmt(allWorkers)}</td>
            <td className="num">{fmt(allCapacity)}</td>
            <td colSpan={2} />
          </tr>
        </tbody>
      </table>
    </PrintDocument>
  );
}
