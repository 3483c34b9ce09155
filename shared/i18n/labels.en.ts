import type { labelsId } from './labels.id';
import type { Widen } from './widen';

/** The words the shipping marks and carton labels print: in English, whatever the screen's language. */
export const labelsEn: Widen<typeof labelsId> = {
  marksTitle: 'SHIPPING MARKS',
  labelsTitle: 'CARTON LABELS',
  shipmentNo: 'Shipment No.',
  consignee: 'Consignee',
  port: 'Port of discharge',
  destination: 'Destination',
  cartons: 'Cartons',
  mainMarks: 'Main marks',
  sideMarks: 'Side marks per run of cartons',
  layout: 'Carton labels: A4 label sheets, 2 × 4 = 8 labels of 99.1 × 67.7 mm (Avery L7165 / J8165 layout); print at 100 %, no fit to page.',
  sheets: '{{cartons}} labels on {{sheets}} A4 sheets',
  table: {
    cartonNo: 'C/No.',
    cartons: 'Cartons',
    buyerPo: "Buyer's PO No.",
    sku: 'SKU',
    perCarton: 'Pcs/ctn',
    net: 'N.W./ctn (kg)',
    gross: 'G.W./ctn (kg)',
    meas: 'MEAS (cm)',
    total: 'Total',
  },
  label: {
    port: 'DEST.',
    po: 'PO NO.',
    carton: 'CTN {{no}} / {{of}}',
    qty: 'QTY',
    perCarton: 'CTN',
    meas: 'MEAS',
    net: 'N.W.',
    gross: 'G.W.',
    origin: 'MADE IN INDONESIA',
  },
  sheet: {
    marks: 'Shipping Marks',
    labels: 'Carton Labels',
    fileWord: 'labels',
  },
  screen: {
    paper: 'A4 label sheets (2 × 4 labels of 99.1 × 67.7 mm) at 100 % scale (actual size)',
    print: 'Carton labels',
    workbook: 'Labels (Excel)',
    blocked: 'The labels cannot be printed yet: complete these details first',
  },
};
