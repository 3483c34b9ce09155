import { useTranslation } from 'react-i18next';

/** How many SKUs the warning spells out before it says "…": the rest are one filter away. */
const SHOWN = 12;

/**
 * Export products without an English name: the papers will not print the Indonesian name in
 * its place, so the products screen says which ones still need it. Nothing when none do.
 */
export function MissingExportNames({ products }: { products: { sku: string; name: string }[] }) {
  const { t } = useTranslation();
  if (products.length === 0) return null;
  const shown = products.slice(0, SHOWN).map((product) => `${product.sku} (${product.name})`);
  const skus = products.length > SHOWN ? `${shown.join(', ')}, …` : shown.join(', ');
  return (
    <div className="warning-banner" role="status" data-testid="products-missing-names">
      {t('exporter.product.missingNames', { count: products.length, skus })}
    </div>
  );
}
