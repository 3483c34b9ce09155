import type { Shipment } from '../../../../shared/api/shipments';
import type { LiveFigures } from './liveFigures';

/** A shipment's figures as stored (a shipped one is no longer typed): the same panel shows them. */
export function savedFigures(shipment: Shipment): LiveFigures {
  return {
    lines: new Map(),
    totals: shipment.totals,
    currency: shipment.currency,
    invoiceValue: shipment.value.invoiceValue,
    fobValue: shipment.value.fobValue,
    missing: shipment.value.gaps.filter((gap) => gap !== 'rate'),
    fobUsdCents: shipment.value.fobUsdCents,
    fobIdr: shipment.value.fobIdr,
    rateDate: shipment.value.rateDate,
    rateOn: (shipment.currency === 'IDR' || shipment.currency === 'USD' ? shipment.value.usdRateOn : shipment.value.idrRateOn) ?? null,
    suggestion: shipment.suggestion,
    chosen: shipment.fill,
  };
}
