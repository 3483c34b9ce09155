import type { Buyer, BuyerValues } from '../../../shared/domain/orders';
import type { Db } from '../platform/db/connection';

// Open orders (still to be made or shipped) come from one grouped subquery, not a count per buyer.
const BUYER_SELECT = `
  SELECT b.id, b.buyer_code AS buyerCode, b.name, b.country, b.kind, b.currency, b.incoterm,
         b.address, b.city, b.postcode, b.contact, b.email, b.phone, b.notify_party AS notifyParty,
         b.payment_terms AS paymentTerms, b.incoterm_place AS incotermPlace, b.port_of_discharge AS portOfDischarge,
         COALESCE(o.open, 0) AS openOrders, b.removed_at AS removedAt
  FROM buyer b
  LEFT JOIN (SELECT buyer_id, COUNT(*) AS open FROM sales_order
              WHERE status IN ('draft', 'confirmed', 'in-production', 'ready') GROUP BY buyer_id) o ON o.buyer_id = b.id`;

export type StoredBuyer = Buyer & { removedAt: string | null };

export function listBuyers(db: Db, includeRemoved = false): StoredBuyer[] {
  return db
    .prepare(`${BUYER_SELECT} WHERE (@includeRemoved = 1 OR b.removed_at IS NULL) ORDER BY b.name COLLATE NOCASE, b.id`)
    .all({ includeRemoved: includeRemoved ? 1 : 0 }) as StoredBuyer[];
}

export function getBuyer(db: Db, id: number): StoredBuyer | undefined {
  return db.prepare(`${BUYER_SELECT} WHERE b.id = @id`).get({ id }) as StoredBuyer | undefined;
}

/** The buyer in use under a code, whatever its case; removed buyers do not count. */
export function findBuyerByCode(db: Db, buyerCode: string): { id: number; name: string } | undefined {
  return db
    .prepare('SELECT id, name FROM buyer WHERE buyer_code = ? COLLATE NOCASE AND removed_at IS NULL')
    .get(buyerCode) as { id: number; name: string } | undefined;
}

type BuyerRow = Omit<BuyerValues, 'id'>;

export function insertBuyer(db: Db, buyer: BuyerRow, now: string): number {
  const result = db
    .prepare(
      `INSERT INTO buyer (buyer_code, name, country, kind, currency, incoterm, ${PAPER_COLUMNS.join(', ')}, created_at, updated_at)
       VALUES (@buyerCode, @name, @country, @kind, @currency, @incoterm, ${PAPER_FIELDS.map((f) => `@${f}`).join(', ')}, @now, @now)`,
    )
    .run({ ...pickStored(buyer), now });
  return Number(result.lastInsertRowid);
}

export function updateBuyer(db: Db, id: number, buyer: BuyerRow, now: string): void {
  db.prepare(
    `UPDATE buyer SET buyer_code = @buyerCode, name = @name, country = @country, kind = @kind, currency = @currency,
       incoterm = @incoterm, ${PAPER_COLUMNS.map((c, i) => `${c} = @${PAPER_FIELDS[i]}`).join(', ')}, updated_at = @now
     WHERE id = @id`,
  ).run({ ...pickStored(buyer), id, now });
}

export function setBuyerRemoved(db: Db, id: number, removedAt: string | null, now: string): void {
  db.prepare('UPDATE buyer SET removed_at = ?, updated_at = ? WHERE id = ?').run(removedAt, now, id);
}

// The details export papers print (migration 016), field by column.
const PAPER_FIELDS = ['address', 'city', 'postcode', 'contact', 'email', 'phone', 'notifyParty', 'paymentTerms', 'incotermPlace', 'portOfDischarge'] as const;
const PAPER_COLUMNS = ['address', 'city', 'postcode', 'contact', 'email', 'phone', 'notify_party', 'payment_terms', 'incoterm_place', 'port_of_discharge'] as const;

function pickStored(buyer: BuyerRow): BuyerRow {
  const { buyerCode, name, country, kind, currency, incoterm, address, city, postcode, contact, email, phone, notifyParty, paymentTerms, incotermPlace, portOfDischarge } = buyer;
  return { buyerCode, name, country, kind, currency, incoterm, address, city, postcode, contact, email, phone, notifyParty, paymentTerms, incotermPlace, portOfDischarge };
}

/** A buyer's payment terms, which a new order takes when it names none. */
export function buyerPaymentTerms(db: Db, id: number): string | null {
  return (db.prepare('SELECT payment_terms FROM buyer WHERE id = ?').pluck().get(id) as string | null | undefined) ?? null;
}
