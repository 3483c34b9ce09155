import type { Material } from '../../../shared/domain/materials';

/** As stock:balances says it: a material with a reorder point is due for ordering at or below it. */
export function isBelowReorder(material: Pick<Material, 'onHand' | 'reorderPoint'>): boolean {
  return material.reorderPoint > 0 && material.onHand <= material.reorderPoint;
}
