import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { READY_REASON_MIN, type Order, type ShortLine } from '../../../../shared/domain/orders';
import { useApp } from '../../platform/appContext';
import { ConfirmDialog } from '../../platform/common/ConfirmDialog';
import { formatNumber } from '../../platform/common/format';
import { TextField } from '../../platform/common/TextField';

interface ReadyDialogProps {
  order: Order;
  short: ShortLine[];
  onForce(reason: string): void;
  onBack(): void;
}

/**
 * "Siap kirim" asked for before accepted deliveries cover the order: says what is missing and
 * how it is normally done, and lets a manager go on only with a written reason.
 */
export function ReadyDialog({ order, short, onForce, onBack }: ReadyDialogProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const fmt = (value: number) => formatNumber(value, locale);

  function force() {
    const written = reason.trim();
    if (written.length < READY_REASON_MIN) {
      setError(t('orders.ready.reasonTooShort', { min: READY_REASON_MIN }));
      return;
    }
    onForce(written);
  }

  return (
    <ConfirmDialog
      title={t('orders.readyDialog.title', { orderNo: order.orderNo })}
      testId="order-ready-dialog"
      backLabel={t('orders.readyDialog.back')}
      confirmLabel={t('orders.readyDialog.force')}
      onBack={onBack}
      onConfirm={force}
      backTestId="order-ready-back"
      confirmTestId="order-ready-force"
    >
      <p className="dialog-text">{t('orders.readyDialog.intro')}</p>
      <ul className="dialog-list" data-testid="order-ready-short">
        {short.map((line) => (
          <li key={line.lineNo}>
            {t('orders.readyDialog.line', { sku: line.sku, accepted: fmt(line.accepted), ordered: fmt(line.ordered), missing: fmt(line.ordered - line.accepted) })}
          </li>
        ))}
      </ul>
      <p className="dialog-text muted">{t('orders.readyDialog.advice')}</p>
      <TextField
        label={t('orders.readyDialog.reason')}
        value={reason}
        onChange={(value) => {
          setReason(value);
          setError(undefined);
        }}
        error={error}
        hint={t('orders.readyDialog.reasonHint', { min: READY_REASON_MIN })}
        maxLength={400}
        wide
        testId="order-ready-reason"
      />
    </ConfirmDialog>
  );
}
