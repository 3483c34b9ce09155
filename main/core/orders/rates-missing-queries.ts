import type { Db } from '../platform/db/connection';
import type { Currency } from '../../../shared/money';

/** What is stored without a rate: the rows the "kurs belum ada" card lists, before naming the last rate. */
export interface UnratedRow {
  kind: 'order' | 'shipment';
  id: number;
  no: string;
  currency: Currency;
  date: string;
}

/**
 * Orders in a foreign currency saved without a rate, and shipments whose value has no rate of its
 * currency or of the dollar (a shipment stores null where no rate lay within the window of its
 * rate date). Cancelled ones do not count. Newest date first.
 */
export function unratedRows(db: Db): UnratedRow[] {
  return db
    .prepare(
      `SELECT 'order' AS kind, id, order_no AS no, currency, order_date AS date FROM sales_order
        WHERE currency <> 'IDR' AND idr_rate IS NULL AND status <> 'cancelled'
       UNION ALL
       SELECT 'shipment' AS kind, id, shipment_no AS no, CASE WHEN idr_rate IS NULL THEN currency ELSE 'USD' END AS currency, rate_date AS date
         FROM shipment WHERE currency <> 'IDR' AND (idr_rate IS NULL OR usd_rate IS NULL) AND status <> 'cancelled'
       ORDER BY date DESC, kind, no`,
    )
    .all() as UnratedRow[];
}
