/** Export papers (proforma, commercial invoice, packing list, marks, labels): words on screen, and what is still missing. */
export const papersId = {
  errors: {
    unknownShipment: 'Tidak ada pengapalan bernomor {{no}}.',
    unknownOrder: 'Tidak ada pesanan bernomor {{no}}.',
    gaps: 'Dokumen ekspor {{paper}} belum bisa dibuat karena data ini belum diisi: {{list}}.',
  },
  gap: {
    exporter: 'Profil Sentra: {{field}}',
    buyer: 'pembeli {{ref}}: {{field}}',
    order: 'pesanan {{ref}}: {{field}}',
    product: 'produk {{ref}}: {{field}}',
  },
  field: {
    legal_name: 'nama badan hukum',
    address_en: 'alamat dalam bahasa Inggris',
    nib: 'NIB',
    npwp: 'NPWP',
    bank_name: 'nama bank',
    bank_account_no: 'nomor rekening',
    bank_account_name: 'nama pemilik rekening',
    swift: 'kode SWIFT/BIC',
    address: 'alamat',
    city: 'kota',
    buyer_po: 'nomor PO pembeli',
    payment_terms: 'syarat pembayaran',
    name_en: 'nama bahasa Inggris (name_en)',
    composition: 'komposisi bahan',
  },
  paper: {
    proforma: 'proforma invoice',
    invoice: 'commercial invoice',
    'packing-list': 'packing list',
    labels: 'label karton',
  },
  cli: {
    kind: 'Sebutkan dokumennya: {{kinds}}.',
    order: '{{paper}} memerlukan --order NO (nomor pesanan).',
    shipment: '{{paper}} memerlukan --shipment NO (nomor pengapalan).',
    out: 'Sebutkan berkas tujuan dengan --out F.xlsx.',
    wrote: '{{paper}} {{no}} ditulis ke {{file}}',
  },
  missingTitle: 'Belum bisa dicetak untuk pembeli: lengkapi dulu data ini',
};
