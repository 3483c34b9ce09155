import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PromiseResult } from '../../../../shared/api/planning';
import { formatDateLong } from '../../../../shared/dates';
import { call } from '../../platform/api/client';
import { useApp } from '../../platform/appContext';
import { Dialog } from '../../platform/common/Dialog';
import { errorMessage } from '../../platform/common/format';
import { numberForInput } from '../../platform/common/formText';
import { useCallData } from '../../platform/common/useCallData';
import { PromiseLines, type PromiseLineText } from './PromiseLines';

/** "Bisa kirim kapan?": the earliest ship date for products a buyer asks about; it plans nothing and saves nothing. */
export function PromiseDialog({ today, onClose }: { today: string; onClose(): void }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const products = useCallData('products:list', {});
  const [lines, setLines] = useState<PromiseLineText[]>([{ sku: '', qty: '' }]);
  const [result, setResult] = useState<PromiseResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isAsking, setIsAsking] = useState(false);
  const wanted = lines.filter((line) => line.sku !== '').map((line) => ({ sku: line.sku, qty: numberForInput(line.qty) }));
  const isReady = wanted.length > 0 && wanted.every((line) => Number.isInteger(line.qty) && line.qty > 0);

  async function ask() {
    setIsAsking(true);
    setError(null);
    try {
      setResult(await call('plan:promise', { today, lines: wanted }));
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setIsAsking(false);
    }
  }

  return (
    <Dialog
      title={t('ui.promise.title')}
      onClose={onClose}
      testId="promise-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose} data-testid="promise-close-button">
            {t('ui.common.close')}
          </button>
          <button type="button" className="button primary" disabled={!isReady || isAsking} onClick={() => void ask()} data-testid="promise-ask">
            {isAsking ? t('ui.promise.asking') : t('ui.promise.ask')}
          </button>
        </>
      }
    >
      <p className="dialog-text muted">{t('ui.promise.explained')}</p>
      <PromiseLines
        lines={lines}
        products={products.data ?? []}
        onChange={(next) => {
          setLines(next);
          setResult(null);
        }}
      />
      {error ? <div className="form-error" role="alert">{error}</div> : null}
      {result?.shipDate ? (
        <div className="info-banner promise-answer" data-testid="promise-date">
          {t('ui.promise.answer', { date: formatDateLong(result.shipDate, locale) })}
        </div>
      ) : null}
      {result && result.shipDate === null ? (
        <div className="form-error" data-testid="promise-reason">
          {t('ui.promise.cannot', { reason: result.message })}
        </div>
      ) : null}
    </Dialog>
  );
}
