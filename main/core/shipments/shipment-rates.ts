import { fobInUsdAndIdr, splitLargestRemainder } from '../../../shared/domain/fob';
import type { CallContext } from '../platform/app';
import { recordAudit } from '../platform/db/audit';
import { rateOn } from '../orders/rate-queries';
import { getShipmentRow, setShipmentRates, shipmentsAwaitingRate } from './shipment-queries';
import { listShipmentLines, setLineFob } from './shipment-line-queries';
import { usdCents, type Currency } from '../../../shared/money';

/**
 * Shipments recorded without a rate of their date (none within the window) learn their USD and
 * rupiah worth as soon as one is recorded: called where a rate is written, in its transaction.
 * Only the rates and the values they make change (the costs and papers stay as recorded); each
 * line's share is split again so the lines add up to the shipment. Returns how many were valued.
 */
export function fillMissingShipmentRates(ctx: CallContext, currency: Currency): number {
  const { db } = ctx.app;
  const now = ctx.app.now();
  let valued = 0;
  for (const id of shipmentsAwaitingRate(db, currency)) {
    const row = getShipmentRow(db, id);
    if (!row) continue;
    const idr = row.currency === 'IDR' ? { idrPerUnit: 1, validOn: null } : rateOn(db, row.currency, row.rateDate);
    const usd = rateOn(db, 'USD', row.rateDate);
    const value = {
      idrRate: idr?.idrPerUnit ?? null,
      idrRateOn: idr?.validOn ?? null,
      usdRate: usd?.idrPerUnit ?? null,
      usdRateOn: usd?.validOn ?? null,
      ...fobInUsdAndIdr(row.fobValue, row.currency, idr?.idrPerUnit ?? null, usd?.idrPerUnit ?? null),
    };
    if (value.idrRate === row.idrRate && value.usdRate === row.usdRate) continue;
    setShipmentRates(db, id, value, now);
    const lines = listShipmentLines(db, id);
    const parts = value.fobUsdCents === null ? null : splitLargestRemainder(value.fobUsdCents, lines.map((line) => line.qty * line.unitPrice));
    lines.forEach((line, index) => setLineFob(db, line.id, parts === null ? null : usdCents(parts[index])));
    recordAudit(db, {
      at: now, actor: ctx.app.actor, entity: 'shipment', entityId: id, action: 'rate',
      before: { shipmentNo: row.shipmentNo, idrRate: row.idrRate, usdRate: row.usdRate, fobUsdCents: row.fobUsdCents, fobIdr: row.fobIdr },
      after: { shipmentNo: row.shipmentNo, ...value },
    });
    valued += 1;
  }
  return valued;
}
