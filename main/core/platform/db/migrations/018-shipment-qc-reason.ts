/**
 * Release 0.18: a shipment holds only goods accepted at QC and not on another shipment. One
 * recorded after the fact (shipped or closed: export history catching up, goods made before
 * their deliveries were kept in the app) may hold more, but only with a reason, kept here and
 * in the audit log. Null: none was needed (or the shipment was written before this release).
 */
export const sql = `
ALTER TABLE shipment ADD COLUMN qc_reason TEXT;
`;
