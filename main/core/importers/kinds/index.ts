import type { ImportKind } from '../../../../shared/api/files';
import type { KindHandle } from '../kind';
import { bomKind } from './bom';
import { buyerKind } from './buyers';
import { exportKind } from './exports';
import { materialKind } from './materials';
import { memberKind } from './members';
import { orderKind } from './orders';
import { productKind } from './products';
import { rateKind } from './rates';
import { shipmentKind } from './shipments';
import { stockKind } from './stock';
import { unitKind } from './units';

/** Every list that moves through Excel, by kind: the one place a new kind is added. */
export const importKinds: Record<ImportKind, KindHandle> = {
  members: memberKind,
  units: unitKind,
  products: productKind,
  bom: bomKind,
  materials: materialKind,
  buyers: buyerKind,
  orders: orderKind,
  stock: stockKind,
  exports: exportKind,
  shipments: shipmentKind,
  rates: rateKind,
};
