import type { Db } from '../db/connection';
import { SPK_BASIS_SQL, SPK_RATE_SQL } from '../db/spk';

/**
 * What the cooperative pays a workshop per piece (ongkos jahit), in rupiah. DOMAIN §6 puts
 * leather-bag sewing at about Rp 200.000 a dozen: Rp 16.500 for the 5-hour "Kirana" tote; the
 * rest by their labour minutes at the same pace, rounded as a price list is. A few cheap lines
 * have no rate of their own yet: their SPKs are priced from the labour minutes ("dari menit kerja").
 */
export const PIECE_RATES: Readonly<Record<string, number>> = {
  'TWK-001': 16_500, 'TWK-002': 10_000, 'TWK-003': 15_000, 'TWK-004': 7_000, 'TWK-005': 13_500, 'TWK-006': 18_500, 'TWK-007': 8_500,
  'TWS-001': 5_000, 'TWS-002': 3_500, 'TWS-003': 4_500, 'TWS-004': 2_500, 'TWS-005': 4_000,
  'TKP-001': 23_500, 'TKP-002': 15_000, 'TKP-003': 6_000, 'TRS-001': 5_500, 'TRS-002': 23_500, 'TRS-004': 5_500,
  'TTR-001': 30_000, 'TTR-002': 7_500, 'TGF-001': 33_500, 'TGF-002': 50_000,
  'KPR-001': 6_500, 'KPR-002': 8_000, 'KPR-003': 50_000, 'KPR-004': 13_500,
  'DPK-001': 3_500, 'DPK-002': 5_000, 'DPK-003': 1_750, 'DPK-004': 2_000, 'DPK-005': 3_000, 'DPS-001': 2_000, 'DPS-002': 1_750,
  'IPK-001': 1_500, 'IPK-002': 1_250, 'IPK-003': 1_750,
  'SPK-001': 13_500, 'SPK-002': 10_000, 'SPK-003': 17_000, 'SDK-001': 5_000,
  'JKT-001': 40_000, 'JKT-002': 37_000, 'JKT-003': 20_000,
};

/**
 * The demo's SPKs already handed out, as the app would have issued them: three days before their
 * work started, numbered in that order within each year, at the rate then in force. In the
 * caller's transaction, by two statements (the stress scale writes hundreds of thousands).
 */
export function issueDemoSpks(db: Db): void {
  db.prepare(
    `UPDATE work_assignment AS a SET
       piece_rate = (SELECT ${SPK_RATE_SQL} FROM order_line ol JOIN product p ON p.id = ol.product_id WHERE ol.id = a.order_line_id),
       rate_basis = (SELECT ${SPK_BASIS_SQL} FROM order_line ol JOIN product p ON p.id = ol.product_id WHERE ol.id = a.order_line_id),
       issued_on = date(a.start_on, '-3 days')
     WHERE a.status <> 'planned' AND a.spk_no IS NULL`,
  ).run();
  db.prepare(
    `UPDATE work_assignment SET spk_no = numbered.spk_no
     FROM (SELECT id, 'SPK-' || substr(issued_on, 1, 4) || '-' || printf('%05d', ROW_NUMBER() OVER (PARTITION BY substr(issued_on, 1, 4) ORDER BY issued_on, id)) AS spk_no
           FROM work_assignment WHERE status <> 'planned' AND spk_no IS NULL) AS numbered
     WHERE work_assignment.id = numbered.id`,
  ).run();
}
