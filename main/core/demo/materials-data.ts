import type { MATERIAL_CATEGORIES } from '../../../shared/domain/materials';
import type { Uom } from '../../../shared/units';

/**
 * The cooperative's buying list (DOMAIN §1, §6): finished leather from the tanneries of Magetan
 * and Garut (Sukaregang), synthetics, lining and accessories from Surabaya and Sidoarjo. Prices
 * and monthly use are working estimates; the firms are fictional.
 */
export interface SupplierSpec {
  key: string;
  name: string;
  city: string;
  phone: string;
}

export const SUPPLIERS: readonly SupplierSpec[] = [
  { key: 'magetan', name: 'CV Penyamakan Kulit Lawu', city: 'Magetan', phone: '(0351) 895 214' },
  { key: 'garut', name: 'UD Sukaregang Jaya Leather', city: 'Garut', phone: '(0262) 233 418' },
  { key: 'sintetis', name: 'Toko Kulit Sintetis Kapasan', city: 'Surabaya', phone: '(031) 371 5520' },
  { key: 'tekstil', name: 'UD Tekstil Pasar Atom', city: 'Surabaya', phone: '(031) 353 0871' },
  { key: 'aksesoris', name: 'UD Aksesoris Tas Kludan', city: 'Sidoarjo', phone: '(031) 885 2047' },
  { key: 'koper', name: 'PT Plastik Koper Sidoarjo', city: 'Sidoarjo', phone: '(031) 896 4410' },
  { key: 'benang', name: 'Toko Benang dan Lem Surya', city: 'Surabaya', phone: '(031) 532 6611' },
  { key: 'kemasan', name: 'CV Kemasan Karya Mandiri', city: 'Sidoarjo', phone: '(031) 805 3372' },
  // Wedoro, north of the city, is Sidoarjo's sandal village: soles and shoe glue come from there.
  { key: 'sol', name: 'UD Sol Sepatu Wedoro', city: 'Sidoarjo', phone: '(031) 854 9036' },
];

export interface MaterialSpec {
  code: string;
  name: string;
  category: (typeof MATERIAL_CATEGORIES)[number];
  uom: Uom;
  purchaseUom: Uom | null;
  /** How many `uom` one purchase unit holds (a cowhide ≈ 50 sqft, a cone of thread 3,000 m). */
  purchaseFactor: number;
  /** Rupiah per `uom`. */
  unitCost: number;
  supplier: string;
  leadTimeDays: number;
  /** What the workshops draw from the cooperative in an ordinary month, in `uom`. */
  monthlyUse: number;
  /** The smallest amount handed out or counted: whole sqft, half metres, tens of pieces. */
  step: number;
}

type Row = [
  code: string, name: string, category: MaterialSpec['category'], uom: Uom, purchase: [Uom, number] | null,
  cost: number, supplier: string, lead: number, monthlyUse: number, step: number,
];

const ROWS: readonly Row[] = [
  ['KLT-SPA', 'Kulit sapi nappa grade A 1,2–1,4 mm', 'kulit', 'sqft', ['hide', 50], 36_000, 'magetan', 14, 2_600, 1],
  ['KLT-SPB', 'Kulit sapi corrected grain grade B', 'kulit', 'sqft', ['hide', 50], 30_000, 'garut', 10, 1_800, 1],
  ['KLT-PUL', 'Kulit sapi pull-up (crazy horse)', 'kulit', 'sqft', ['hide', 48], 38_000, 'garut', 21, 900, 1],
  ['KLT-NAB', 'Kulit sapi nabati (vegtan) 3,5 mm', 'kulit', 'sqft', ['hide', 45], 42_000, 'magetan', 21, 700, 1],
  ['KLT-DMB', 'Kulit domba garmen', 'kulit', 'sqft', ['sheet', 7], 18_000, 'garut', 14, 1_400, 1],
  ['KLT-KBG', 'Kulit kambing', 'kulit', 'sqft', ['sheet', 6], 20_000, 'magetan', 14, 900, 1],
  ['SNT-PU', 'Kulit sintetis PU 137 cm', 'kulit-sintetis', 'm', ['roll', 50], 32_000, 'sintetis', 3, 1_500, 0.5],
  ['SNT-PVC', 'Kulit sintetis PVC 137 cm', 'kulit-sintetis', 'm', ['roll', 50], 18_000, 'sintetis', 3, 600, 0.5],
  ['TKS-KNV', 'Kanvas 12 oz 150 cm', 'lainnya', 'm', ['roll', 50], 28_000, 'tekstil', 4, 700, 0.5],
  ['TKS-NLN', 'Nilon 600D 150 cm', 'lainnya', 'm', ['roll', 50], 22_000, 'tekstil', 4, 800, 0.5],
  ['FRG-PLY', 'Furing polyester (taslan) 150 cm', 'lining', 'm', ['roll', 50], 12_500, 'tekstil', 3, 2_400, 0.5],
  ['FRG-SUD', 'Furing suede sintetis 150 cm', 'lining', 'm', ['roll', 50], 21_000, 'tekstil', 3, 500, 0.5],
  ['FRG-JKT', 'Furing jaket satin 150 cm', 'lining', 'm', ['roll', 50], 16_000, 'tekstil', 4, 200, 0.5],
  ['BSA-3MM', 'Busa spons 3 mm', 'busa', 'm', ['roll', 50], 9_500, 'tekstil', 3, 1_300, 0.5],
  ['BSA-10M', 'Busa spons 10 mm', 'busa', 'm', ['roll', 30], 18_000, 'tekstil', 3, 150, 0.5],
  ['PPN-BRD', 'Papan stiffener karton press 1,5 mm (100×70 cm)', 'lainnya', 'sheet', null, 9_000, 'kemasan', 3, 900, 10],
  ['RST-YL5', 'Resleting logam YKK no. 5 (30 cm)', 'resleting', 'pcs', null, 7_500, 'aksesoris', 5, 2_000, 50],
  ['RST-NY5', 'Resleting nilon no. 5 (30 cm)', 'resleting', 'pcs', null, 2_800, 'aksesoris', 3, 4_500, 50],
  ['RST-NY8', 'Resleting nilon no. 8 dengan kepala', 'resleting', 'pcs', null, 5_500, 'aksesoris', 3, 700, 50],
  ['AKS-TAS', 'Set aksesoris logam tas (ring D, gesper, magnet, paku keling, kaki tas; 8 pcs)', 'aksesoris', 'set', null, 12_500, 'aksesoris', 5, 2_200, 10],
  ['AKS-GSP', 'Gesper ikat pinggang kuningan', 'aksesoris', 'pcs', null, 9_000, 'aksesoris', 7, 1_200, 10],
  ['AKS-KNC', 'Kancing magnet dompet', 'aksesoris', 'pcs', null, 900, 'aksesoris', 3, 3_500, 50],
  ['AKS-RNG', 'Ring gantungan kunci', 'aksesoris', 'pcs', null, 750, 'aksesoris', 3, 1_500, 50],
  ['AKS-TRL', 'Set troli dan 4 roda spinner koper', 'aksesoris', 'set', null, 55_000, 'koper', 10, 180, 5],
  ['AKS-CGK', 'Cangkang koper ABS (sepasang)', 'lainnya', 'set', null, 95_000, 'koper', 14, 140, 5],
  ['SOL-KRT', 'Sol karet sepatu dan sandal', 'lainnya', 'pair', null, 18_000, 'sol', 7, 900, 10],
  ['BNG-NLN', 'Benang nilon bonded 210D/3', 'benang', 'm', ['cone', 3_000], 12, 'benang', 3, 220_000, 500],
  ['LEM-KNG', 'Lem kuning (lem kontak)', 'lem', 'kg', null, 62_000, 'benang', 2, 260, 0.5],
  ['LEM-PU', 'Lem PU sepatu', 'lem', 'kg', null, 95_000, 'sol', 3, 45, 0.5],
  ['LBL-LGM', 'Label logo logam', 'label', 'pcs', null, 3_200, 'aksesoris', 7, 2_500, 50],
  ['LBL-TNN', 'Label tenun (woven)', 'label', 'pcs', null, 450, 'aksesoris', 7, 6_000, 100],
  ['LBL-HTG', 'Hangtag dan kartu garansi', 'label', 'pcs', null, 650, 'kemasan', 5, 7_000, 100],
  ['KMS-DBG', 'Dust bag kain blacu', 'kemasan', 'pcs', null, 5_500, 'kemasan', 5, 1_800, 50],
  ['KMS-PLB', 'Polybag', 'kemasan', 'pcs', null, 300, 'kemasan', 2, 6_000, 100],
  ['KMS-BOX', 'Kotak kado dompet dan ikat pinggang', 'kemasan', 'pcs', null, 3_800, 'kemasan', 5, 3_000, 50],
  ['KMS-SPT', 'Kotak sepatu', 'kemasan', 'pcs', null, 4_500, 'kemasan', 5, 800, 50],
  ['KMS-CTN', 'Karton master 60×40×40 cm', 'kemasan', 'pcs', null, 12_000, 'kemasan', 3, 450, 10],
];

export const MATERIALS: readonly MaterialSpec[] = ROWS.map(([code, name, category, uom, purchase, unitCost, supplier, leadTimeDays, monthlyUse, step]) => ({
  code,
  name,
  category,
  uom,
  purchaseUom: purchase ? purchase[0] : null,
  purchaseFactor: purchase ? purchase[1] : 1,
  unitCost,
  supplier,
  leadTimeDays,
  monthlyUse,
  step,
}));

/** Rounds a quantity up to the material's step, kept free of float noise. */
export function toStep(qty: number, step: number): number {
  return Math.round(Math.ceil(qty / step - 1e-9) * step * 10_000) / 10_000;
}

/**
 * Stock policy from monthly use: a week of safety stock, a reorder point that covers the lead
 * time on top of it, and a minimum order of half a month in whole purchase units.
 */
export function stockPolicy(spec: MaterialSpec): { safetyStock: number; reorderPoint: number; minOrderQty: number } {
  const daily = spec.monthlyUse / 30;
  const safetyStock = toStep(daily * 7, spec.step);
  const reorderPoint = toStep(safetyStock + daily * spec.leadTimeDays, spec.step);
  const minOrderQty = Math.ceil((spec.monthlyUse / 2) / spec.purchaseFactor - 1e-9) * spec.purchaseFactor;
  return { safetyStock, reorderPoint, minOrderQty: toStep(minOrderQty, spec.step) };
}
