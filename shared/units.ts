/**
 * Units of measure, and the one place quantities change unit. Leather is bought by the hide
 * and used by the square foot; thread by the cone and used by the metre: each material says how
 * many of its own unit one purchase unit holds (`purchaseFactor`).
 */
export const UOMS = ['pcs', 'sqft', 'm', 'm2', 'kg', 'g', 'l', 'roll', 'sheet', 'hide', 'cone', 'carton', 'set', 'pair'] as const;
export type Uom = (typeof UOMS)[number];

/** Counting words of the trade: a kodi is 20 pieces, a lusin 12, a gros 144. */
export const TRADE_COUNTS: Record<string, number> = { pcs: 1, buah: 1, kodi: 20, lusin: 12, gros: 144, pasang: 1 };

/** Purchase units to the material's own unit (e.g. 3 hides × 50 sqft = 150 sqft). */
export function toUsageUnits(purchaseQty: number, purchaseFactor: number): number {
  return purchaseQty * purchaseFactor;
}

/** How many whole purchase units cover a need in usage units (suppliers sell whole hides). */
export function wholePurchaseUnits(usageQty: number, purchaseFactor: number): number {
  if (usageQty <= 0) return 0;
  return Math.ceil(usageQty / purchaseFactor - 1e-9);
}

/** Material needed for a quantity of product, cutting waste included. */
export function grossRequirement(productQty: number, qtyPerUnit: number, wastePct: number): number {
  return (productQty * qtyPerUnit) / (1 - wastePct / 100);
}

/** Quantities kept to 4 decimals: enough for 0,05 kg of glue per bag, free of float noise. */
export function roundQty(qty: number): number {
  return Math.round(qty * 10_000) / 10_000;
}

/** A quantity in a message, as the reader writes numbers: "1.250,5" in Indonesian, "1,250.5" in English. */
export function formatQuantity(locale: 'id' | 'en', qty: number): string {
  return new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 4 }).format(qty);
}
