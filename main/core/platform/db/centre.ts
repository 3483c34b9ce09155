import { DEFAULT_WORK_HOURS, type Centre, type CentreInput, type ProductCategory } from '../../../../shared/domain/centre';
import type { z } from 'zod';
import type { centreInput } from '../../../../shared/domain/centre';
import { RATE_PER_MINUTE_PREF_KEY } from '../../../../shared/api/system';
import type { Db } from './connection';
import { getPreference, setPreference } from './preferences';

/**
 * The centre's rate per minute of labour prices an SPK without its own rate (planning/piece-rate-rule.ts).
 * Rp 56 a minute: DOMAIN §6 puts leather-bag sewing at about Rp 200.000 a dozen for a bag of
 * about 5 hours (300 minutes): 200.000 ÷ 12 ÷ 300 ≈ Rp 55,6. 300 × 56 = Rp 16.800 a bag.
 */
export const DEFAULT_RATE_PER_MINUTE = 56;
const MAX_RATE_PER_MINUTE = 100_000;

/** The rate per minute in force: the preference where it holds a usable number, else the default. */
export function ratePerMinute(db: Db): number {
  const value = getPreference(db, RATE_PER_MINUTE_PREF_KEY);
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_RATE_PER_MINUTE ? value : DEFAULT_RATE_PER_MINUTE;
}

/** The same rule in SQL, for reads that price many SPKs at once. */
export const RATE_PER_MINUTE_SQL = `COALESCE((SELECT json_extract(value_json, '$') FROM preference
  WHERE key = '${RATE_PER_MINUTE_PREF_KEY}' AND json_valid(value_json) AND json_type(value_json) IN ('integer', 'real')
    AND json_extract(value_json, '$') BETWEEN 0 AND ${MAX_RATE_PER_MINUTE}), ${DEFAULT_RATE_PER_MINUTE})`;

const EXPORTER_KEYS = [
  'legalName', 'addressEn', 'nib', 'npwp', 'contactPerson', 'bankName', 'bankBranch', 'bankAccountNo', 'bankAccountName', 'swift',
] as const;
type ExporterKey = (typeof EXPORTER_KEYS)[number];
/** A profile written before the exporter's details existed (release 0.17) still saves: those are left blank. */
type CentreValues = Omit<z.output<typeof centreInput>, ExporterKey> & Partial<Pick<z.output<typeof centreInput>, ExporterKey>>;

type StoredCentre = Omit<Centre, 'isConfigured' | 'ratePerMinute'>;

const EMPTY: StoredCentre = {
  name: '', cooperativeName: null, cooperativeRegNo: null, address: null, village: null, district: null,
  regency: null, province: null, postalCode: null, phone: null, email: null, chairName: null, chairTitle: null,
  secretaryName: null, secretaryTitle: null, signCity: null, legalName: null, addressEn: null, nib: null, npwp: null,
  contactPerson: null, bankName: null, bankBranch: null, bankAccountNo: null, bankAccountName: null, swift: null, workHoursPerWeek: DEFAULT_WORK_HOURS, membersFirst: true,
};

export function getCentre(db: Db): Centre {
  const row = db
    .prepare(
      `SELECT name, cooperative_name AS cooperativeName, cooperative_reg_no AS cooperativeRegNo, address, village,
              district, regency, province, postal_code AS postalCode, phone, email, chair_name AS chairName,
              chair_title AS chairTitle, secretary_name AS secretaryName, secretary_title AS secretaryTitle,
              sign_city AS signCity, legal_name AS legalName, address_en AS addressEn, nib, npwp,
              contact_person AS contactPerson, bank_name AS bankName, bank_branch AS bankBranch,
              bank_account_no AS bankAccountNo, bank_account_name AS bankAccountName, swift, work_hours_per_week AS workHoursPerWeek, members_first AS membersFirst
       FROM centre WHERE id = 1`,
    )
    .get() as (Omit<StoredCentre, 'membersFirst'> & { membersFirst: number }) | undefined;
  // The rate per minute is kept where SPK pricing has always read it (a preference, see spk.ts).
  if (!row) return { ...EMPTY, ratePerMinute: DEFAULT_RATE_PER_MINUTE, isConfigured: false };
  return { ...row, membersFirst: row.membersFirst === 1, ratePerMinute: ratePerMinute(db), isConfigured: true };
}

export function saveCentre(db: Db, values: CentreValues, now: string): void {
  if (values.ratePerMinute !== undefined) setPreference(db, RATE_PER_MINUTE_PREF_KEY, values.ratePerMinute);
  db.prepare(
    `INSERT INTO centre (id, name, cooperative_name, cooperative_reg_no, address, village, district, regency, province,
       postal_code, phone, email, chair_name, chair_title, secretary_name, secretary_title, sign_city, updated_at,
       work_hours_per_week, members_first, legal_name, address_en, nib, npwp, contact_person, bank_name, bank_branch,
       bank_account_no, bank_account_name, swift)
     VALUES (1, @name, @cooperativeName, @cooperativeRegNo, @address, @village, @district, @regency, @province,
       @postalCode, @phone, @email, @chairName, @chairTitle, @secretaryName, @secretaryTitle, @signCity, @now,
       COALESCE(@workHoursPerWeek, ${DEFAULT_WORK_HOURS}), COALESCE(@membersFirst, 1), @legalName, @addressEn,
       @nib, @npwp, @contactPerson, @bankName, @bankBranch, @bankAccountNo, @bankAccountName, @swift)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, cooperative_name = excluded.cooperative_name,
       cooperative_reg_no = excluded.cooperative_reg_no, address = excluded.address, village = excluded.village,
       district = excluded.district, regency = excluded.regency, province = excluded.province,
       postal_code = excluded.postal_code, phone = excluded.phone, email = excluded.email,
       chair_name = excluded.chair_name, chair_title = excluded.chair_title, secretary_name = excluded.secretary_name,
       secretary_title = excluded.secretary_title, sign_city = excluded.sign_city, updated_at = excluded.updated_at,
       work_hours_per_week = COALESCE(@workHoursPerWeek, work_hours_per_week), members_first = COALESCE(@membersFirst, members_first),
       legal_name = excluded.legal_name, address_en = excluded.address_en, nib = excluded.nib, npwp = excluded.npwp,
       contact_person = excluded.contact_person, bank_name = excluded.bank_name, bank_branch = excluded.bank_branch,
       bank_account_no = excluded.bank_account_no, bank_account_name = excluded.bank_account_name, swift = excluded.swift`,
  ).run({
    ...Object.fromEntries(EXPORTER_KEYS.map((key) => [key, values[key] ?? null])),
    ...withoutRate(values),
    workHoursPerWeek: values.workHoursPerWeek ?? null,
    membersFirst: values.membersFirst === undefined ? null : values.membersFirst ? 1 : 0,
    now,
  });
}

export function listCategories(db: Db): ProductCategory[] {
  return db
    .prepare('SELECT code, name_id AS nameId, name_en AS nameEn, hs_code AS hsCode FROM product_category ORDER BY sort_order')
    .all() as ProductCategory[];
}

export type { CentreInput };

/** The centre row's own values: the rate per minute is not a column of it. */
function withoutRate(values: CentreValues): Omit<CentreValues, 'ratePerMinute'> {
  const { ratePerMinute: _rate, ...rest } = values;
  return rest;
}
