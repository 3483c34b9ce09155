import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/domain/catalogue';
import { call } from '../../platform/api/client';
import { useApp } from '../../platform/appContext';
import { ChoiceFilter } from '../../platform/common/ChoiceFilter';
import { formatNumber } from '../../platform/common/format';
import { RegistryPage } from '../../platform/common/RegistryPage';
import { useCallData } from '../../platform/common/useCallData';
import { useRegistryPage } from '../../platform/common/useRegistryPage';
import { useRemoveWithUndo } from '../../platform/common/useRemoveWithUndo';
import { categoryName } from './categoryName';
import { productColumns } from './columns';
import { ProductBom } from './ProductBom';
import { MissingExportNames } from './MissingExportNames';
import { ProductForm } from './ProductForm';

/** Produk: the centre's articles (SKU) with customs code, labour, carton and price, and each one's bill of materials. */
export function ProductsPage() {
  const { t } = useTranslation();
  const { locale } = useApp();
  const products = useCallData('products:list', {});
  const missingNames = useCallData('products:missingExportNames', {});
  const categories = useCallData('categories:list', {});
  const materials = useCallData('materials:list', {});
  const page = useRegistryPage<Product>();
  const columns = useMemo(() => (categories.data ? productColumns(t, locale, categories.data) : null), [t, locale, categories.data]);
  const [category, setCategory] = useState('');
  const rowFilter = useMemo(() => (category ? (product: Product) => product.category === category : null), [category]);
  // An import of bills of materials changes what the panel shows: a new key loads it again.
  const [bomVersion, setBomVersion] = useState(0);
  const remove = useRemoveWithUndo<Product>({
    area: 'products',
    remove: (product) => call('products:remove', { id: product.id }),
    restore: (product) => call('products:restore', { id: product.id }),
    reload: products.reload,
    notify: page.notify,
    name: (product) => product.name,
  });
  // Whatever changed the list (a save, an import, a removal) may have named or unnamed an export product.
  const reloadMissing = missingNames.reload;
  useEffect(() => {
    if (products.data) void reloadMissing();
  }, [products.data, reloadMissing]);
  const rows = products.data ?? [];
  const withoutBom = rows.filter((product) => product.bomLines === 0).length;
  const fmt = (value: number) => formatNumber(value, locale);
  const selected = page.selected;

  return (
    <RegistryPage
      area="products"
      page={page}
      list={products}
      header={<MissingExportNames products={missingNames.data ?? []} />}
      columns={columns}
      kinds={['products', 'bom']}
      emptyText={t('ui.products.empty')}
      rowName={(product) => product.name}
      form={(id, onClose, onSaved) =>
        categories.data ? <ProductForm productId={id} categories={categories.data} onClose={onClose} onSaved={onSaved} /> : null
      }
      onRemove={(product) => void remove(product)}
      onImported={() => {
        setBomVersion((version) => version + 1);
        void products.reload();
        void materials.reload();
      }}
      rowFilter={rowFilter}
      filters={
        <ChoiceFilter
          label={t('ui.product.category')}
          value={category}
          options={[
            { value: '', label: t('ui.filter.all') },
            ...(categories.data ?? []).map((option) => ({ value: option.code, label: categoryName(option, option.code, locale) })),
          ]}
          onChange={setCategory}
          testId="filter-category"
        />
      }
      count={
        <>
          <span data-testid="products-count">{t('ui.products.count', { count: rows.length, total: fmt(rows.length) })}</span>
          {withoutBom > 0 ? <span className="status-warning">{t('ui.products.withoutBom', { count: withoutBom, products: fmt(withoutBom) })}</span> : null}
        </>
      }
      below={
        selected && materials.data ? (
          <ProductBom key={`${selected.id}-${bomVersion}`} product={selected} materials={materials.data} onSaved={() => void products.reload()} />
        ) : (
          <section className="detail-panel empty" data-testid="bom-panel-empty">
            <p className="muted">{t('ui.bom.chooseProduct')}</p>
          </section>
        )
      }
    />
  );
}
