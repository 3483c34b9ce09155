import type { orderUpdateId } from './order-update.id';
import type { Widen } from './widen';

/** Words of an orders file imported as update (issue 13). English. */
export const orderUpdateEn: Widen<typeof orderUpdateId> = {
  lineAdded: 'new line {{sku}} ({{qty}} pcs)',
  lineRemoved: 'line removed ({{qty}} pcs)',
  locked: 'order {{order}} is {{status}}: it can no longer be changed, neither on the form nor from a file',
  lineInUse: 'line {{sku}} of order {{order}} has SPKs or shipments: it cannot be removed or moved',
};
