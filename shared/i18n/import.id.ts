/** Words of the importers and workbooks (owned by the Excel work). Bahasa Indonesia. */
export const importId = {
  sheet: {
    members: 'Anggota', units: 'Unit Usaha', products: 'Produk', bom: 'BOM', materials: 'Bahan', buyers: 'Pembeli', orders: 'Pesanan',
    stock: 'Mutasi Stok', exports: 'Riwayat Ekspor', shipments: 'Pengapalan',
    rates: 'Kurs',
  },
  title: {
    members: 'Daftar Anggota Koperasi', units: 'Daftar Unit Usaha', products: 'Daftar Produk', bom: 'Daftar Kebutuhan Bahan (BOM)',
    materials: 'Daftar Bahan Baku', buyers: 'Daftar Pembeli', orders: 'Daftar Pesanan', stock: 'Kartu Mutasi Stok Bahan',
    exports: 'Riwayat Ekspor per Bulan, Negara, Kategori dan Kode HS',
    shipments: 'Daftar Pengapalan Ekspor per Barang',
    rates: 'Kurs Harian Rupiah per 1 Unit Mata Uang Asing',
  },
  templateTitle: {
    members: 'Templat Impor Anggota Koperasi', units: 'Templat Impor Unit Usaha', products: 'Templat Impor Produk',
    bom: 'Templat Impor Kebutuhan Bahan (BOM)', materials: 'Templat Impor Bahan Baku', buyers: 'Templat Impor Pembeli',
    orders: 'Templat Impor Pesanan', stock: 'Templat Impor Saldo Awal / Mutasi Stok',
    exports: 'Templat Impor Riwayat Ekspor',
    shipments: 'Templat Impor Pengapalan Ekspor',
    rates: 'Templat Impor Kurs Harian',
  },
  asOf: 'Keadaan per {{date}}',
  rowNumber: 'No.',
  ownerName: 'Pemilik',
  total: 'Jumlah',
  printed: 'Dicetak {{date}}',
  page: 'Halaman &P / &N',
  instruction: {
    members:
      'Petunjuk: satu anggota per baris, mulai baris {{row}}. Wajib: {{required}}. NIK KTP (16 digit) dan No. HP diketik sebagai teks; tanggal hh/bb/tttt; status: {{statuses}}.',
    units:
      'Petunjuk: satu unit usaha per baris, mulai baris {{row}}. Wajib: {{required}}. No. Anggota Pemilik boleh kosong. Jenis produk dipisah koma: {{categories}}. Aktif: ya/tidak.',
    products:
      'Petunjuk: satu produk per baris, mulai baris {{row}}. Wajib: {{required}}. Kategori: {{categories}}. Kode HS 6 atau 8 digit (4202.22 atau 4202.22.10); harga dalam satuan mata uang (Rp 50.000, USD 12,50); ongkos jahit dalam rupiah per pcs, kosong bila dihitung dari waktu kerja.',
    bom:
      'Petunjuk: satu bahan per baris, mulai baris {{row}}; satu produk boleh beberapa baris. Wajib: {{required}}. Kebutuhan per pcs sebelum susut, dalam satuan bahan; susut dalam persen, di bawah 100. $t(ui.bom.wasteRule)',
    materials:
      'Petunjuk: satu bahan per baris, mulai baris {{row}}. Wajib: {{required}}. Kategori: {{categories}}. Harga per satuan pakai; satuan: pcs, sqft, m, kg, roll, dst.',
    buyers:
      'Petunjuk: satu pembeli per baris, mulai baris {{row}}. Wajib: {{required}}. Negara: kode ISO atau nama (JP, Jepang); jenis: {{kinds}}.',
    orders:
      'Petunjuk: satu baris per produk yang dipesan, mulai baris {{row}}; baris dengan No. Pesanan sama menjadi satu pesanan. Wajib: {{required}}. Tanggal hh/bb/tttt; harga dalam satuan mata uang; status: {{statuses}}.',
    stock:
      'Petunjuk: satu mutasi per baris, mulai baris {{row}}. Wajib: {{required}}. Jenis kosong berarti saldo awal; jenis: {{kinds}}. Penyesuaian wajib diberi catatan; pengeluaran dan pengembalian wajib menyebut kode unit.',
    exports:
      'Petunjuk: satu baris per bulan, negara tujuan, kategori dan kode HS, mulai baris {{row}}. Wajib: {{required}}. Bulan 1–12 atau namanya; negara: kode ISO atau nama (US, Jepang); kategori: {{categories}}; kode HS 4–10 digit; nilai FOB dalam USD (12.500,50). Baris ganda ditolak, tidak dijumlahkan.',
  },
  invalid: {
    recordHasErrors: 'tidak disimpan karena {{value}} juga memuat baris bermasalah ({{rows}})',
    duplicateLine: 'bahan {{value}} sudah ada di baris {{row}} berkas ini',
    bomLineStored: 'bahan {{value}} sudah tercatat di BOM produk ini',
    orderDiffers: 'berbeda dengan baris {{row}} untuk pesanan {{order}} ({{value}})',
  },
  words: {
    movement: { opening: 'saldo awal', receipt: 'penerimaan', issue: 'pengeluaran', return: 'pengembalian', adjustment: 'penyesuaian' },
    orderStatus: {
      draft: 'draf', confirmed: 'dikonfirmasi', 'in-production': 'diproduksi', ready: 'siap kirim', shipped: 'dikirim', closed: 'selesai',
      cancelled: 'dibatalkan',
    },
    buyerKind: { export: 'ekspor', domestic: 'domestik', marketplace: 'marketplace', government: 'pemerintah' },
    materialCategory: {
      kulit: 'kulit', 'kulit-sintetis': 'kulit sintetis', lining: 'furing', busa: 'busa', resleting: 'resleting', aksesoris: 'aksesoris',
      benang: 'benang', lem: 'lem', label: 'label', kemasan: 'kemasan', lainnya: 'lainnya',
    },
    outerMaterial: { kulit: 'kulit', sintetis: 'sintetis', tekstil: 'tekstil', plastik: 'plastik', lainnya: 'lainnya' },
  },
  columns: {
    products: {
      sku: 'SKU', name: 'Nama Produk', category: 'Kategori', hs_code: 'Kode HS', outer_material: 'Bahan Luar', uom: 'Satuan',
      labour_minutes: 'Waktu Kerja (menit/pcs)', carton_qty: 'Isi per Karton', carton_length_cm: 'Panjang Karton (cm)',
      carton_width_cm: 'Lebar Karton (cm)', carton_height_cm: 'Tinggi Karton (cm)', carton_gross_kg: 'Berat Kotor Karton (kg)',
      price: 'Harga', currency: 'Mata Uang', piece_rate: 'Ongkos Jahit (Rp/pcs)', name_en: 'Nama (Inggris)', composition: 'Komposisi',
    },
    bom: {
      sku: 'SKU', product_name: 'Nama Produk', material_code: 'Kode Bahan', material_name: 'Nama Bahan',
      qty_per_unit: 'Kebutuhan per pcs', uom: 'Satuan', waste_pct: 'Susut (%)',
    },
    materials: {
      material_code: 'Kode Bahan', name: 'Nama Bahan', category: 'Kategori', uom: 'Satuan', purchase_uom: 'Satuan Beli',
      purchase_factor: 'Isi per Satuan Beli', unit_cost: 'Harga Satuan', currency: 'Mata Uang', supplier: 'Pemasok',
      lead_time_days: 'Waktu Tunggu (hari)', min_order_qty: 'Minimal Pesan', reorder_point: 'Titik Pesan Ulang', safety_stock: 'Stok Pengaman',
    },
    buyers: {
      buyer_code: 'Kode Pembeli', name: 'Nama Pembeli', country: 'Negara', kind: 'Jenis Pembeli', currency: 'Mata Uang', incoterm: 'Incoterm',
      address: 'Alamat', city: 'Kota', postcode: 'Kode Pos', contact: 'Kontak', email: 'Email', phone: 'Telepon',
      notify_party: 'Notify Party', payment_terms: 'Syarat Pembayaran', incoterm_place: 'Tempat Incoterm', port_of_discharge: 'Pelabuhan Tujuan',
    },
    orders: {
      order_no: 'No. Pesanan', buyer_code: 'Kode Pembeli', buyer_name: 'Nama Pembeli', order_date: 'Tanggal Pesanan',
      ship_by: 'Kirim Paling Lambat', currency: 'Mata Uang', idr_rate: 'Kurs (Rp)', status: 'Status Pesanan', note: 'Catatan',
      sku: 'SKU', product_name: 'Nama Produk', qty: 'Jumlah Pesan', unit_price: 'Harga Satuan', line_value: 'Nilai',
      buyer_po: 'No. PO Pembeli', buyer_po_date: 'Tanggal PO Pembeli', payment_terms: 'Syarat Pembayaran',
    },
    stock: {
      material_code: 'Kode Bahan', material_name: 'Nama Bahan', kind: 'Jenis Mutasi', date: 'Tanggal', qty: 'Kuantitas', uom: 'Satuan',
      unit_code: 'Kode Unit', note: 'Catatan',
    },
  },
};
