/**
 * The proforma invoice of an order (issue 12). `doc` is the paper itself, which prints in English
 * whatever the screen's language; `screen` is what the order screen and the print toolbar say.
 */
export const proformaId = {
  doc: {
    title: 'PROFORMA INVOICE',
    sheet: 'Proforma Invoice',
    fileWord: 'proforma',
    proformaNo: 'No. Proforma',
    orderNo: 'No. pesanan kami',
    shipBy: 'Tanggal kirim paling lambat',
    unit: 'Satuan',
    deposit: 'Uang muka {{percent}} % dibayar atas proforma ini',
    balance: 'Sisa menurut syarat pembayaran',
    say: 'TERBILANG: {{words}}',
    inWords: 'Jumlah dengan huruf',
    terms: 'Masa berlaku dan pernyataan',
    validity: 'Berlaku untuk diterima sampai tanggal kirim paling lambat, {{date}}. Sebutkan {{no}} pada pembayaran Anda.',
    declaration: 'Kami menyatakan bahwa barang berasal dari Indonesia dan keterangan di atas benar dan lengkap.',
  },
  screen: {
    print: 'Proforma invoice',
    workbook: 'Proforma (Excel)',
    gaps: 'Proforma belum bisa dicetak; data yang belum ada: {{list}}',
    blocked: 'Tidak bisa dicetak: lengkapi dulu {{list}}',
  },
};
