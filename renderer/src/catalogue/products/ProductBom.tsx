import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/domain/catalogue';
import type { Material } from '../../../../shared/domain/materials';
import { useCallData } from '../../platform/common/useCallData';
import { BomEditor } from './BomEditor';
import { BomTable } from './BomTable';

interface ProductBomProps {
  product: Product;
  materials: Material[];
  /** After the bill was saved: the products table recounts its lines. */
  onSaved(lineCount: number): void;
}

/** The selected product's bill of materials under the table, and the way to change it. */
export function ProductBom({ product, materials, onSaved }: ProductBomProps) {
  const { t } = useTranslation();
  const bom = useCallData('bom:get', { sku: product.sku });
  const [isEditing, setIsEditing] = useState(false);
  const byCode = useMemo(() => new Map(materials.map((material) => [material.materialCode, material])), [materials]);
  return (
    <section className="detail-panel" data-testid="bom-panel">
      <header className="detail-panel-header">
        <h2>{t('ui.bom.title', { sku: product.sku, name: product.name })}</h2>
        <button type="button" className="button" disabled={!bom.data} data-testid="bom-edit" onClick={() => setIsEditing(true)}>
          {t('ui.bom.edit')}
        </button>
      </header>
      {bom.error ? <div className="form-error">{bom.error}</div> : null}
      {bom.data && bom.data.length === 0 ? <p className="muted" data-testid="bom-empty">{t('ui.bom.empty')}</p> : null}
      {bom.data && bom.data.length > 0 ? <BomTable lines={bom.data} materials={byCode} /> : null}
      {isEditing && bom.data ? (
        <BomEditor
          product={product}
          lines={bom.data}
          materials={materials}
          onClose={() => setIsEditing(false)}
          onSaved={(lines) => {
            setIsEditing(false);
            void bom.reload();
            onSaved(lines.length);
          }}
        />
      ) : null}
    </section>
  );
}
