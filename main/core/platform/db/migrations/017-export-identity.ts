/**
 * Release 0.17: what export papers need of a product and of the exporter. A product's English
 * description and its material composition (customs ask for it; the papers never fall back to
 * the Indonesian name); the centre's legal name and English address as on export papers, its
 * NIB and NPWP, the contact person, and the beneficiary bank a buyer pays into.
 */
export const sql = `
ALTER TABLE product ADD COLUMN name_en TEXT;
ALTER TABLE product ADD COLUMN composition TEXT;

ALTER TABLE centre ADD COLUMN legal_name TEXT;
ALTER TABLE centre ADD COLUMN address_en TEXT;
ALTER TABLE centre ADD COLUMN nib TEXT CHECK (nib IS NULL OR (length(nib) = 13 AND nib NOT GLOB '*[^0-9]*'));
ALTER TABLE centre ADD COLUMN npwp TEXT CHECK (npwp IS NULL OR (length(npwp) = 16 AND npwp NOT GLOB '*[^0-9]*'));
ALTER TABLE centre ADD COLUMN contact_person TEXT;
ALTER TABLE centre ADD COLUMN bank_name TEXT;
ALTER TABLE centre ADD COLUMN bank_branch TEXT;
ALTER TABLE centre ADD COLUMN bank_account_no TEXT;
ALTER TABLE centre ADD COLUMN bank_account_name TEXT;
ALTER TABLE centre ADD COLUMN swift TEXT CHECK (swift IS NULL OR length(swift) IN (8, 11));
`;
