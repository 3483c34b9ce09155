import type { Shipment, ShipmentLine } from '../../../shared/api/shipments';
import { COUNTRIES } from '../../../shared/countries';
import { fobGaps } from '../../../shared/domain/fob';
import { minorUnits } from '../../../shared/money';
import { AppError } from '../../../shared/result';
import { containerFill, suggestContainer } from '../../../shared/shipping/containers';
import { cooFormFor } from '../../../shared/shipping/origin';
import { cartonRanges } from '../../../shared/shipping/packing';
import type { CallContext } from '../platform/app';
import { getShipmentRow, type ShipmentRow } from './shipment-queries';
import { listShipmentLines, type StoredShipmentLine } from './shipment-line-queries';
import { paperOrders } from './papers/queries';

/**
 * Shipping marks as the cartons carry them when the shipment gives none: the buyer, its purchase
 * order numbers (the buyer's own, which its warehouse reads; ours where it gave none), the port of
 * discharge (else the country), the carton numbers and the origin.
 */
export function derivedMarks(row: Pick<ShipmentRow, 'buyerName' | 'portOfDischarge' | 'country' | 'cartons'>, poNos: readonly string[]): string {
  const destination = row.portOfDischarge ?? COUNTRIES[row.country]?.en ?? row.country;
  return [row.buyerName.toUpperCase(), `PO NO. ${poNos.join(', ')}`, destination.toUpperCase(), `C/NO. 1-${row.cartons}`, 'MADE IN INDONESIA'].join('\n');
}

function lineOf(line: StoredShipmentLine): ShipmentLine {
  const packed = { qty: line.qty, cartons: line.cartons, netKg: line.netKg, grossKg: line.grossKg, volumeM3: line.volumeM3 };
  return {
    id: line.id,
    lineNo: line.lineNo,
    orderNo: line.orderNo,
    sku: line.sku,
    productName: line.productName,
    hsCode: line.hsCode,
    uom: line.uom,
    qty: line.qty,
    unitPrice: line.unitPrice,
    amount: minorUnits(line.qty * line.unitPrice),
    cartons: line.cartons,
    firstCarton: line.firstCarton,
    lastCarton: line.firstCarton + line.cartons - 1,
    netKg: line.netKg,
    grossKg: line.grossKg,
    volumeM3: line.volumeM3,
    cartonQty: line.cartonQty,
    cartonLengthCm: line.cartonLengthCm,
    cartonWidthCm: line.cartonWidthCm,
    cartonHeightCm: line.cartonHeightCm,
    ranges: cartonRanges(packed, line.cartonQty, line.firstCarton),
    fobUsdCents: line.fobUsdCents,
    orderedQty: line.orderedQty,
    acceptedQty: line.acceptedQty,
    elsewhereQty: line.elsewhereQty,
    readyQty: Math.max(0, line.acceptedQty - line.elsewhereQty),
  };
}

/** One shipment with what its screen and papers show: lines with carton ranges, totals, value, proof of origin, container. */
export function shipmentDetail(ctx: CallContext, id: number): Shipment {
  const row = getShipmentRow(ctx.app.db, id);
  if (!row) throw new AppError('NOT_FOUND', ctx.t('errors.notFound'));
  const lines = listShipmentLines(ctx.app.db, id).map(lineOf);
  const orderNos = [...new Set(lines.map((line) => line.orderNo))];
  return {
    id: row.id,
    shipmentNo: row.shipmentNo,
    buyerCode: row.buyerCode,
    buyerName: row.buyerName,
    status: row.status,
    invoiceDate: row.invoiceDate,
    currency: row.currency,
    incoterm: row.incoterm,
    incotermPlace: row.incotermPlace,
    portOfLoading: row.portOfLoading,
    portOfDischarge: row.portOfDischarge,
    country: row.country,
    etd: row.etd,
    eta: row.eta,
    containerType: row.containerType,
    containerCount: row.containerCount,
    pebNo: row.pebNo,
    pebDate: row.pebDate,
    blNo: row.blNo,
    inlandCost: row.inlandCost,
    freight: row.freight,
    insurance: row.insurance,
    marksGiven: row.marks,
    marks: row.marks ?? derivedMarks(row, paperOrders(ctx.app.db, orderNos).map((order) => order.buyerPo ?? order.orderNo)),
    qcReason: row.qcReason,
    lines,
    totals: { qty: row.qty, cartons: row.cartons, netKg: row.netKg, grossKg: row.grossKg, volumeM3: row.volumeM3 },
    value: {
      invoiceValue: row.invoiceValue,
      fobValue: row.fobValue,
      fobUsdCents: row.fobUsdCents,
      fobIdr: row.fobIdr,
      rateDate: row.rateDate,
      idrRate: row.idrRate,
      idrRateOn: row.idrRateOn,
      usdRate: row.usdRate,
      usdRateOn: row.usdRateOn,
      gaps: fobGaps(row.incoterm, row, { fobValue: row.fobValue, fobUsdCents: row.fobUsdCents, fobIdr: row.fobIdr }),
    },
    coo: cooFormFor(row.country),
    suggestion: suggestContainer(row.volumeM3, row.grossKg),
    fill: row.containerType ? containerFill(row.containerType, row.containerCount, row.volumeM3, row.grossKg) : null,
  };
}
