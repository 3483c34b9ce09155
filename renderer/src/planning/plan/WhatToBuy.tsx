import { useTranslation } from 'react-i18next';
import type { ToBuyList, ToBuySupplier } from '../../../../shared/api/purchasing';
import { formatDateId } from '../../../../shared/dates';
import { useApp } from '../../platform/appContext';
import { formatAmount, formatNumber, formatQty } from '../../platform/common/format';
import { supplierFacts } from './supplierFacts';
import './to-buy.css';


/**
 * What to buy by when: the last plan's suggestions not yet on a purchase order, one block per
 * supplier with its order-by day, late ones marked. A suggestion a PO takes leaves the list.
 */
export function WhatToBuy({ list }: { list: ToBuyList | null }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const fmt = (value: number) => formatNumber(value, locale);
  if (!list) return <p className="info-banner" data-testid="to-buy-none">{t('purchasing.toBuy.noPlan')}</p>;
  const date = formatDateId(list.planToday);
  return (
    <section className="to-buy" data-testid="to-buy">
      <h3>{t('purchasing.toBuy.title')}</h3>
      <p data-testid="to-buy-summary">
        {list.open > 0
          ? t('purchasing.toBuy.summary', { count: list.open, formatted: fmt(list.open), date, late: fmt(list.late) })
          : t('purchasing.toBuy.none', { date })}{' '}
        {list.onPurchaseOrders > 0 ? (
          <span className="muted" data-testid="to-buy-ordered">
            {t('purchasing.toBuy.ordered', { count: list.onPurchaseOrders, formatted: fmt(list.onPurchaseOrders), orders: list.purchaseOrders.join(', ') })}
          </span>
        ) : null}
      </p>
      {list.suppliers.map((group) => (
        <SupplierBlock key={group.supplierName ?? ''} group={group} />
      ))}
    </section>
  );
}

function SupplierBlock({ group }: { group: ToBuySupplier }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const facts = supplierFacts(group, t, locale);
  return (
    <div className="to-buy-supplier" data-testid="to-buy-supplier">
      <h4>
        <span data-testid="to-buy-supplier-name">{group.supplierName ?? t('purchasing.toBuy.noSupplier')}</span>
        <span className={`muted${group.lateLines > 0 ? ' is-bad' : ''}`}> · {facts.join(' · ')}</span>
      </h4>
      <table className="plain-table">
        <thead>
          <tr>
            <th>{t('purchasing.toBuy.head.material')}</th>
            <th className="num">{t('purchasing.toBuy.head.buy')}</th>
            <th className="num">{t('purchasing.toBuy.head.need')}</th>
            <th className="num">{t('purchasing.toBuy.head.needBy')}</th>
            <th className="num">{t('purchasing.toBuy.head.orderBy')}</th>
            <th className="num">{t('purchasing.toBuy.head.cost')}</th>
          </tr>
        </thead>
        <tbody>
          {group.lines.map((line) => (
            <tr key={`${line.materialCode}|${line.needBy}`} data-testid="to-buy-line">
              <td>{`${line.materialName} (${line.materialCode})`}</td>
              <td className="num">{`${formatQty(line.purchaseQty, locale)} ${line.purchaseUom}`}</td>
              <td className="num muted">{`${formatQty(line.qty, locale)} ${line.uom}`}</td>
              <td className="num">{formatDateId(line.needBy)}</td>
              <td className={`num${line.isLate ? ' is-bad' : ''}`} data-testid="to-buy-order-by">
                {formatDateId(line.orderBy)}
                {line.isLate ? ` · ${t('purchasing.toBuy.late')}` : ''}
              </td>
              <td className="num">{line.cost > 0 ? formatAmount(line.cost, line.currency, locale) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
