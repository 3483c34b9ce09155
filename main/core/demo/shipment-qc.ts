import type { Db } from '../platform/db/connection';

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

/** Why a shipment recorded after the fact holds goods no SPK delivery shows, in the words the office would write. */
export const ARCHIVE_REASON = "'Dicatat dari arsip ekspor ' || substr(COALESCE(s.peb_date, s.etd), 1, 4) || ': barang dibuat sebelum setoran dicatat di aplikasi'";
export const OUTSIDE_SPK_REASON = 'Pesanan dikerjakan unit anggota langsung, di luar SPK aplikasi; diperiksa QC di gudang koperasi sebelum muat';

/**
 * The demo's shipped and closed shipments hold more than QC accepted in the app in two cases, and
 * each says which, as the app asks of such a shipment: goods of orders taken before the
 * cooperative kept deliveries in the app (export history caught up from the files of the year it
 * left), and goods of later orders the office handed to members' workshops directly, without an
 * SPK (checked at the warehouse before loading). A line is beyond QC when all shipments not
 * cancelled hold more of its order line than QC accepted. Returns how many shipments carry a reason.
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
         WHERE l.id IN (SELECT id FROM held) GROUP BY l.id),
       beyond AS (
         SELECT sl.shipment_id AS id, MIN(o.order_date) AS firstOrder FROM shipment_line sl JOIN held h ON h.id = sl.order_line_id
         JOIN accepted a ON a.id = sl.order_line_id JOIN order_line l ON l.id = sl.order_line_id JOIN sales_order o ON o.id = l.order_id
         WHERE h.qty > a.qty GROUP BY sl.shipment_id)
       UPDATE shipment AS s SET qc_reason = CASE
           WHEN (SELECT b.firstOrder FROM beyond b WHERE b.id = s.id) < COALESCE((SELECT MIN(delivered_on) FROM delivery), '9999') THEN ${ARCHIVE_REASON}
           ELSE '${OUTSIDE_SPK_REASON}' END
       WHERE s.status IN ('shipped', 'closed') AND s.id IN (SELECT id FROM beyond)`,
    )
    .run().changes;
}
