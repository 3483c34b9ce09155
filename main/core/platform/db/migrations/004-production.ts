/** Release 0.4: production progress and purchasing — advances to workshops, purchase orders made from a plan run. */
export const sql = `
-- Money paid to a workshop ahead of its piece-rate statement (kasbon); rupiah.
CREATE TABLE advance (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES business_unit (id),
  paid_on TEXT NOT NULL,
  amount INTEGER NOT NULL CHECK (amount > 0),
  note TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX advance_unit ON advance (unit_id, paid_on);

-- The plan run a purchase order was pooled from, so the same suggestions are not ordered twice.
ALTER TABLE purchase_order ADD COLUMN plan_run_id INTEGER REFERENCES plan_run (id);
CREATE INDEX purchase_order_plan_run ON purchase_order (plan_run_id, supplier_id);

CREATE INDEX delivery_date ON delivery (delivered_on);
`;
