/** Countries the centre trades with, by ISO 3166 alpha-2 code, with names in both languages. */
export const COUNTRIES: Record<string, { id: string; en: string }> = {
  ID: { id: 'Indonesia', en: 'Indonesia' },
  US: { id: 'Amerika Serikat', en: 'United States' },
  BE: { id: 'Belgia', en: 'Belgium' },
  NL: { id: 'Belanda', en: 'Netherlands' },
  DE: { id: 'Jerman', en: 'Germany' },
  FR: { id: 'Prancis', en: 'France' },
  GB: { id: 'Inggris', en: 'United Kingdom' },
  JP: { id: 'Jepang', en: 'Japan' },
  CN: { id: 'Tiongkok', en: 'China' },
  KR: { id: 'Korea Selatan', en: 'South Korea' },
  MY: { id: 'Malaysia', en: 'Malaysia' },
  SG: { id: 'Singapura', en: 'Singapore' },
  AU: { id: 'Australia', en: 'Australia' },
  IN: { id: 'India', en: 'India' },
  AE: { id: 'Uni Emirat Arab', en: 'United Arab Emirates' },
  SA: { id: 'Arab Saudi', en: 'Saudi Arabia' },
};

/** A country by code or by name in either language ("Jepang", "japan", "JP"). */
export function countryCode(text: string): string | null {
  const folded = text.trim().toLowerCase();
  if (folded.length === 2 && COUNTRIES[folded.toUpperCase()]) return folded.toUpperCase();
  for (const [code, names] of Object.entries(COUNTRIES)) {
    if (names.id.toLowerCase() === folded || names.en.toLowerCase() === folded) return code;
  }
  return null;
}
