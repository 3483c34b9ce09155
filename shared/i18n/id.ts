import { backupId } from './backup.id';
import { shellId } from './shell.id';
import { maintenanceId } from './maintenance.id';
import { checksId } from './checks.id';
import { guardId } from './guard.id';
import { exporterId } from './exporter.id';
import { papersId } from './papers.id';
import { proformaId } from './proforma.id';
import { labelsId } from './labels.id';
import { bulkId } from './bulk.id';
import { formsId } from './forms.id';
import { unitCardId } from './unit-card.id';
import { clipboardId } from './clipboard.id';
import { serverId } from './server.id';
import { outboxId } from './outbox.id';
import { jobsId } from './jobs.id';
import { chartsId } from './charts.id';
import { dashboardId } from './dashboard.id';
import { importId } from './import.id';
import { importUpdateId } from './import-update.id';
import { orderUpdateId } from './order-update.id';
import { planId } from './plan.id';
import { exportsId } from './exports.id';
import { purchasingId } from './purchasing.id';
import { ordersId } from './orders.id';
import { ratesId } from './rates.id';
import { reportMaterialsId } from './report-materials.id';
import { reportProductionId } from './report-production.id';
import { reportGovernmentId } from './report-government.id';
import { reportRegistryId } from './report-registry.id';
import { roadmapId } from './roadmap.id';
import { reportShipmentsId } from './report-shipments.id';
import { shipmentsId } from './shipments.id';
import { workshopsId } from './workshops.id';
import { uiId } from './ui.id';
import type { Widen } from './widen';

/** Bahasa Indonesia: the default language of every screen, workbook and printed page. */
export const id = {
  app: { name: 'Sentra Planner', tagline: 'Perencana rantai pasok sentra IKM' },
  invalid: {
    workHours: 'jam kerja per minggu harus 1 sampai 84',
    offeredAboveCapacity: 'kapasitas untuk koperasi tidak boleh melebihi kapasitas per bulan ({{capacity}} pcs)',
    required: 'wajib diisi',
    tooLong: 'terlalu panjang',
    email: 'bukan alamat e-mail (contoh: nama@perusahaan.com)',
    poDateFuture: 'tanggal PO pembeli tidak boleh setelah hari ini',
    tooLarge: 'angka terlalu besar',
    prefKey: 'preferensi {{value}} tidak dikenal',
    prefLanguage: "bahasa harus 'id' atau 'en'",
    date: 'bukan tanggal yang benar (tulis hh/bb/tttt, mis. 17/08/2024)',
    nikDigits: 'NIK KTP hanya boleh berisi angka',
    nikLength: 'NIK KTP harus 16 digit, di sini {{count}} digit',
    nikAsNumber: 'NIK KTP tersimpan sebagai angka di Excel sehingga digit terakhirnya hilang; format kolom sebagai Teks dan ketik ulang',
    phoneChars: 'nomor HP hanya boleh berisi angka, spasi, tanda + atau -',
    phoneStart: 'nomor HP harus diawali 08 atau +62',
    phoneLength: 'nomor HP harus 9–14 digit, di sini {{count}} digit',
    notNumber: 'harus berupa angka',
    notWhole: 'harus bilangan bulat',
    negative: 'tidak boleh negatif',
    memberStatus: 'status harus aktif, non-aktif atau keluar',
    gender: 'jenis kelamin harus L atau P',
    grade: 'mutu harus A, B atau C',
    active: 'isi aktif atau tidak aktif (ya/tidak)',
    nib: 'NIB harus 13 digit',
    kbli: 'KBLI harus 5 digit',
    category: 'jenis produk "{{value}}" tidak dikenal; pilih dari: {{known}}',
    duplicateInFile: 'nomor {{value}} sudah dipakai di baris {{row}} berkas ini',
    duplicateStored: 'nomor {{value}} sudah terdaftar',
    unknownOwner: 'pemilik dengan No. Anggota {{value}} tidak ditemukan',
    wrongType: 'isian tidak sesuai',
    currency: 'mata uang harus salah satu dari IDR, USD, EUR, JPY, CNY, SGD, MYR, AUD',
    uom: 'satuan tidak dikenal (pcs, sqft, m, m2, kg, g, l, roll, sheet, hide, cone, carton, set, pair)',
    hsCode: 'kode HS harus 6 atau 8 digit, mis. 4202.21 atau 4202.21.10',
    notPositive: 'harus lebih dari nol',
    outerMaterial: 'bahan luar harus kulit, sintetis, tekstil, plastik atau lainnya',
    wasteTooHigh: 'susut harus di bawah 100 %',
    materialCategory: 'kategori bahan tidak dikenal',
    movementKind: 'jenis mutasi harus opening, receipt, issue, return atau adjustment',
    zero: 'jumlah tidak boleh nol',
    reasonRequired: 'penyesuaian stok wajib diberi alasan',
    workshopRequired: 'pengeluaran dan pengembalian bahan wajib menyebut unit usaha',
    country: 'negara tidak dikenal; tulis kode ISO dua huruf, mis. US, BE, JP, CN',
    buyerKind: 'jenis pembeli harus export, domestic, marketplace atau government',
    incoterm: 'incoterm tidak dikenal (mis. FOB, CIF, EXW)',
    orderStatus: 'status pesanan tidak dikenal',
    noLines: 'pesanan harus punya paling sedikit satu baris',
    shipBeforeOrder: 'tanggal kirim tidak boleh sebelum tanggal pesanan',
    unknownProduct: 'produk (SKU) {{value}} tidak ditemukan',
    unknownMaterial: 'bahan {{value}} tidak ditemukan',
    unknownBuyer: 'pembeli {{value}} tidak ditemukan',
    unknownUnit: 'unit usaha {{value}} tidak ditemukan',
    stockNegative: 'stok {{material}} akan menjadi {{balance}} {{uom}} pada {{date}}; tidak boleh negatif',
    missingRate: 'kurs {{currency}} ke rupiah pada {{date}} belum dicatat',
    statusTransition: 'status tidak bisa diubah dari {{from}} ke {{to}}',
    cellError: 'sel berisi galat Excel {{value}}; perbaiki rumusnya atau ketik nilainya',
    formulaError: 'hasil rumus di sel ini tidak dapat dibaca (galat Excel seperti #N/A atau #REF!, atau belum dihitung); perbaiki rumusnya atau ketik nilainya',
    month: 'bulan harus 1–12 atau nama bulan (Januari … Desember)',
    exportYear: 'tahun harus antara 1970 dan 2100',
    futurePeriod: 'periode {{period}} belum berlalu; riwayat ekspor hanya untuk bulan yang sudah berjalan',
    hsCodeHistory: 'kode HS harus 4, 6, 8 atau 10 digit, mis. 4202, 4202.21 atau 4202.21.10',
    periodMonth: 'periode harus ditulis TTTT-BB, mis. 2026-01',
    shipmentStatus: 'status pengapalan harus draf, dipesan, dikapalkan, selesai atau dibatalkan',
    container: "kontainer harus 20', 40', 40'HC atau LCL",
    noShipmentLines: 'pengapalan harus berisi paling sedikit satu barang',
    etaBeforeEtd: 'ETA tidak boleh sebelum ETD',
  },
  errors: {
    notFound: 'Data tidak ditemukan.',
    memberHasUnits: 'Anggota {{name}} masih memiliki {{count}} unit usaha: {{units}}. Lepaskan unit tersebut dari pemiliknya terlebih dahulu.',
    duplicateMemberNo: 'No. Anggota {{value}} sudah dipakai oleh {{name}}.',
    duplicateUnitCode: 'Kode unit {{value}} sudah dipakai oleh {{name}}.',
    unknownOwner: 'Pemilik dengan No. Anggota {{value}} tidak ditemukan.',
    importUnreadable: 'Berkas {{file}} tidak dapat dibaca sebagai buku kerja Excel (.xlsx).',
    importEmpty: 'Berkas {{file}} tidak berisi lembar kerja dengan data.',
    importNoHeader: 'Tidak ditemukan baris judul kolom di lembar "{{sheet}}". Kolom yang dicari, misalnya: {{expected}}.',
    importMissingColumn: 'Kolom wajib "{{column}}" tidak ada di baris judul (baris {{row}}).',
    importInvalidRows: '{{count}} baris bermasalah; tidak ada yang disimpan.',
    importExpired: 'Pratinjau impor sudah kedaluwarsa; pilih berkasnya lagi.',
    notEmpty: 'Basis data ini sudah berisi data sentra; demo hanya dimuat ke basis data kosong.',
    invalidInput: 'Isian tidak valid: {{issues}}',
    unknownCall: 'Perintah {{name}} tidak dikenal.',
    internal: 'Terjadi kesalahan di aplikasi: {{message}}',
    duplicateSku: 'SKU {{value}} sudah dipakai oleh produk {{name}}.',
    duplicateMaterialCode: 'Kode bahan {{value}} sudah dipakai oleh {{name}}.',
    duplicateBuyerCode: 'Kode pembeli {{value}} sudah dipakai oleh {{name}}.',
    duplicateOrderNo: 'No. pesanan {{value}} sudah dipakai oleh pesanan lain.',
    orderLocked: 'Pesanan {{value}} berstatus {{status}}; hanya pesanan draft atau confirmed yang boleh diubah.',
    duplicateBomMaterial: 'Bahan {{value}} tercantum lebih dari sekali dalam daftar bahan (BOM) ini.',
    returnExceedsHeld: 'Unit {{unit}} hanya memegang {{held}} {{uom}} {{material}} pada {{date}}; pengembalian tidak boleh melebihinya.',
    rateForRupiah: 'Kurs hanya dicatat untuk mata uang asing; rupiah selalu 1.',
    orderLineInUse: 'Baris {{line}} ({{sku}}) pesanan {{value}} sudah punya penugasan kerja (SPK) atau pengiriman: barisnya tidak bisa dihapus dan produknya tidak bisa diganti (jumlah dan harga boleh diubah). Batalkan penugasannya dahulu.',
    purchaseDuplicateMaterial: 'Bahan {{value}} tercantum lebih dari sekali dalam PO ini.',
    purchaseMixedCurrency: 'Satu PO hanya boleh satu mata uang: harga {{material}} dalam {{currency}}, bahan lain dalam {{other}}.',
    purchaseLocked: 'PO {{value}} berstatus {{status}}; hanya PO draf yang boleh diubah.',
    purchaseExpectedBeforeOrder: 'Tanggal perkiraan datang tidak boleh sebelum tanggal PO.',
    duplicatePoNo: 'No. PO {{value}} sudah dipakai oleh PO lain.',
    purchaseTransition: 'Status PO {{value}} tidak bisa diubah dari {{from}} ke {{to}}.',
    noPlanRun: 'Belum ada rencana produksi; jalankan perencanaan lebih dahulu.',
    noPlanSuggestions: 'Rencana tanggal {{date}} tidak berisi saran pembelian dengan pemasok yang bisa dijadikan PO.',
    planAlreadyOrdered: 'Saran pembelian rencana tanggal {{date}} sudah dijadikan PO ({{orders}}); jalankan perencanaan lagi untuk saran baru.',
    purchaseNotOrdered: 'PO {{value}} berstatus {{status}}; hanya PO yang sudah dipesan yang bisa diterima.',
    purchaseLineUnknown: 'Bahan {{material}} tidak ada dalam PO {{value}}.',
    receiveExceedsOpen: 'Sisa {{material}} yang belum diterima di PO {{value}} tinggal {{open}} {{uom}}; penerimaan {{qty}} {{uom}} melebihinya.',
    deliveryEmpty: 'Jumlah diterima dan ditolak tidak boleh keduanya nol.',
    deliveryExceedsOpen: 'SPK {{order}} ({{sku}}, {{unit}}) tinggal {{open}} pcs yang belum disetor; setoran {{qty}} pcs melebihinya.',
    deliveryClosed: 'SPK {{order}} ({{sku}}, {{unit}}) berstatus {{status}}; setoran tidak bisa dicatat.',
    assignmentTransition: 'Status SPK tidak bisa diubah dari {{from}} ke {{to}}.',
    periodOrder: 'Tanggal akhir periode tidak boleh sebelum tanggal awal.',
    duplicateExportRow: 'Riwayat ekspor {{value}} sudah tercatat; ubah baris yang ada, jangan menambah baris kedua.',
  },
  member: {
    memberNo: 'No. Anggota', name: 'Nama Anggota', nik: 'NIK KTP', phone: 'No. HP', gender: 'Jenis Kelamin',
    address: 'Alamat', village: 'Desa/Kelurahan', district: 'Kecamatan', regency: 'Kabupaten/Kota',
    joinedOn: 'Tanggal Masuk', status: 'Status', statusFrom: 'Status Sejak', unitCount: 'Unit Usaha', workers: 'Tenaga Kerja',
  },
  unit: {
    unitCode: 'Kode Unit', name: 'Nama Usaha', ownerMemberNo: 'No. Anggota Pemilik', ownerName: 'Pemilik', nib: 'NIB', kbli: 'KBLI',
    address: 'Alamat', village: 'Desa/Kelurahan', categories: 'Jenis Produk', workers: 'Tenaga Kerja',
    monthlyCapacity: 'Kapasitas (pcs/bulan)', qualityGrade: 'Mutu', isActive: 'Aktif', stateFrom: 'Berlaku Sejak',
    offeredCapacity: 'Kapasitas untuk Koperasi (pcs/bulan)',
  },
  status: { aktif: 'aktif', 'non-aktif': 'non-aktif', keluar: 'keluar' },
  yesNo: { yes: 'ya', no: 'tidak' },
  ui: uiId,
  imports: importId,
  importUpdate: importUpdateId,
  orderUpdate: orderUpdateId,
  plan: planId,
  purchasing: purchasingId,
  orders: ordersId,
  rates: ratesId,
  workshops: workshopsId,
  exports: exportsId,
  shipments: shipmentsId,
  roadmap: roadmapId,
  reportRegistry: reportRegistryId,
  reportGovernment: reportGovernmentId,
  reportShipments: reportShipmentsId,
  reportProduction: reportProductionId,
  reportMaterials: reportMaterialsId,
  dashboard: dashboardId,
  jobs: jobsId,
  charts: chartsId,
  shell: shellId,
  backup: backupId,
  maintenance: maintenanceId,
  guard: guardId,
  exporter: exporterId,
  papers: papersId,
  proforma: proformaId,
  labels: labelsId,
  bulk: bulkId,
  forms: formsId,
  unitCard: unitCardId,
  clipboard: clipboardId,
  checks: checksId,
  server: serverId,
  outbox: outboxId,
};

export type Messages = Widen<typeof id>;
