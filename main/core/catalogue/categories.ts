import type { ProductCategory } from '../../../shared/domain/centre';
import { foldKey } from '../../../shared/normalize';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { listCategories } from '../platform/db/centre';

/** Finds a category by its code or its name in either language, however it was typed. */
export function categoryMatcher(categories: ProductCategory[]): (text: string) => ProductCategory | undefined {
  const byKey = new Map<string, ProductCategory>();
  for (const c of categories) {
    for (const word of [c.code, c.nameId, c.nameEn]) byKey.set(foldKey(word), c);
  }
  return (text) => byKey.get(foldKey(text));
}

export function resolveCategories(ctx: CallContext, words: string[]): string[] {
  const all = listCategories(ctx.app.db);
  const match = categoryMatcher(all);
  return words.map((word) => {
    const found = match(word);
    if (!found) {
      throw new AppError('INVALID_INPUT', ctx.t('invalid.category', { value: word, known: all.map((c) => c.nameId).join(', ') }), {
        field: 'categories',
      });
    }
    return found.code;
  });
}
