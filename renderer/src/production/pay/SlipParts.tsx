import { useTranslation } from 'react-i18next';
import type { PieceRateStatement } from '../../../../shared/api/production';
import { formatDateId } from '../../../../shared/dates';
import { useApp } from '../../platform/appContext';
import { formatAmount, formatNumber } from '../../platform/common/format';
import type { Signer } from '../../platform/print/SignatureBlock';

/** Who signs a slip: the cooperative's payer and the workshop's owner. */
export function slipSigners(statement: PieceRateStatement, t: (key: string, params?: Record<string, unknown>) => string): Signer[] {
  return [
    { title: t('workshops.print.payer'), name: null },
    { title: t('workshops.print.payee', { unit: statement.unitName }), name: statement.ownerName },
  ];
}

/** The slip's settlement under its lines: gross, less advances and overuse, the net to pay. */
export function SlipTotals({ statement }: { statement: PieceRateStatement }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const rp = (value: number) => formatAmount(value, 'IDR', locale);
  const less = (value: number) => (value > 0 ? `(${rp(value)})` : rp(0));
  return (
    <table className="slip-settlement" data-testid="print-totals">
      <tbody>
        <tr>
          <td>{t('workshops.column.gross')}</td>
          <td className="num" data-testid="slip-gross">{rp(statement.gross)}</td>
        </tr>
        <tr>
          <td>{t('workshops.pay.lessAdvances')}</td>
          <td className="num" data-testid="slip-advances">{less(statement.advances)}</td>
        </tr>
        <tr>
          <td>{t('workshops.pay.lessOveruse')}</td>
          <td className="num" data-testid="slip-overuse">{less(statement.materialOveruse)}</td>
        </tr>
        <tr className="slip-net">
          <td>{t('workshops.pay.netPayable')}</td>
          <td className="num" data-testid="slip-net">{rp(statement.net)}</td>
        </tr>
      </tbody>
    </table>
  );
}

/**
 * SLIP ONGKOS KERJA's body: its number (or that it is a draft), the workshop and period, and the
 * accepted work line by line at each SPK's own rate, corrections named.
 */
export function SlipBody({ statement }: { statement: PieceRateStatement }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const { from, to } = statement;
  const rp = (value: number) => formatAmount(value, 'IDR', locale);
  const fmt = (value: number) => formatNumber(value, locale);
  const accepted = statement.lines.reduce((sum, line) => sum + line.accepted, 0);
  const rejected = statement.lines.reduce((sum, line) => sum + line.rejected, 0);
  return (
    <>
      {statement.slipNo ? (
        <div className="print-date" data-testid="slip-number">{t('workshops.slip.number', { slipNo: statement.slipNo })}</div>
      ) : (
        <div className="slip-draft" data-testid="slip-draft">{t('workshops.slip.draft')}</div>
      )}
      <table className="slip-facts" data-testid="slip-unit">
        <tbody>
          <tr>
            <th>{t('workshops.print.unit')}</th>
            <td>{`${statement.unitCode} — ${statement.unitName}`}</td>
          </tr>
          <tr>
            <th>{t('workshops.print.owner')}</th>
            <td>{statement.ownerName ?? '—'}</td>
          </tr>
          <tr>
            <th>{t('workshops.print.periodLabel')}</th>
            <td data-testid="slip-period">{t('workshops.print.period', { from: formatDateId(from), to: formatDateId(to) })}</td>
          </tr>
        </tbody>
      </table>
      <h2 className="print-section">{t('workshops.print.work')}</h2>
      {statement.lines.length === 0 ? <p data-testid="slip-empty">{t('workshops.print.none')}</p> : null}
      <table className="print-table" data-testid="print-table">
        <thead>
          <tr>
            <th className="num">{t('ui.print.rowNo')}</th>
            <th>{t('workshops.column.spkNo')}</th>
            <th>{t('workshops.column.orderNo')}</th>
            <th>{t('workshops.column.sku')}</th>
            <th className="num">{t('workshops.column.accepted')}</th>
            <th className="num">{t('workshops.column.rejected')}</th>
            <th className="num">{t('workshops.column.rate')}</th>
            <th className="num">{t('workshops.column.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {statement.lines.map((line, index) => (
            <tr key={`${index}/${line.spkNo ?? ''}`} data-testid="slip-line">
              <td className="num">{index + 1}</td>
              <td className="nowrap">{line.spkNo ?? '—'}</td>
              <td>
                {line.orderNo ?? ''}
                {line.note ? <div className="slip-line-note">{line.note}</div> : null}
              </td>
              <td className="nowrap">{line.sku ?? ''}</td>
              <td className="num">{fmt(line.accepted)}</td>
              <td className="num">{fmt(line.rejected)}</td>
              <td className="num">{rp(line.rate)}</td>
              <td className="num">{rp(line.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tbody className="print-sum">
          <tr>
            <td colSpan={4}>{t('workshops.pay.total')}</td>
            <td className="num">{fmt(accepted)}</td>
            <td className="num">{fmt(rejected)}</td>
            <td />
            <td className="num">{rp(statement.gross)}</td>
          </tr>
        </tbody>
      </table>
      <p className="slip-note">{t('workshops.print.rejectedNote')}</p>
    </>
  );
}
