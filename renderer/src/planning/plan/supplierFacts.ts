import type { TFunction } from 'i18next';
import type { ToBuySupplier } from '../../../../shared/api/purchasing';
import { formatDateId } from '../../../../shared/dates';
import type { Locale } from '../../../../shared/i18n';
import { formatAmount, formatNumber } from '../../platform/common/format';

/** What a supplier's block says beside its name, on screen and on the printed plan: order by, cost, lines without a price. */
export function supplierFacts(group: ToBuySupplier, t: TFunction, locale: Locale): string[] {
  const cost = group.cost.map((sum) => formatAmount(sum.amount, sum.currency, locale)).join(' + ');
  return [
    t('purchasing.toBuy.orderBy', { date: formatDateId(group.orderBy) }),
    cost ? t('purchasing.toBuy.cost', { value: cost }) : null,
    group.unpricedLines > 0 ? t('purchasing.toBuy.unpriced', { count: group.unpricedLines, formatted: formatNumber(group.unpricedLines, locale) }) : null,
  ].filter((fact) => fact !== null);
}
