/**
 * Which proof of origin a destination asks for (DOMAIN.md §2, as researched in 2026). Rules
 * change with trade agreements: this table is the one place to change them.
 *   ska    — no preference (USA since GSP lapsed end 2020; others without an agreement): a
 *            non-preferential certificate of origin (SKA) only if the buyer asks
 *   rex    — EU: a statement on origin by a Registered Exporter on the invoice (REX number
 *            needed above EUR 6.000)
 *   ijepa  — Japan: Form IJEPA (or AJCEP, RCEP)
 *   form-e — China: Form E (ACFTA) or RCEP
 *   form-d — ASEAN: Form D (ATIGA)
 *   ak     — Korea: Form AK
 *   aanz   — Australia and New Zealand: Form AANZ
 *   ai     — India: Form AI
 */
export const COO_FORMS = ['ska', 'rex', 'ijepa', 'form-e', 'form-d', 'ak', 'aanz', 'ai'] as const;
export type CooForm = (typeof COO_FORMS)[number];

const EU = ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'];
const ASEAN = ['BN', 'KH', 'LA', 'MM', 'MY', 'PH', 'SG', 'TH', 'VN'];

export const ORIGIN_RULES: readonly { form: CooForm; countries: readonly string[] }[] = [
  { form: 'rex', countries: EU },
  { form: 'ijepa', countries: ['JP'] },
  { form: 'form-e', countries: ['CN'] },
  { form: 'form-d', countries: ASEAN },
  { form: 'ak', countries: ['KR'] },
  { form: 'aanz', countries: ['AU', 'NZ'] },
  { form: 'ai', countries: ['IN'] },
];

const BY_COUNTRY = new Map(ORIGIN_RULES.flatMap((rule) => rule.countries.map((country) => [country, rule.form] as const)));

/** The proof of origin for a destination country (ISO code); `ska` where no agreement gives a preference. */
export function cooFormFor(country: string): CooForm {
  return BY_COUNTRY.get(country.toUpperCase()) ?? 'ska';
}
