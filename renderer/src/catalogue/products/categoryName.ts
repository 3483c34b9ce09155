import type { ProductCategory } from '../../../../shared/domain/centre';
import type { Locale } from '../../../../shared/i18n';

/** A product category by its name in the chosen language; its code when the centre has no such category. */
export function categoryName(category: ProductCategory | undefined, code: string, locale: Locale): string {
  if (!category) return code;
  return locale === 'en' ? category.nameEn : category.nameId;
}
