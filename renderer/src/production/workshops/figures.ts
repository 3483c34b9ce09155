import type { Delivery, PieceRateStatement } from '../../../../shared/api/production';
import type { Locale } from '../../../../shared/i18n';
import { formatNumber } from '../../platform/common/format';
import type { DeliveryRow, StatementRow } from './columns';

/** A share as Indonesian writes it: `6,3 %`, one decimal. */
export function formatPercent(share: number, locale: Locale): string {
  return `${formatNumber(Math.round(share * 1000) / 10, locale)} %`;
}

/** Rejected ÷ handed in (accepted + rejected); 0 when nothing was handed in. */
export function rejectShare(accepted: number, rejected: number): number {
  return accepted + rejected === 0 ? 0 : rejected / (accepted + rejected);
}

export function sumBy<T>(rows: readonly T[], figure: (row: T) => number): number {
  return rows.reduce((total, row) => total + figure(row), 0);
}

export function deliveryRow(delivery: Delivery, names: ReadonlyMap<string, string>): DeliveryRow {
  return { ...delivery, unitName: names.get(delivery.unitCode) ?? '', rejectShare: rejectShare(delivery.accepted, delivery.rejected) };
}

export function statementRow(statement: PieceRateStatement): StatementRow {
  return { ...statement, accepted: sumBy(statement.lines, (line) => line.accepted), rejected: sumBy(statement.lines, (line) => line.rejected) };
}
