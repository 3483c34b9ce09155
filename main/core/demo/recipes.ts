/**
 * Bills of materials by product family (DOMAIN §6, estimates): the outer material per unit net
 * of cutting waste, then lining, foam, board, zippers, hardware, thread, glue, labels and
 * packing scaled to the product's size. A master carton is shared by `cartonQty` pieces.
 */
export type Family = 'bag' | 'suitcase-abs' | 'suitcase-soft' | 'golf' | 'wallet' | 'belt' | 'shoe' | 'sandal' | 'jacket' | 'keyring';

/** What a recipe needs to know of its product. */
export interface RecipeInput {
  family: Family;
  /** Code of the outer material and how much of it one unit uses net. */
  outer: string;
  net: number;
  wastePct: number;
  cartonQty: number;
  /** A second outer material, e.g. the PU trim of a canvas tote. */
  trim?: readonly [code: string, net: number];
}

export interface BomRow {
  materialCode: string;
  qtyPerUnit: number;
  wastePct: number;
}

const isLeather = (code: string) => code.startsWith('KLT-');
const round = (qty: number) => Math.round(qty * 10_000) / 10_000;
const row = (materialCode: string, qtyPerUnit: number, wastePct = 0): BomRow => ({ materialCode, qtyPerUnit: round(qtyPerUnit), wastePct });

/** Net outer area of a medium bag: 8 sqft of leather, or 0,8 m of 137-cm sheeting. */
function bagSize(input: RecipeInput): number {
  return isLeather(input.outer) ? input.net / 8 : input.net / 0.8;
}

function bag(input: RecipeInput): BomRow[] {
  const size = bagSize(input);
  const leather = isLeather(input.outer);
  const rows = [
    row(input.outer, input.net, input.wastePct),
    row(leather && size > 0.9 ? 'FRG-SUD' : 'FRG-PLY', 0.6 * size, 8),
    row('BSA-3MM', 0.3 * size, 8),
    row('PPN-BRD', 0.25 * size, 10),
    row(leather ? 'RST-YL5' : 'RST-NY5', size >= 0.75 ? 2 : 1),
    // Synthetic bags carry a lighter set of fittings: half the pieces.
    row('AKS-TAS', leather ? 1 : 0.5),
    row('BNG-NLN', Math.round(40 * Math.max(size, 0.4))),
    row('LEM-KNG', 0.05 * Math.max(size, 0.4)),
    row(leather ? 'LBL-LGM' : 'LBL-TNN', 1),
    row('LBL-HTG', 1),
    row('KMS-PLB', 1),
  ];
  if (input.trim) rows.push(row(input.trim[0], input.trim[1], 12));
  // Leather bags travel in a dust bag; synthetic ones only in the polybag.
  if (leather) rows.push(row('KMS-DBG', 1));
  return rows;
}

function suitcase(input: RecipeInput, isHardShell: boolean): BomRow[] {
  const shell = isHardShell
    ? [row('AKS-CGK', 1), row('FRG-PLY', 1.2, 8), row('RST-NY8', 1), row('BNG-NLN', 25), row('LEM-KNG', 0.08)]
    : [
        row(input.outer, input.net, input.wastePct), row('FRG-PLY', 1.8, 8), row('BSA-10M', 1, 8), row('PPN-BRD', 2, 10),
        row('RST-NY8', 2), row('BNG-NLN', 160), row('LEM-KNG', 0.2),
      ];
  return [...shell, row('AKS-TRL', 1), row('LBL-LGM', 1), row('LBL-HTG', 1), row('KMS-PLB', 1)];
}

function golf(input: RecipeInput): BomRow[] {
  return [
    row(input.outer, input.net, input.wastePct), row('FRG-PLY', 2, 8), row('BSA-10M', 1.2, 8), row('PPN-BRD', 2, 10),
    row('RST-NY8', 4), row('AKS-TAS', 2), row('BNG-NLN', 220), row('LEM-KNG', 0.3), row('LBL-LGM', 1), row('LBL-HTG', 1), row('KMS-PLB', 1),
  ];
}

function wallet(input: RecipeInput): BomRow[] {
  const leather = isLeather(input.outer);
  return [
    row(input.outer, input.net, input.wastePct), row('FRG-SUD', 0.1, 8), row('AKS-KNC', 1), row('BNG-NLN', 12), row('LEM-KNG', 0.02),
    row(leather ? 'LBL-LGM' : 'LBL-TNN', 1), row(leather ? 'KMS-BOX' : 'KMS-PLB', 1),
  ];
}

function familyRows(input: RecipeInput): BomRow[] {
  switch (input.family) {
    case 'bag': return bag(input);
    case 'suitcase-abs': return suitcase(input, true);
    case 'suitcase-soft': return suitcase(input, false);
    case 'golf': return golf(input);
    case 'wallet': return wallet(input);
    case 'belt':
      return [row(input.outer, input.net, input.wastePct), row('AKS-GSP', 1), row('BNG-NLN', 3), row('LEM-KNG', 0.01), row('LBL-HTG', 1), row('KMS-BOX', 1)];
    case 'shoe':
      return [
        row(input.outer, input.net, input.wastePct), row('FRG-SUD', 0.15, 10), row('SOL-KRT', 1), row('LEM-PU', 0.06), row('BNG-NLN', 25),
        row('LBL-TNN', 1), row('KMS-SPT', 1),
      ];
    case 'sandal':
      return [row(input.outer, input.net, input.wastePct), row('SOL-KRT', 1), row('LEM-PU', 0.04), row('BNG-NLN', 8), row('KMS-PLB', 1)];
    case 'jacket':
      return [
        row(input.outer, input.net, input.wastePct), row('FRG-JKT', 1.6, 8), row('RST-YL5', 3), row('BNG-NLN', 250), row('LEM-KNG', 0.03),
        row('LBL-TNN', 1), row('LBL-HTG', 1), row('KMS-PLB', 1),
      ];
    case 'keyring':
      return [row(input.outer, input.net, input.wastePct), row('AKS-RNG', 1), row('BNG-NLN', 1), row('KMS-PLB', 1)];
  }
}

/** The whole bill of materials of a product, the carton share included. */
export function recipe(input: RecipeInput): BomRow[] {
  const rows = familyRows(input);
  // Small goods go to the buyer in gift boxes packed into any export carton; bags get the master carton.
  return [...rows, row('KMS-CTN', 1 / input.cartonQty)];
}

/** Pieces per order line, by family: [export min, max], [domestic min, max] (DOMAIN §6 capacity). */
export const LINE_QTY: Record<Family, readonly [readonly [number, number], readonly [number, number]]> = {
  bag: [[200, 2_000], [20, 400]],
  'suitcase-abs': [[200, 1_000], [20, 200]],
  'suitcase-soft': [[200, 600], [20, 120]],
  golf: [[200, 400], [20, 60]],
  wallet: [[500, 3_000], [40, 500]],
  belt: [[500, 3_000], [40, 500]],
  shoe: [[200, 1_200], [20, 240]],
  sandal: [[300, 2_000], [40, 500]],
  jacket: [[200, 600], [20, 100]],
  keyring: [[1_000, 3_000], [100, 500]],
};
