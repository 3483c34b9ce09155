/**
 * Release 0.16: what export papers need of a buyer and an order (issue 12). A buyer's address,
 * contact, notify party, payment terms, the named place of its incoterm ("FOB Tanjung Perak,
 * Surabaya" keeps FOB in `incoterm` and the place here) and its port of discharge; an order's
 * buyer PO number and date and its payment terms (copied from the buyer, changeable).
 */
export const sql = `
ALTER TABLE buyer ADD COLUMN address TEXT;
ALTER TABLE buyer ADD COLUMN city TEXT;
ALTER TABLE buyer ADD COLUMN postcode TEXT;
ALTER TABLE buyer ADD COLUMN contact TEXT;
ALTER TABLE buyer ADD COLUMN email TEXT;
ALTER TABLE buyer ADD COLUMN phone TEXT;
ALTER TABLE buyer ADD COLUMN notify_party TEXT;
ALTER TABLE buyer ADD COLUMN payment_terms TEXT;
ALTER TABLE buyer ADD COLUMN incoterm_place TEXT;
ALTER TABLE buyer ADD COLUMN port_of_discharge TEXT;
ALTER TABLE sales_order ADD COLUMN buyer_po TEXT;
ALTER TABLE sales_order ADD COLUMN buyer_po_date TEXT;
ALTER TABLE sales_order ADD COLUMN payment_terms TEXT;
`;
