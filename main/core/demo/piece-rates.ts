import type { Db } from '../platform/db/connection';
import { SPK_BASIS_SQL, SPK_RATE_SQL } from '../planning/piece-rate-rule';

/**
 * What the cooperative pays a workshop per piece (ongkos borongan), in rupiah: the whole make —
 * cutting, sewing, edges and finishing — at about Rp 300 a labour minute (Rp 18.000 an hour), so
 * the "Kirana" tote of 5 hours pays Rp 90.000, 15 % of its USD 35 FOB. DOMAIN §6's Rp 200.000 a
 * dozen is the sewing alone. Quick pieces (belts, ABS cases, jackets' long hours) are held to
 * 11–18 % of the price. A few cheap lines have no rate of their own yet: their SPKs are priced
 * from the labour minutes at the demo centre's Rp 250 a minute ("dari menit kerja").
 */
/** The demo centre's rate per labour minute, for products without a piece rate of their own. */
export const DEMO_RATE_PER_MINUTE = 250;

export const PIECE_RATES: Readonly<Record<string, number>> = {
  'TWK-001': 90_000, 'TWK-002': 54_000, 'TWK-003': 81_000, 'TWK-004': 36_000, 'TWK-005': 72_000, 'TWK-006': 99_000, 'TWK-007': 45_000,
  'TWS-001': 22_500, 'TWS-002': 14_000, 'TWS-003': 21_000, 'TWS-004': 11_000, 'TWS-005': 21_000,
  'TKP-001': 138_000, 'TKP-002': 81_000, 'TKP-003': 24_000, 'TRS-001': 27_000, 'TRS-002': 126_000, 'TRS-004': 24_000,
  'TTR-001': 189_500, 'TTR-002': 37_500, 'TGF-001': 105_500, 'TGF-002': 316_500,
  'KPR-001': 46_000, 'KPR-002': 46_000, 'KPR-003': 278_000, 'KPR-004': 72_000,
  'DPK-001': 18_000, 'DPK-002': 27_000, 'DPK-003': 9000, 'DPK-004': 10_000, 'DPK-005': 15_000, 'DPS-001': 4250, 'DPS-002': 2750,
  'IPK-001': 16_500, 'IPK-002': 12_000, 'IPK-003': 14_000, 'SPK-001': 51_000, 'SPK-002': 48_000, 'SPK-003': 69_500, 'SDK-001': 24_000,
  'JKT-001': 216_000, 'JKT-002': 215_500, 'JKT-003': 114_000,
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
