import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentRow } from '../../../../shared/api/planning';
import { formatDateId } from '../../../../shared/dates';
import { assignmentReasonText } from '../../../../shared/plan-reason';
import { useApp } from '../../platform/appContext';
import { formatNumber } from '../../platform/common/format';
import { hoursOf, type WorkshopWork } from './planPrintModel';

const COLUMNS = ['spkNo', 'orderNo', 'sku', 'product', 'qty', 'hours', 'start', 'end', 'reason'] as const;
const NUMERIC = new Set<string>(['qty', 'hours']);

/**
 * The open SPKs by workshop in one table, so its header repeats on every page: a heading row per
 * workshop (code, name, owning member) carrying its subtotal of pieces and working hours under
 * their columns, then its SPKs. Most workshops hold one SPK: a subtotal row under each would
 * double the paper for nothing.
 */
export function PlanPrintWork({ units, productNames }: { units: WorkshopWork[]; productNames: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  // One translator for every row's reason, as the SPK view has it.
  const words = useMemo(() => (key: string, params?: Record<string, unknown>) => t(key, params), [t]);
  const fmt = (value: number) => formatNumber(value, locale);
  const hours = (minutes: number) => (minutes > 0 ? fmt(hoursOf(minutes)) : '—');
  const spks = units.reduce((sum, unit) => sum + unit.spks.length, 0);
  const pieces = units.reduce((sum, unit) => sum + unit.pieces, 0);
  const minutes = units.reduce((sum, unit) => sum + unit.minutes, 0);
  if (units.length === 0) return <p className="print-note plan-print-none">{t('plan.print.workNone')}</p>;
  return (
    <table className="print-table plan-print-work" data-testid="plan-print-work">
      <colgroup>
        {COLUMNS.map((key) => <col key={key} className={`plan-col-${key}`} />)}
      </colgroup>
      <thead>
        <tr>
          {COLUMNS.map((key) => <th key={key} className={NUMERIC.has(key) ? 'num' : undefined}>{t(`plan.print.column.${key}`)}</th>)}
        </tr>
      </thead>
      {units.map((unit) => (
        <tbody key={unit.unitCode} className="plan-print-unit" data-testid="plan-print-unit" data-unit={unit.unitCode}>
          <tr className="plan-print-unit-head" data-testid="plan-print-subtotal">
            <td colSpan={4}>
              <strong>{t('plan.print.unit', { code: unit.unitCode, name: unit.unitName })}</strong>
              {' · '}
              {unit.memberNo ? t('ui.plan.memberNo', { memberNo: unit.memberNo }) : t('ui.units.noOwner')}
              {' · '}
              {t('plan.print.subtotal', { count: unit.spks.length, formatted: fmt(unit.spks.length) })}
            </td>
            <td className="num nowrap" data-testid="plan-print-subtotal-qty">{fmt(unit.pieces)}</td>
            <td className="num nowrap" data-testid="plan-print-subtotal-hours">{hours(unit.minutes)}</td>
            <td colSpan={3} />
          </tr>
          {unit.spks.map((spk) => <SpkRow key={spk.id} spk={spk} product={productNames.get(spk.sku) ?? ''} reason={spk.reason ? assignmentReasonText(words, spk.reason) : ''} hours={hours(spk.minutes)} />)}
        </tbody>
      ))}
      <tbody className="plan-print-unit plan-print-total">
        <tr className="print-sum" data-testid="plan-print-total">
          <td colSpan={4}>{t('plan.print.total', { count: spks, formatted: fmt(spks), units: fmt(units.length) })}</td>
          <td className="num nowrap" data-testid="plan-print-total-qty">{fmt(pieces)}</td>
          <td className="num nowrap" data-testid="plan-print-total-hours">{hours(minutes)}</td>
          <td colSpan={3} />
        </tr>
      </tbody>
    </table>
  );
}

function SpkRow({ spk, product, reason, hours }: { spk: AssignmentRow; product: string; reason: string; hours: string }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  return (
    <tr data-testid="plan-print-spk">
      <td className={`mono nowrap${spk.spkNo ? '' : ' plan-print-muted'}`}>{spk.spkNo ?? t('workshops.spkColumn.notIssued')}</td>
      <td className="mono nowrap">{spk.orderNo}</td>
      <td className="mono nowrap">{spk.sku}</td>
      <td>{product}</td>
      <td className="num nowrap">{formatNumber(spk.qty, locale)}</td>
      <td className="num nowrap">{hours}</td>
      <td className="nowrap">{formatDateId(spk.start)}</td>
      <td className="nowrap">{formatDateId(spk.end)}</td>
      <td className="plan-print-reason">{reason}</td>
    </tr>
  );
}
