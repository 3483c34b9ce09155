/**
 * Shipping marks and carton labels of a shipment (issue 12). The papers print in English
 * (labels.en.ts, through a fixed English translator); these serve the screen's own words.
 */
export const labelsId = {
  marksTitle: 'MERK PENGIRIMAN',
  labelsTitle: 'LABEL KARTON',
  shipmentNo: 'No. Pengapalan',
  consignee: 'Penerima',
  port: 'Pelabuhan bongkar',
  destination: 'Negara tujuan',
  cartons: 'Jumlah karton',
  mainMarks: 'Merk utama (main marks)',
  sideMarks: 'Merk samping (side marks) per rangkaian karton',
  layout: 'Label karton: kertas label A4, 2 × 4 = 8 label ukuran 99,1 × 67,7 mm (tata letak Avery L7165 / J8165); cetak 100 %, tanpa "fit to page".',
  sheets: '{{cartons}} label pada {{sheets}} lembar A4',
  table: {
    cartonNo: 'No. karton',
    cartons: 'Karton',
    buyerPo: 'No. PO pembeli',
    sku: 'SKU',
    perCarton: 'Isi/karton',
    net: 'Berat bersih/karton (kg)',
    gross: 'Berat kotor/karton (kg)',
    meas: 'Ukuran (cm)',
    total: 'Jumlah',
  },
  label: {
    port: 'TUJUAN',
    po: 'NO. PO',
    carton: 'KARTON {{no}} / {{of}}',
    qty: 'ISI',
    perCarton: 'KARTON',
    meas: 'UKURAN',
    net: 'B.B.',
    gross: 'B.K.',
    origin: 'BUATAN INDONESIA',
  },
  sheet: {
    marks: 'Merk Pengiriman',
    labels: 'Label Karton',
    fileWord: 'label',
  },
  screen: {
    paper: 'lembar label A4 (2 × 4 label 99,1 × 67,7 mm) pada skala 100 % (ukuran sebenarnya)',
    print: 'Label karton',
    workbook: 'Label (Excel)',
    blocked: 'Label belum bisa dicetak: lengkapi dulu data ini',
  },
};
