/**
 * Release 0.15: how many months of its year a hand-typed KPI actual covers (visitors counted
 * January–October: 10). A flow KPI's current year is judged against that share of its target,
 * not against the months passed; null: the whole of the months passed.
 */
export const sql = `
ALTER TABLE roadmap_actual ADD COLUMN months_covered INTEGER CHECK (months_covered IS NULL OR months_covered BETWEEN 1 AND 12);
`;
