import type { Db } from '../db/connection';

/** Pieces QC accepted of each export order line of a shipped, closed or ready order, over all its SPKs, at most the ordered quantity. */
export function acceptedByLine(db: Db): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT l.id, min(l.qty, COALESCE(SUM(d.accepted), 0)) AS accepted
       FROM order_line l JOIN sales_order o ON o.id = l.order_id JOIN buyer b ON b.id = o.buyer_id
       LEFT JOIN work_assignment a ON a.order_line_id = l.id LEFT JOIN delivery d ON d.assignment_id = a.id
       WHERE b.kind = 'export' AND o.status IN ('shipped', 'closed', 'ready')
       GROUP BY l.id`,
    )
    .raw()
    .all() as [number, number][];
  return new Map(rows);
}

/**
 * The demo's shipped and closed shipments of goods made before the cooperative kept deliveries in
 * the app (no SPK, or less accepted than left) hold more than QC accepted: as export history
 * caught up from the files of the year it left, each says so, as the app asks of such a shipment.
 * A line is beyond QC when all shipments not cancelled hold more of its order line than QC
 * accepted. Returns how many shipments carry the reason.
 */
export function noteGoodsBeyondQc(db: Db): number {
  return db
    .prepare(
      `WITH held AS (
         SELECT sl.order_line_id AS id, SUM(sl.qty) AS qty FROM shipment_line sl JOIN shipment s ON s.id = sl.shipment_id
         WHERE s.status <> 'cancelled' GROUP BY sl.order_line_id),
       accepted AS (
         SELECT l.id, min(l.qty, COALESCE(SUM(d.accepted), 0)) AS qty FROM order_line l
         LEFT JOIN work_assignment a ON a.order_line_id = l.id LEFT JOIN delivery d ON d.assignment_id = a.id
         WHERE l.id IN (SELECT id FROM held) GROUP BY l.id)
       UPDATE shipment SET qc_reason = 'Dicatat dari arsip ekspor ' || substr(COALESCE(peb_date, etd), 1, 4) || ': barang dibuat sebelum setoran dicatat di aplikasi'
       WHERE status IN ('shipped', 'closed') AND id IN (
         SELECT sl.shipment_id FROM shipment_line sl JOIN held h ON h.id = sl.order_line_id JOIN accepted a ON a.id = sl.order_line_id
         WHERE h.qty > a.qty)`,
    )
    .run().changes;
}
