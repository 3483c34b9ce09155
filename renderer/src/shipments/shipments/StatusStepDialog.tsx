import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Shipment } from '../../../../shared/api/shipments';
import { formatDateId } from '../../../../shared/dates';
import { useApp } from '../../platform/appContext';
import { dateHint } from '../../platform/common/dateHint';
import { Dialog } from '../../platform/common/Dialog';
import { dateForInput } from '../../platform/common/formText';
import { TextField } from '../../platform/common/TextField';

interface StatusStepDialogProps {
  shipment: Shipment;
  step: 'shipped' | 'closed' | 'cancelled';
  isBusy: boolean;
  onConfirm(papers: { pebNo?: string; pebDate?: string | null; blNo?: string; qcReason?: string }): void;
  onBack(): void;
}

/**
 * The papers a step brings: the PEB number and date when shipping, the B/L when closing; a plain
 * question when cancelling. Shipping lines that hold more than QC made ready (deliveries taken
 * back since it was booked, or booked before the check) asks for the reason, which is kept.
 */
export function StatusStepDialog({ shipment, step, isBusy, onConfirm, onBack }: StatusStepDialogProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const [pebNo, setPebNo] = useState(shipment.pebNo ?? '');
  const [pebDate, setPebDate] = useState(formatDateId(shipment.pebDate));
  const [blNo, setBlNo] = useState(shipment.blNo ?? '');
  const [qcReason, setQcReason] = useState(shipment.qcReason ?? '');
  const beyondReady = step === 'shipped' ? shipment.lines.filter((line) => line.qty > line.readyQty).length : 0;
  const name = shipment.shipmentNo;
  const title = t(`shipments.step.${step === 'shipped' ? 'shipTitle' : step === 'closed' ? 'closeTitle' : 'cancelTitle'}`, { name });
  const intro = t(`shipments.step.${step === 'shipped' ? 'shipIntro' : step === 'closed' ? 'closeIntro' : 'cancelIntro'}`);
  const reason = beyondReady > 0 && qcReason.trim() !== '' ? { qcReason } : {};
  const papers = step === 'shipped' ? { pebNo, pebDate: dateForInput(pebDate), ...reason } : step === 'closed' ? { blNo } : {};
  return (
    <Dialog
      title={title}
      onClose={onBack}
      testId="shipment-step"
      footer={
        <>
          <button type="button" className="button" onClick={onBack} data-testid="shipment-step-back">
            {t('shipments.step.back')}
          </button>
          <button type="button" className={`button ${step === 'cancelled' ? 'danger' : 'primary'}`} disabled={isBusy} onClick={() => onConfirm(papers)} data-testid="shipment-step-confirm">
            {step === 'cancelled' ? t('shipments.action.cancelled') : t('shipments.step.confirm')}
          </button>
        </>
      }
    >
      <p className="dialog-text">{intro}</p>
      {step === 'shipped' ? (
        <div className="form-grid">
          <TextField label={t('shipments.form.pebNo')} value={pebNo} onChange={setPebNo} required autoFocus testId="shipment-step-pebNo" />
          <TextField label={t('shipments.form.pebDate')} value={pebDate} placeholder={t('shipments.form.dateHint')} onChange={setPebDate} hint={dateHint(pebDate, locale, t)} testId="shipment-step-pebDate" />
        </div>
      ) : null}
      {beyondReady > 0 ? (
        <>
          <p className="warning-banner" data-testid="shipment-step-beyond-ready">
            {t('shipments.form.beyondReady', { count: beyondReady })} {t('shipments.step.beyondReady')}
          </p>
          <TextField label={t('shipments.form.qcReason')} value={qcReason} onChange={setQcReason} hint={t('shipments.form.qcReasonHint')} required wide testId="shipment-step-qcReason" />
        </>
      ) : null}
      {step === 'closed' ? <TextField label={t('shipments.form.blNo')} value={blNo} onChange={setBlNo} required autoFocus testId="shipment-step-blNo" /> : null}
    </Dialog>
  );
}
