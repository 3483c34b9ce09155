import type { BomLine } from '../../../../shared/domain/catalogue';

export interface SpkMaterial {
  materialCode: string;
  materialName: string;
  uom: string;
  qty: number;
}

/** What a workshop receives for its work: Σ pieces × gross per unit (waste included), per material, A to Z. */
export function spkMaterials(assignments: readonly { sku: string; qty: number }[], bomBySku: ReadonlyMap<string, readonly BomLine[]>): SpkMaterial[] {
  const byCode = new Map<string, SpkMaterial>();
  for (const assignment of assignments) {
    for (const line of bomBySku.get(assignment.sku) ?? []) {
      const known = byCode.get(line.materialCode);
      const qty = assignment.qty * line.grossPerUnit;
      if (known) known.qty += qty;
      else byCode.set(line.materialCode, { materialCode: line.materialCode, materialName: line.materialName, uom: line.uom, qty });
    }
  }
  return [...byCode.values()].sort((a, b) => a.materialCode.localeCompare(b.materialCode));
}
