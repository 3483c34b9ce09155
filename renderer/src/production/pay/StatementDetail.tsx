import { useTranslation } from 'react-i18next';
import type { PieceRateStatement } from '../../../../shared/api/production';
import { useApp } from '../../platform/appContext';
import { formatAmount, formatNumber } from '../../platform/common/format';

interface StatementDetailProps {
  statement: PieceRateStatement;
  onAdvance(): void;
  onPrint(): void;
}

/** The selected workshop's statement: each SPK's accepted pieces at its rate, then what is deducted. */
export function StatementDetail({ statement, onAdvance, onPrint }: StatementDetailProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const rp = (value: number) => formatAmount(value, 'IDR', locale);
  const fmt = (value: number) => formatNumber(value, locale);
  const deduction = (label: string, value: number, testId: string) => (
    <tr className="muted">
      <td colSpan={6}>{label}</td>
      <td className="num" data-testid={testId}>{value > 0 ? `− ${rp(value)}` : rp(0)}</td>
    </tr>
  );
  return (
    <section className="detail-panel" data-testid="statement-detail">
      <header className="detail-panel-header">
        <h2>{t('workshops.pay.detailTitle', { unit: statement.unitCode, name: statement.unitName })}</h2>
        <span className={statement.slipNo ? 'mono' : 'muted'} data-testid="statement-slip">{statement.slipNo ?? t('workshops.slip.notPrinted')}</span>
        <span className={`detail-panel-figure${statement.net < 0 ? ' cell-alert' : ''}`} data-testid="statement-net">
          {t('workshops.pay.netPayable')}: {rp(statement.net)}
        </span>
        <button type="button" className="button" onClick={onAdvance} data-testid="statement-advance">
          {t('workshops.pay.recordAdvance')}
        </button>
        <button type="button" className="button primary" onClick={onPrint} data-testid="statement-print">
          {t('workshops.pay.printSlip')}
        </button>
      </header>
      {statement.lines.length === 0 ? <p className="muted">{t('workshops.pay.noLines')}</p> : null}
      <div className="table-scroll panel-scroll">
        <table className="plain-table compact" data-testid="statement-lines">
          <thead>
            <tr>
              <th>{t('workshops.column.spkNo')}</th>
              <th>{t('workshops.column.orderNo')}</th>
              <th>{t('workshops.column.sku')}</th>
              <th className="num">{t('workshops.column.accepted')}</th>
              <th className="num">{t('workshops.column.rejected')}</th>
              <th className="num" title={t('workshops.pay.rateHint')}>{t('workshops.column.rate')}</th>
              <th className="num">{t('workshops.column.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {statement.lines.map((line, index) => (
              <tr key={`${index}/${line.spkNo ?? ''}`} data-testid="statement-line" className={line.isCorrection ? 'cell-warning' : undefined}>
                <td className="mono">{line.spkNo ?? '—'}</td>
                <td className="mono">
                  {line.orderNo ?? ''}
                  {line.note ? <div className="muted">{line.note}</div> : null}
                </td>
                <td className="mono">{line.sku ?? ''}</td>
                <td className="num">{fmt(line.accepted)}</td>
                <td className="num">{fmt(line.rejected)}</td>
                <td className="num">{rp(line.rate)}</td>
                <td className="num">{rp(line.amount)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={6}>{t('workshops.column.gross')}</td>
              <td className="num" data-testid="statement-gross">{rp(statement.gross)}</td>
            </tr>
            {deduction(t('workshops.pay.lessAdvances'), statement.advances, 'statement-advances')}
            {deduction(t('workshops.pay.lessOveruse'), statement.materialOveruse, 'statement-overuse')}
            <tr>
              <td colSpan={6}>{t('workshops.pay.netPayable')}</td>
              <td className="num">{rp(statement.net)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
