import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PieceRateStatement } from '../../../../shared/api/production';
import { formatDateId } from '../../../../shared/dates';
import { call } from '../../platform/api/client';
import { useApp } from '../../platform/appContext';
import { Dialog } from '../../platform/common/Dialog';
import { errorMessage, formatAmount, formatNumber } from '../../platform/common/format';

interface SlipIssueDialogProps {
  period: { from: string; to: string };
  /** One workshop's statement, or every statement of the period not yet printed. */
  statements: PieceRateStatement[];
  isAll: boolean;
  onClose(): void;
  /** After the slips are numbered: the tab opens their print. */
  onIssued(slips: PieceRateStatement[]): void;
}

/** Asks before statements become numbered slips: once printed they never change. */
export function SlipIssueDialog({ period, statements, isAll, onClose, onIssued }: SlipIssueDialogProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const rp = (value: number) => formatAmount(value, 'IDR', locale);
  const [one] = statements;

  async function issue() {
    setIsBusy(true);
    try {
      onIssued(await call('pay:issueSlips', isAll || !one ? period : { ...period, unitCode: one.unitCode }));
    } catch (error) {
      setFailure(errorMessage(error));
      setIsBusy(false);
    }
  }

  const text =
    isAll || !one
      ? t('workshops.slip.issueAllText', {
          count: statements.length, shown: formatNumber(statements.length, locale), from: formatDateId(period.from), to: formatDateId(period.to),
          net: rp(statements.reduce((sum, statement) => sum + statement.net, 0)),
        })
      : t('workshops.slip.issueText', { unit: `${one.unitCode} — ${one.unitName}`, from: formatDateId(period.from), to: formatDateId(period.to), net: rp(one.net) });
  return (
    <Dialog
      title={t(isAll ? 'workshops.slip.issueAllTitle' : 'workshops.slip.issueTitle')}
      onClose={onClose}
      testId="slip-issue"
      footer={
        <>
          <button type="button" className="button" onClick={onClose} data-testid="slip-issue-back">
            {t('workshops.slip.issueBack')}
          </button>
          <button type="button" className="button primary" disabled={isBusy} onClick={() => void issue()} data-testid="slip-issue-yes">
            {t('workshops.slip.issueConfirm')}
          </button>
        </>
      }
    >
      {failure ? <div className="form-error" data-testid="slip-issue-error">{failure}</div> : null}
      <p className="dialog-text">{text}</p>
      <p className="dialog-text muted">{t('workshops.slip.issueRule')}</p>
    </Dialog>
  );
}
