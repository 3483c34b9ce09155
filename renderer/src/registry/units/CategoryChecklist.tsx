import { useTranslation } from 'react-i18next';
import type { ProductCategory } from '../../../../shared/domain/centre';
import { useApp } from '../../platform/appContext';
import { categoryName } from '../../catalogue/products/categoryName';

/** Jenis produk: what the workshop makes, several allowed. */
export function CategoryChecklist({ categories, selected, onChange, error }: { categories: ProductCategory[]; selected: string[]; onChange(codes: string[]): void; error?: string }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  function toggle(code: string, isOn: boolean) {
    onChange(isOn ? [...selected, code] : selected.filter((item) => item !== code));
  }
  return (
    <fieldset className={`field field-wide checklist${error ? ' field-invalid' : ''}`} data-testid="unit-categories">
      <legend>{t('unit.categories')}</legend>
      <div className="checklist-options">
        {categories.map((category) => (
          <label key={category.code}>
            <input type="checkbox" checked={selected.includes(category.code)} onChange={(event) => toggle(category.code, event.target.checked)} data-testid={`unit-category-${category.code}`} />
            {categoryName(category, category.code, locale)}
          </label>
        ))}
      </div>
      {error ? <div className="field-error">{error}</div> : null}
    </fieldset>
  );
}
