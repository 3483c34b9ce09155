import { useTranslation } from 'react-i18next';
import type { ToBuyList, ToBuySupplier } from '../../../../shared/api/purchasing';
import { formatDateId } from '../../../../shared/dates';
import { useApp } from '../../platform/appContext';
import { formatAmount, formatNumber, formatQty } from '../../platform/common/format';
import { supplierFacts } from './supplierFacts';

const HEADS = ['material', 'buy', 'need', 'needBy', 'orderBy', 'cost'] as const;

/**
 * What to buy by when, as the plan's tab shows it (`purchases:toBuy`): suggestions not yet on a
 * PO, one heading row per supplier with its order-by day and estimated cost, in one table.
 */
export function PlanPrintBuy({ list }: { list: ToBuyList | null }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const fmt = (value: number) => formatNumber(value, locale);
  if (!list) return <p className="plan-print-none">{t('purchasing.toBuy.noPlan')}</p>;
  const date = formatDateId(list.planToday);
  return (
    <>
      <p className="plan-print-line" data-testid="plan-print-buy-summary">
        {list.open > 0
          ? t('purchasing.toBuy.summary', { count: list.open, formatted: fmt(list.open), date, late: fmt(list.late) })
          : t('purchasing.toBuy.none', { date })}
        {list.onPurchaseOrders > 0 ? ` ${t('purchasing.toBuy.ordered', { count: list.onPurchaseOrders, formatted: fmt(list.onPurchaseOrders), orders: list.purchaseOrders.join(', ') })}` : ''}
      </p>
      {list.suppliers.length > 0 ? (
        <table className="print-table plan-print-buy" data-testid="plan-print-buy">
          <thead>
            <tr>
              {HEADS.map((key) => <th key={key} className={key === 'material' ? undefined : 'num'}>{t(`purchasing.toBuy.head.${key}`)}</th>)}
            </tr>
          </thead>
          {list.suppliers.map((group) => <SupplierRows key={group.supplierName ?? ''} group={group} />)}
        </table>
      ) : null}
    </>
  );
}

function SupplierRows({ group }: { group: ToBuySupplier }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const facts = supplierFacts(group, t, locale);
  return (
    <tbody className="plan-print-unit" data-testid="plan-print-supplier">
      <tr className="plan-print-unit-head">
        <td colSpan={HEADS.length}>
          <strong>{group.supplierName ?? t('purchasing.toBuy.noSupplier')}</strong> · {facts.join(' · ')}
        </td>
      </tr>
      {group.lines.map((line) => (
        <tr key={`${line.materialCode}|${line.needBy}`}>
          <td>{`${line.materialName} (${line.materialCode})`}</td>
          <td className="num nowrap">{`${formatQty(line.purchaseQty, locale)} ${line.purchaseUom}`}</td>
          <td className="num nowrap">{`${formatQty(line.qty, locale)} ${line.uom}`}</td>
          <td className="num nowrap">{formatDateId(line.needBy)}</td>
          <td className={`num nowrap${line.isLate ? ' plan-print-late-mark' : ''}`}>
            {formatDateId(line.orderBy)}
            {line.isLate ? ` · ${t('purchasing.toBuy.late')}` : ''}
          </td>
          <td className="num nowrap">{line.cost > 0 ? formatAmount(line.cost, line.currency, locale) : '–'}</td>
        </tr>
      ))}
    </tbody>
  );
}
