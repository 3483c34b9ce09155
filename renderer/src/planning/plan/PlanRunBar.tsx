import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../../shared/dates';
import { call } from '../../platform/api/client';
import { readAsOf } from '../../platform/common/dateHint';
import { errorMessage } from '../../platform/common/format';

interface PlanRunBarProps {
  today: string;
  /** After a run, with the planning date it used. */
  onRan(planDate: string): void;
  onPromise(): void;
  /** The last plan as a workbook; absent before the first plan. */
  onExport?(): void;
  /** The last plan on paper; absent before the first plan. */
  onPrint?(): void;
  onError(message: string): void;
}

/** "Susun rencana": plan every open order line again from a date (today unless another is typed). */
export function PlanRunBar({ today, onRan, onPromise, onExport, onPrint, onError }: PlanRunBarProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [isRunning, setIsRunning] = useState(false);
  const { iso, isInvalid } = readAsOf(text);

  async function run() {
    setIsRunning(true);
    try {
      const planDate = iso ?? today;
      await call('plan:run', { today: planDate });
      onRan(planDate);
    } catch (error) {
      onError(errorMessage(error));
    } finally {
      setIsRunning(false);
    }
  }

  return (
    <div className="toolbar plan-bar" role="toolbar" aria-label={t('ui.plan.title')}>
      <label htmlFor={id}>{t('ui.plan.planDate')}</label>
      <input
        id={id}
        type="text"
        className={isInvalid ? 'invalid' : ''}
        placeholder={formatDateId(today)}
        value={text}
        onChange={(event) => setText(event.target.value)}
        data-testid="plan-date"
      />
      <button type="button" className="button primary" disabled={isRunning || isInvalid} onClick={() => void run()} data-testid="plan-run">
        {isRunning ? t('ui.plan.running') : t('ui.plan.run')}
      </button>
      <span className={isInvalid ? 'field-error' : 'muted'}>{isInvalid ? t('invalid.date') : t('ui.plan.runHint')}</span>
      <span className="toolbar-spacer" />
      <button type="button" className="button" disabled={!onExport} onClick={onExport} data-testid="plan-export">
        {t('ui.toolbar.export')}
      </button>
      <button type="button" className="button" disabled={!onPrint} onClick={onPrint} data-testid="plan-print">
        {t('ui.toolbar.print')}
      </button>
      <button type="button" className="button" onClick={onPromise} data-testid="plan-promise">
        {t('ui.promise.button')}
      </button>
    </div>
  );
}
