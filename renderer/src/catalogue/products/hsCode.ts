import type { OUTER_MATERIALS } from '../../../../shared/domain/catalogue';

type OuterMaterial = (typeof OUTER_MATERIALS)[number];

/**
 * The HS subheading for a bag, suitcase or wallet follows its outer material (HS 4202): .x1 of
 * leather, .x2 of plastic sheeting or textile, .x9 other. A PU bag is 4202.22, never "leather".
 * Other headings (belts 4203.30, shoes 6403) keep the category's own code.
 */
export function suggestHsCode(categoryHsCode: string, outerMaterial: OuterMaterial | ''): string {
  const match = /^4202\.(\d)\d$/.exec(categoryHsCode);
  if (!match || outerMaterial === '') return categoryHsCode;
  const last = outerMaterial === 'kulit' ? '1' : outerMaterial === 'lainnya' ? '9' : '2';
  return `4202.${match[1]}${last}`;
}
