import type { OUTER_MATERIALS } from '../../../shared/domain/catalogue';
import type { Family } from './recipes';

/**
 * The centre's catalogue as the cooperative's showroom and export buyers know it. HS codes per
 * DOMAIN §3: the outer material decides the subheading (leather .x1, plastics or textile .x2).
 * Prices are 2026 estimates, set from each product's cost sheet (DOMAIN §8): USD FOB Surabaya for
 * the exported items with materials about half of it (leather handbags USD 8–35, synthetic bags
 * USD 2–8, DOMAIN §6), and the showroom's rupiah list about 1,35 × the FOB in rupiah (retail: the
 * wholesalers and the online shop buy at 72–85 % of it); the goods sold only at home carry
 * materials at about 40 % of their list.
 */
export interface ProductSpec {
  sku: string;
  name: string;
  category: 'tas' | 'koper' | 'dompet' | 'ikat-pinggang' | 'sepatu' | 'jaket' | 'aksesoris';
  hsCode: string;
  outerMaterial: (typeof OUTER_MATERIALS)[number];
  family: Family;
  outer: string;
  net: number;
  wastePct: number;
  trim?: readonly [string, number];
  labourMinutes: number;
  cartonQty: number;
  carton: readonly [number, number, number];
  /** Packed weight of one piece (or pair), kg. */
  unitKg: number;
  priceIdr: number;
  /** Null for goods sold only at home. */
  fobUsd: number | null;
}

type Row = [
  sku: string, name: string, category: ProductSpec['category'], hs: string, outer: ProductSpec['outerMaterial'], family: Family,
  material: string, net: number, waste: number, minutes: number, cartonQty: number, carton: readonly [number, number, number],
  kg: number, idr: number, usd: number | null,
];

const HANDBAG_CARTON = [60, 40, 40] as const;
const SMALL_CARTON = [40, 30, 30] as const;
const GOLF_CARTON = [125, 35, 35] as const;

const ROWS: readonly Row[] = [
  ['TWK-001', 'Tas Tote Wanita Kulit Sapi "Kirana"', 'tas', '4202.21', 'kulit', 'bag', 'KLT-SPB', 8, 20, 300, 12, HANDBAG_CARTON, 0.95, 790_000, 35],
  ['TWK-002', 'Tas Selempang Wanita Kulit Sapi', 'tas', '4202.21', 'kulit', 'bag', 'KLT-SPA', 4, 25, 180, 20, HANDBAG_CARTON, 0.55, 610_000, 27],
  ['TWK-003', 'Tas Hobo Kulit Sapi Pull-up', 'tas', '4202.21', 'kulit', 'bag', 'KLT-PUL', 5.5, 22, 270, 12, HANDBAG_CARTON, 0.9, 790_000, 35],
  ['TWK-004', 'Clutch Kulit Domba', 'tas', '4202.21', 'kulit', 'bag', 'KLT-DMB', 3.5, 30, 120, 20, HANDBAG_CARTON, 0.35, 330_000, 14.5],
  ['TWK-005', 'Tas Bahu Wanita Kulit Kambing', 'tas', '4202.21', 'kulit', 'bag', 'KLT-KBG', 6, 30, 240, 15, HANDBAG_CARTON, 0.7, 585_000, 26],
  ['TWK-006', 'Tas Tangan Kulit Sapi Emboss Croco', 'tas', '4202.21', 'kulit', 'bag', 'KLT-SPA', 6.5, 25, 330, 10, HANDBAG_CARTON, 1.1, 790_000, 35],
  ['TWK-007', 'Tas Mini Crossbody Kulit Sapi', 'tas', '4202.21', 'kulit', 'bag', 'KLT-SPB', 3, 25, 150, 20, HANDBAG_CARTON, 0.4, 405_000, 18],
  ['TWS-001', 'Tas Tote Wanita PU "Melati"', 'tas', '4202.22', 'sintetis', 'bag', 'SNT-PU', 0.8, 12, 90, 20, HANDBAG_CARTON, 0.55, 170_000, 7.5],
  ['TWS-002', 'Tas Selempang Wanita PU', 'tas', '4202.22', 'sintetis', 'bag', 'SNT-PU', 0.45, 12, 60, 20, HANDBAG_CARTON, 0.35, 105_000, 4.7],
  ['TWS-003', 'Tas Bahu Wanita PU Motif', 'tas', '4202.22', 'sintetis', 'bag', 'SNT-PU', 0.7, 12, 80, 20, HANDBAG_CARTON, 0.5, 160_000, 7],
  ['TWS-004', 'Clutch Pesta PU', 'tas', '4202.22', 'sintetis', 'bag', 'SNT-PU', 0.3, 10, 45, 20, HANDBAG_CARTON, 0.25, 80_000, 3.6],
  ['TWS-005', 'Tas Tote Kanvas Kombinasi PU', 'tas', '4202.22', 'tekstil', 'bag', 'TKS-KNV', 0.7, 10, 70, 20, HANDBAG_CARTON, 0.45, 160_000, 7],
  ['TWS-006', 'Tas Wanita PVC Harian', 'tas', '4202.22', 'plastik', 'bag', 'SNT-PVC', 0.6, 12, 50, 20, HANDBAG_CARTON, 0.4, 90_000, null],
  ['TKP-001', 'Tas Kerja Kulit Sapi (briefcase)', 'tas', '4202.11', 'kulit', 'bag', 'KLT-SPA', 12, 25, 420, 8, HANDBAG_CARTON, 1.6, 1_695_000, 75],
  ['TKP-002', 'Tas Selempang Pria Kulit Pull-up', 'tas', '4202.21', 'kulit', 'bag', 'KLT-PUL', 5.5, 22, 270, 12, HANDBAG_CARTON, 0.9, 790_000, 35],
  ['TKP-003', 'Tas Laptop PU 15 inci', 'tas', '4202.12', 'sintetis', 'bag', 'SNT-PU', 1, 12, 110, 10, HANDBAG_CARTON, 0.8, 180_000, 8],
  ['TRS-001', 'Tas Ransel Kanvas', 'tas', '4202.92', 'tekstil', 'bag', 'TKS-KNV', 1.1, 10, 100, 15, HANDBAG_CARTON, 0.7, 205_000, 9],
  ['TRS-002', 'Tas Ransel Kulit Sapi', 'tas', '4202.91', 'kulit', 'bag', 'KLT-SPB', 11, 25, 420, 8, HANDBAG_CARTON, 1.5, 1_335_000, 59],
  ['TRS-003', 'Tas Sekolah Anak Nilon', 'tas', '4202.12', 'tekstil', 'bag', 'TKS-NLN', 0.9, 10, 70, 20, HANDBAG_CARTON, 0.5, 140_000, null],
  ['TRS-004', 'Tas Ransel Wanita PU', 'tas', '4202.92', 'sintetis', 'bag', 'SNT-PU', 0.9, 12, 95, 15, HANDBAG_CARTON, 0.6, 180_000, 8],
  ['TTR-001', 'Travel Bag Kulit Sapi (weekender)', 'tas', '4202.91', 'kulit', 'bag', 'KLT-PUL', 16, 25, 540, 6, HANDBAG_CARTON, 2.2, 2_325_000, 103],
  ['TTR-002', 'Travel Bag Kanvas', 'tas', '4202.92', 'tekstil', 'bag', 'TKS-KNV', 1.6, 10, 130, 10, HANDBAG_CARTON, 0.9, 280_000, 12.5],
  ['TGF-001', 'Tas Golf PU Stand Bag', 'tas', '4202.92', 'sintetis', 'golf', 'SNT-PU', 3.2, 12, 600, 1, GOLF_CARTON, 3.4, 790_000, 35],
  ['TGF-002', 'Tas Golf Kulit Sapi Cart Bag', 'tas', '4202.91', 'kulit', 'golf', 'KLT-SPA', 28, 25, 900, 1, GOLF_CARTON, 4.8, 3_885_000, 172],
  ['KPR-001', 'Koper ABS 20 inci (kabin)', 'koper', '4202.12', 'plastik', 'suitcase-abs', 'AKS-CGK', 1, 0, 120, 1, [58, 40, 25], 3.2, 520_000, 23],
  ['KPR-002', 'Koper ABS 24 inci', 'koper', '4202.12', 'plastik', 'suitcase-abs', 'AKS-CGK', 1, 0, 140, 1, [70, 46, 28], 4.1, 565_000, 25],
  ['KPR-003', 'Koper Kulit Sapi 24 inci', 'koper', '4202.11', 'kulit', 'suitcase-soft', 'KLT-SPA', 24, 25, 900, 1, [72, 48, 30], 6.5, 3_410_000, 151],
  ['KPR-004', 'Koper Kain Nilon 24 inci', 'koper', '4202.12', 'tekstil', 'suitcase-soft', 'TKS-NLN', 2.2, 10, 240, 1, [70, 46, 30], 3.6, 610_000, 27],
  ['DPK-001', 'Dompet Pria Kulit Sapi Lipat', 'dompet', '4202.31', 'kulit', 'wallet', 'KLT-SPA', 1.2, 25, 60, 100, HANDBAG_CARTON, 0.15, 180_000, 8],
  ['DPK-002', 'Dompet Wanita Panjang Kulit Sapi', 'dompet', '4202.31', 'kulit', 'wallet', 'KLT-SPA', 1.5, 25, 90, 60, HANDBAG_CARTON, 0.2, 215_000, 9.5],
  ['DPK-003', 'Dompet Kartu Kulit Sapi', 'dompet', '4202.31', 'kulit', 'wallet', 'KLT-SPB', 0.5, 25, 30, 200, HANDBAG_CARTON, 0.06, 80_000, 3.6],
  ['DPK-004', 'Dompet Koin Kulit Kambing', 'dompet', '4202.31', 'kulit', 'wallet', 'KLT-KBG', 0.6, 30, 35, 150, HANDBAG_CARTON, 0.06, 75_000, 3.3],
  ['DPK-005', 'Dompet Paspor Kulit Sapi', 'dompet', '4202.31', 'kulit', 'wallet', 'KLT-SPB', 1, 25, 50, 100, HANDBAG_CARTON, 0.12, 135_000, 6],
  ['DPS-001', 'Dompet Wanita Sintetis', 'dompet', '4202.32', 'sintetis', 'wallet', 'SNT-PU', 0.15, 10, 35, 100, HANDBAG_CARTON, 0.12, 30_000, 1.4],
  ['DPS-002', 'Dompet Pria Sintetis', 'dompet', '4202.32', 'sintetis', 'wallet', 'SNT-PVC', 0.1, 10, 30, 100, HANDBAG_CARTON, 0.1, 20_000, null],
  ['IPK-001', 'Ikat Pinggang Kulit Sapi Pria 3,5 cm', 'ikat-pinggang', '4203.30', 'kulit', 'belt', 'KLT-NAB', 1.3, 15, 25, 100, HANDBAG_CARTON, 0.25, 205_000, 9],
  ['IPK-002', 'Ikat Pinggang Kulit Wanita 2,5 cm', 'ikat-pinggang', '4203.30', 'kulit', 'belt', 'KLT-NAB', 0.9, 15, 20, 100, HANDBAG_CARTON, 0.18, 145_000, 6.5],
  ['IPK-003', 'Ikat Pinggang Kulit Kerja Gesper Otomatis', 'ikat-pinggang', '4203.30', 'kulit', 'belt', 'KLT-SPB', 1.4, 15, 30, 100, HANDBAG_CARTON, 0.3, 170_000, 7.5],
  ['SPK-001', 'Sepatu Pantofel Pria Kulit Sapi', 'sepatu', '6403.59', 'kulit', 'shoe', 'KLT-SPA', 2.5, 20, 240, 12, HANDBAG_CARTON, 1.1, 385_000, 17],
  ['SPK-002', 'Sepatu Kasual Kulit Sol Karet', 'sepatu', '6403.99', 'kulit', 'shoe', 'KLT-PUL', 2.2, 20, 180, 12, HANDBAG_CARTON, 1, 360_000, 16],
  ['SPK-003', 'Sepatu Boots Kulit Sapi', 'sepatu', '6403.91', 'kulit', 'shoe', 'KLT-PUL', 3.5, 22, 300, 8, HANDBAG_CARTON, 1.5, 520_000, 23],
  ['SDK-001', 'Sandal Kulit Pria', 'sepatu', '6403.99', 'kulit', 'sandal', 'KLT-SPB', 1.2, 20, 90, 24, HANDBAG_CARTON, 0.6, 180_000, 8],
  ['SDS-001', 'Sandal Wanita Sintetis', 'sepatu', '6402.99', 'sintetis', 'sandal', 'SNT-PVC', 0.12, 10, 45, 24, HANDBAG_CARTON, 0.4, 65_000, null],
  ['JKT-001', 'Jaket Kulit Domba Pria', 'jaket', '4203.10', 'kulit', 'jacket', 'KLT-DMB', 40, 25, 720, 10, HANDBAG_CARTON, 1.6, 2_645_000, 117],
  ['JKT-002', 'Jaket Kulit Kambing Wanita', 'jaket', '4203.10', 'kulit', 'jacket', 'KLT-KBG', 36, 25, 660, 10, HANDBAG_CARTON, 1.4, 2_645_000, 117],
  ['JKT-003', 'Rompi Kulit Domba', 'jaket', '4203.10', 'kulit', 'jacket', 'KLT-DMB', 20, 25, 360, 15, HANDBAG_CARTON, 0.9, 1_400_000, 62],
  ['GTK-001', 'Gantungan Kunci Kulit', 'aksesoris', '4205.00', 'kulit', 'keyring', 'KLT-SPB', 0.15, 30, 10, 500, SMALL_CARTON, 0.02, 20_000, 0.9],
  ['GTK-002', 'Tag Koper Kulit', 'aksesoris', '4205.00', 'kulit', 'keyring', 'KLT-SPB', 0.25, 30, 15, 300, SMALL_CARTON, 0.03, 30_000, 1.4],
];

/** The canvas tote carries a PU trim; every other product has one outer material. */
const TRIMS: Record<string, readonly [string, number]> = { 'TWS-005': ['SNT-PU', 0.15] };

export const PRODUCTS: readonly ProductSpec[] = ROWS.map((row) => {
  const [sku, name, category, hsCode, outerMaterial, family, outer, net, wastePct, labourMinutes, cartonQty, carton, unitKg, priceIdr, fobUsd] = row;
  return { sku, name, category, hsCode, outerMaterial, family, outer, net, wastePct, trim: TRIMS[sku], labourMinutes, cartonQty, carton, unitKg, priceIdr, fobUsd };
});

/** Shoes and sandals are counted in pairs. */
export function productUom(spec: ProductSpec): 'pcs' | 'pair' {
  return spec.category === 'sepatu' ? 'pair' : 'pcs';
}

/** Gross kg of a full master carton: the goods plus about 1,2 kg of board and tape. */
export function cartonGrossKg(spec: ProductSpec): number {
  return Math.round((spec.unitKg * spec.cartonQty + 1.2) * 10) / 10;
}
