/**
 * Release 0.11: an order is ready to ship when accepted deliveries cover it; a manager may call
 * it ready sooner with a written reason, kept here (and in the audit log) while it is ready, so
 * the shipment may hold what the manager vouched for.
 */
export const sql = `
ALTER TABLE sales_order ADD COLUMN ready_reason TEXT;
`;
