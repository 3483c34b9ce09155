import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Shipment } from '../../../../shared/api/shipments';
import { SHIPMENT_TRANSITIONS, type ShipmentStatus } from '../../../../shared/domain/shipments';
import { call } from '../../platform/api/client';
import { errorMessage } from '../../platform/common/format';
import { StatusStepDialog } from './StatusStepDialog';
import { statusLabel } from '../../platform/common/statusLabel';

interface ShipmentStatusActionsProps {
  shipment: Shipment;
  /** Booking saves what is typed with the new status (the container and dates are usually typed just then). */
  onBook(): void;
  onChanged(shipment: Shipment): void;
  onError(message: string): void;
}

/** The steps the workflow allows from the shipment's status; shipping asks for the PEB, closing for the B/L, cancelling to confirm. */
export function ShipmentStatusActions({ shipment, onBook, onChanged, onError }: ShipmentStatusActionsProps) {
  const { t } = useTranslation();
  const [isBusy, setIsBusy] = useState(false);
  const [asking, setAsking] = useState<'shipped' | 'closed' | 'cancelled' | null>(null);

  async function move(status: ShipmentStatus, papers: { pebNo?: string; pebDate?: string | null; blNo?: string; qcReason?: string } = {}) {
    setIsBusy(true);
    try {
      onChanged(await call('shipments:setStatus', { id: shipment.id, status, ...papers }));
      setAsking(null);
    } catch (error) {
      onError(errorMessage(error));
      setAsking(null);
    } finally {
      setIsBusy(false);
    }
  }

  function step(next: ShipmentStatus) {
    if (next === 'booked') onBook();
    else if (next === 'shipped' || next === 'closed' || next === 'cancelled') setAsking(next);
    else void move(next);
  }

  return (
    <div className="status-actions" data-testid="shipment-status-actions">
      <span className={`status-pill shipment-${shipment.status}`} data-testid="shipment-status">
        {statusLabel(t, 'shipment', shipment.status)}
      </span>
      {SHIPMENT_TRANSITIONS[shipment.status].map((next) => (
        <button key={next} type="button" className={`button${next === 'cancelled' ? ' danger' : ''}`} disabled={isBusy} data-testid={`shipment-to-${next}`} onClick={() => step(next)}>
          {t(`shipments.action.${next}`)}
        </button>
      ))}
      {asking ? <StatusStepDialog shipment={shipment} step={asking} isBusy={isBusy} onConfirm={(papers) => void move(asking, papers)} onBack={() => setAsking(null)} /> : null}
    </div>
  );
}
