import type { Db } from '../platform/db/connection';
import { BUYER_PAPERS } from './buyer-papers';
import { PRODUCTS, type ProductSpec } from './products-data';

/**
 * The cooperative's buyers (fictional firms). Most business is at home: the showroom, the online
 * shop, wholesalers in Surabaya and Jakarta and now and then the regency's education office.
 * Exports are a few percent of orders but, at hundreds of pieces a line, about a tenth of the
 * value; they are weighted as DOMAIN §7: USA > Japan > Belgium/Netherlands > Malaysia > China.
 */
export type BuyerKind = 'export' | 'domestic' | 'marketplace' | 'government';
export type OrderCurrency = 'IDR' | 'USD' | 'EUR' | 'JPY';

export interface DemoBuyer {
  code: string;
  name: string;
  country: string;
  kind: BuyerKind;
  currency: OrderCurrency;
  incoterm: 'FOB' | 'CIF' | 'EXW' | null;
  /** Relative number of orders over the years. */
  weight: number;
  /** What this buyer orders, best sellers first. */
  skus: readonly string[];
  /** Share of the rupiah list price a domestic buyer pays (wholesale discount). */
  priceShare: number;
  /** Domestic quantities in kodi (20 pieces), as wholesalers order. */
  buysByKodi: boolean;
  /** Which part of a family's domestic quantity range this buyer orders in (0 = least, 1 = most). */
  volume: readonly [number, number];
  id: number;
}

const by = (test: (spec: ProductSpec) => boolean) => PRODUCTS.filter(test).map((spec) => spec.sku);
const isExported = (spec: ProductSpec) => spec.fobUsd !== null;
const prefixed = (...prefixes: string[]) => by((spec) => isExported(spec) && prefixes.some((prefix) => spec.sku.startsWith(prefix)));

type BuyerRow = Omit<DemoBuyer, 'id' | 'priceShare' | 'buysByKodi' | 'volume'> & Partial<Pick<DemoBuyer, 'priceShare' | 'buysByKodi' | 'volume'>>;

const BUYER_ROWS: readonly BuyerRow[] = [
  { code: 'US-BLW', name: 'Bellwether Leather Goods LLC', country: 'US', kind: 'export', currency: 'USD', incoterm: 'FOB',
    weight: 1.35, skus: prefixed('TWK', 'TKP-001', 'TKP-002', 'DPK', 'IPK', 'GTK') },
  { code: 'US-HPT', name: 'Harbor & Pine Trading Co.', country: 'US', kind: 'export', currency: 'USD', incoterm: 'FOB',
    weight: 1.05, skus: prefixed('TWS', 'TRS', 'TTR', 'KPR', 'DPS', 'TKP-003') },
  { code: 'US-FWS', name: 'Fairway Supply Inc.', country: 'US', kind: 'export', currency: 'USD', incoterm: 'FOB',
    weight: 0.45, skus: prefixed('TGF', 'TTR', 'TRS-002', 'IPK', 'GTK-002') },
  { code: 'JP-KBS', name: 'Kobayashi Shoji K.K.', country: 'JP', kind: 'export', currency: 'JPY', incoterm: 'CIF',
    weight: 1.05, skus: prefixed('TWK', 'DPK', 'GTK', 'SPK', 'JKT') },
  { code: 'BE-MVH', name: 'Maison Verhaegen BV', country: 'BE', kind: 'export', currency: 'EUR', incoterm: 'CIF',
    weight: 0.45, skus: prefixed('TWK', 'TKP', 'DPK', 'IPK', 'JKT') },
  { code: 'NL-VDL', name: 'Van der Linden Lederwaren B.V.', country: 'NL', kind: 'export', currency: 'EUR', incoterm: 'FOB',
    weight: 0.375, skus: prefixed('TWK', 'TWS', 'TRS', 'SPK', 'SDK', 'IPK') },
  { code: 'MY-KMS', name: 'Syarikat Kulit Mewah Sdn. Bhd.', country: 'MY', kind: 'export', currency: 'USD', incoterm: 'CIF',
    weight: 0.45, skus: prefixed('TWS', 'TWK-002', 'TWK-007', 'DPK', 'DPS', 'KPR', 'SDK') },
  { code: 'CN-GHM', name: 'Guangzhou Huamei Trading Co., Ltd.', country: 'CN', kind: 'export', currency: 'USD', incoterm: 'EXW',
    weight: 0.3, skus: prefixed('TWK', 'JKT', 'TTR-001', 'TGF-002', 'KPR-003') },
  { code: 'SRM-INT', name: 'Showroom Koperasi INTAKO', country: 'ID', kind: 'domestic', currency: 'IDR', incoterm: null,
    weight: 26, skus: by(() => true), priceShare: 0.8, volume: [0, 0.25] },
  { code: 'ONL-INT', name: 'Toko Online INTAKO (marketplace)', country: 'ID', kind: 'marketplace', currency: 'IDR', incoterm: null,
    weight: 22, skus: by((s) => s.priceIdr <= 800_000), priceShare: 0.85, volume: [0, 0.45] },
  { code: 'GRS-SBY', name: 'UD Grosir Tas Pasar Turi', country: 'ID', kind: 'domestic', currency: 'IDR', incoterm: null,
    weight: 17, skus: by((s) => s.priceIdr <= 560_000), priceShare: 0.72, buysByKodi: true, volume: [0.1, 1] },
  { code: 'GRS-JKT', name: 'CV Tanah Abang Jaya Abadi', country: 'ID', kind: 'domestic', currency: 'IDR', incoterm: null,
    weight: 13, skus: by((s) => ['tas', 'dompet', 'koper'].includes(s.category)), priceShare: 0.72, buysByKodi: true, volume: [0.1, 1] },
  // School bags and seminar kits for the new school year; a handful of orders a year.
  { code: 'DIN-SDA', name: 'Dinas Pendidikan Kabupaten Sidoarjo', country: 'ID', kind: 'government', currency: 'IDR', incoterm: null,
    weight: 1, skus: ['TRS-003', 'TRS-001', 'TKP-003', 'DPK-003', 'GTK-001'], priceShare: 0.9, volume: [0.5, 1] },
];

export const BUYERS: readonly Omit<DemoBuyer, 'id'>[] = BUYER_ROWS.map((row) => ({ priceShare: 1, buysByKodi: false, volume: [0, 1] as const, ...row }));

export function writeBuyers(db: Db, now: string): DemoBuyer[] {
  const insert = db.prepare(
    `INSERT INTO buyer (buyer_code, name, country, kind, currency, incoterm, address, city, postcode, contact, email, phone,
       notify_party, payment_terms, incoterm_place, port_of_discharge, created_at, updated_at)
     VALUES (@code, @name, @country, @kind, @currency, @incoterm, @address, @city, @postcode, @contact, @email, @phone,
       @notifyParty, @paymentTerms, @incotermPlace, @portOfDischarge, @now, @now)`,
  );
  return BUYERS.map((buyer) => {
    const { code, name, country, kind, currency, incoterm } = buyer;
    // Every demo buyer has its papers' details; a code without them is a slip in buyer-papers.ts.
    const { po: _po, ...papers } = BUYER_PAPERS[code];
    const id = Number(insert.run({ code, name, country, kind, currency, incoterm, ...papers, now }).lastInsertRowid);
    return { ...buyer, id };
  });
}
