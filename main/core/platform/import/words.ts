import type { Currency } from '../../../../shared/money';
import type { Uom } from '../../../../shared/units';

/**
 * The words people write in the sheets for the app's codes, already folded (foldKey). The codes
 * themselves are always accepted as well; a word not listed goes on to the schema, which refuses
 * it with the message that lists the codes.
 */

export const UOM_WORDS: Record<string, Uom> = {
  pcs: 'pcs', pc: 'pcs', buah: 'pcs', bh: 'pcs', biji: 'pcs', piece: 'pcs', pieces: 'pcs', potong: 'pcs', ptg: 'pcs', unit: 'pcs',
  sqft: 'sqft', ft2: 'sqft', sf: 'sqft', kakipersegi: 'sqft', squarefoot: 'sqft', squarefeet: 'sqft', feet2: 'sqft', kaki2: 'sqft',
  m: 'm', meter: 'm', mtr: 'm', metre: 'm', meters: 'm', metres: 'm',
  m2: 'm2', meterpersegi: 'm2', sqm: 'm2', squaremeter: 'm2', mtr2: 'm2',
  kg: 'kg', kilo: 'kg', kilogram: 'kg', kgs: 'kg',
  g: 'g', gr: 'g', gram: 'g',
  l: 'l', liter: 'l', litre: 'l', ltr: 'l',
  roll: 'roll', rol: 'roll', gulung: 'roll', gulungan: 'roll', rolls: 'roll',
  sheet: 'sheet', lembar: 'sheet', lbr: 'sheet', sheets: 'sheet',
  hide: 'hide', hides: 'hide', kulitutuh: 'hide', lembarkulit: 'hide',
  cone: 'cone', kon: 'cone', cones: 'cone',
  carton: 'carton', karton: 'carton', dus: 'carton', kardus: 'carton', box: 'carton', ctn: 'carton',
  set: 'set', stel: 'set', sets: 'set',
  pair: 'pair', pasang: 'pair', psg: 'pair', pairs: 'pair',
};

export const CURRENCY_WORDS: Record<string, Currency> = {
  idr: 'IDR', rp: 'IDR', rupiah: 'IDR',
  usd: 'USD', us: 'USD', dollar: 'USD', dolar: 'USD', usdollar: 'USD', dolaras: 'USD',
  eur: 'EUR', euro: 'EUR',
  jpy: 'JPY', yen: 'JPY',
  cny: 'CNY', rmb: 'CNY', yuan: 'CNY', renminbi: 'CNY',
  sgd: 'SGD', dolarsingapura: 'SGD',
  myr: 'MYR', rm: 'MYR', ringgit: 'MYR',
  aud: 'AUD', dolaraustralia: 'AUD',
};

/** Names of countries met in trade files that are not the ISO names (shared/countries.ts has those). */
export const COUNTRY_WORDS: Record<string, string> = {
  usa: 'US', amerika: 'US', as: 'US', unitedstatesofamerica: 'US',
  uk: 'GB', britania: 'GB', britaniaraya: 'GB', greatbritain: 'GB', england: 'GB',
  holland: 'NL', nederland: 'NL', thenetherlands: 'NL',
  cina: 'CN', china: 'CN', rrc: 'CN', rrt: 'CN',
  korea: 'KR', korsel: 'KR', southkorea: 'KR',
  uae: 'AE', uea: 'AE', saudi: 'SA', saudiarabia: 'SA', ri: 'ID',
};

export const MATERIAL_CATEGORY_WORDS: Record<string, string> = {
  kulit: 'kulit', leather: 'kulit', kulitasli: 'kulit', kulitsapi: 'kulit', kulitdomba: 'kulit', kulitkambing: 'kulit',
  kulitsintetis: 'kulit-sintetis', sintetis: 'kulit-sintetis', synthetic: 'kulit-sintetis', syntheticleather: 'kulit-sintetis',
  pu: 'kulit-sintetis', pvc: 'kulit-sintetis', imitasi: 'kulit-sintetis', kulitimitasi: 'kulit-sintetis', oscar: 'kulit-sintetis',
  lining: 'lining', furing: 'lining', puring: 'lining', lapisan: 'lining', kainfuring: 'lining',
  busa: 'busa', foam: 'busa', spons: 'busa', spon: 'busa',
  resleting: 'resleting', ritsleting: 'resleting', retsleting: 'resleting', sleting: 'resleting', zipper: 'resleting', zip: 'resleting',
  aksesoris: 'aksesoris', aksesori: 'aksesoris', accessories: 'aksesoris', accessory: 'aksesoris', hardware: 'aksesoris', asesoris: 'aksesoris',
  benang: 'benang', thread: 'benang',
  lem: 'lem', adhesive: 'lem', glue: 'lem', perekat: 'lem',
  label: 'label', labels: 'label', merek: 'label',
  kemasan: 'kemasan', packaging: 'kemasan', karton: 'kemasan', dus: 'kemasan', kardus: 'kemasan', dustbag: 'kemasan', plastik: 'kemasan',
  lainnya: 'lainnya', lainlain: 'lainnya', other: 'lainnya', others: 'lainnya',
};

export const OUTER_MATERIAL_WORDS: Record<string, string> = {
  kulit: 'kulit', leather: 'kulit', kulitasli: 'kulit',
  sintetis: 'sintetis', kulitsintetis: 'sintetis', synthetic: 'sintetis', pu: 'sintetis', pvc: 'sintetis', imitasi: 'sintetis',
  tekstil: 'tekstil', textile: 'tekstil', kain: 'tekstil', kanvas: 'tekstil', canvas: 'tekstil',
  plastik: 'plastik', plastic: 'plastik', abs: 'plastik',
  lainnya: 'lainnya', lainlain: 'lainnya', other: 'lainnya',
};

export const BUYER_KIND_WORDS: Record<string, string> = {
  export: 'export', ekspor: 'export', eksport: 'export', luarnegeri: 'export', importir: 'export',
  domestic: 'domestic', domestik: 'domestic', dalamnegeri: 'domestic', lokal: 'domestic', local: 'domestic', grosir: 'domestic',
  marketplace: 'marketplace', lokapasar: 'marketplace', online: 'marketplace', daring: 'marketplace', ecommerce: 'marketplace',
  government: 'government', pemerintah: 'government', instansi: 'government', dinas: 'government', pemda: 'government',
};

export const ORDER_STATUS_WORDS: Record<string, string> = {
  draft: 'draft', konsep: 'draft', rancangan: 'draft', baru: 'draft',
  confirmed: 'confirmed', dikonfirmasi: 'confirmed', konfirmasi: 'confirmed', terkonfirmasi: 'confirmed', disetujui: 'confirmed',
  inproduction: 'in-production', produksi: 'in-production', diproduksi: 'in-production', dalamproduksi: 'in-production', sedangdiproduksi: 'in-production',
  ready: 'ready', siap: 'ready', siapkirim: 'ready', selesaiproduksi: 'ready',
  shipped: 'shipped', dikirim: 'shipped', terkirim: 'shipped', sudahdikirim: 'shipped',
  closed: 'closed', selesai: 'closed', ditutup: 'closed', lunas: 'closed',
  cancelled: 'cancelled', canceled: 'cancelled', batal: 'cancelled', dibatalkan: 'cancelled',
};

export const MOVEMENT_KIND_WORDS: Record<string, string> = {
  opening: 'opening', saldoawal: 'opening', stokawal: 'opening', awal: 'opening', openingbalance: 'opening',
  receipt: 'receipt', penerimaan: 'receipt', masuk: 'receipt', terima: 'receipt', pembelian: 'receipt', diterima: 'receipt',
  issue: 'issue', pengeluaran: 'issue', keluar: 'issue', dikeluarkan: 'issue', pemakaian: 'issue',
  return: 'return', pengembalian: 'return', retur: 'return', kembali: 'return', dikembalikan: 'return',
  adjustment: 'adjustment', penyesuaian: 'adjustment', koreksi: 'adjustment', opname: 'adjustment', stokopname: 'adjustment',
};
