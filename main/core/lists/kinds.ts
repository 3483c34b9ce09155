import type { ImportKind } from '../../../shared/api/files';
import type { KindHandle } from '../platform/import/kind';
import { bomKind } from '../catalogue/bom-import';
import { buyerKind } from '../orders/buyer-import';
import { exportKind } from '../shipments/export-history-import';
import { materialKind } from '../catalogue/material-import';
import { memberKind } from '../registry/member-import';
import { orderKind } from '../orders/order-import';
import { productKind } from '../catalogue/product-import';
import { rateKind } from '../shipments/rate-import';
import { shipmentKind } from '../shipments/shipment-import';
import { stockKind } from '../stock/stock-import';
import { unitKind } from '../registry/unit-import';

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
