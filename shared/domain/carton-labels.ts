import type { CartonLabel, ShipmentPapers } from '../api/papers';
import { COUNTRIES } from '../countries';
import type { Translate } from '../i18n';

/**
 * Shipping marks and carton labels, written once for the print view and the workbook.
 *
 * The label stock is the common A4 sheet of 2 × 4 = 8 labels of 99.1 × 67.7 mm (Avery L7165 /
 * J8165 and their equivalents sold in Indonesia): 13.1 mm top and bottom margin, 4.65 mm at the
 * sides, 2.5 mm between the two columns, no gap between rows.
 */
export const LABEL_SHEET = {
  across: 2,
  down: 4,
  perSheet: 8,
  widthMm: 99.1,
  heightMm: 67.7,
  topMm: 13.1,
  sideMm: 4.65,
  gapMm: 2.5,
} as const;

/** The cartons a sheet at a time: 120 cartons are 15 sheets of 8. */
export function labelSheets<T>(labels: readonly T[]): T[][] {
  const sheets: T[][] = [];
  for (let i = 0; i < labels.length; i += LABEL_SHEET.perSheet) sheets.push(labels.slice(i, i + LABEL_SHEET.perSheet));
  return sheets;
}

/** Kilograms as the papers print them, in English: "10.20". */
export function kgText(value: number): string {
  return new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** Where the cartons go: the port of discharge, else the destination country. */
export function destinationText(papers: Pick<ShipmentPapers, 'shipment'>): string {
  const { shipment } = papers;
  return shipment.portOfDischarge?.trim() || COUNTRIES[shipment.country]?.en || shipment.country;
}

/** What one label prints, line by line; the weights are also kept as numbers for the workbook. */
export interface LabelText {
  consignee: string;
  destination: string;
  po: string;
  item: string;
  carton: string;
  qty: string;
  meas: string;
  net: string;
  gross: string;
  origin: string;
}

export function labelText(label: CartonLabel, papers: Pick<ShipmentPapers, 'shipment' | 'consignee'>, doc: Translate): LabelText {
  return {
    consignee: papers.consignee.name.toUpperCase(),
    destination: `${doc('labels.label.port')} ${destinationText(papers).toUpperCase()}`,
    po: `${doc('labels.label.po')} ${label.buyerPo ?? label.orderNo}`,
    item: `${label.sku} · ${label.description ?? ''}`.trim(),
    carton: doc('labels.label.carton', { no: label.no, of: label.of }),
    qty: `${doc('labels.label.qty')} ${new Intl.NumberFormat('en-US').format(label.pieces)} ${label.uom.toUpperCase()}/${doc('labels.label.perCarton')}`,
    meas: `${doc('labels.label.meas')} ${label.sizeCm} CM`,
    net: `${doc('labels.label.net')} ${kgText(label.netKg)} KG`,
    gross: `${doc('labels.label.gross')} ${kgText(label.grossKg)} KG`,
    origin: doc('labels.label.origin'),
  };
}

/** One run of cartons with the same contents, as its side marks read. */
export interface SideMarkRun {
  /** "1–3", or "4" for a single carton. */
  cartonNos: string;
  count: number;
  buyerPo: string;
  sku: string;
  pieces: number;
  uom: string;
  netKg: number;
  grossKg: number;
  sizeCm: string;
}

/** The side marks of every run of cartons, in carton order: N.W., G.W. and MEAS per carton. */
export function sideMarkRuns(papers: Pick<ShipmentPapers, 'shipment' | 'orders'>): SideMarkRun[] {
  const poOf = new Map(papers.orders.map((order) => [order.orderNo, order.buyerPo ?? order.orderNo]));
  return papers.shipment.lines.flatMap((line) =>
    line.ranges.map((range): SideMarkRun => ({
      cartonNos: range.from === range.to ? String(range.from) : `${range.from}–${range.to}`,
      count: range.count,
      buyerPo: poOf.get(line.orderNo) ?? line.orderNo,
      sku: line.sku,
      pieces: range.pieces,
      uom: line.uom,
      netKg: range.netKg,
      grossKg: range.grossKg,
      sizeCm: `${line.cartonLengthCm} x ${line.cartonWidthCm} x ${line.cartonHeightCm}`,
    })),
  );
}
