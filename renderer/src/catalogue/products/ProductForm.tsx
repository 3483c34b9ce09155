import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/domain/catalogue';
import type { ProductCategory } from '../../../../shared/domain/centre';
import { call } from '../../platform/api/client';
import { RecordFormDialog } from '../../platform/common/RecordFormDialog';
import { useRecordForm } from '../../platform/common/useRecordForm';
import { ProductFields } from './ProductFields';
import { EMPTY_PRODUCT, formToInput, productToForm, validateProduct, type ProductFormValues } from './productFormModel';

interface ProductFormProps {
  /** null for a new product. */
  productId: number | null;
  categories: ProductCategory[];
  onClose(): void;
  onSaved(product: Product, isNew: boolean): void;
}

/** Add or change one product (SKU); its bill of materials is edited beside the table. */
export function ProductForm({ productId, categories, onClose, onSaved }: ProductFormProps) {
  const { t } = useTranslation();
  const validate = useCallback((values: ProductFormValues, original: Product | null) => validateProduct(values, original, t), [t]);
  const record = useRecordForm<ProductFormValues, Product, Product>({
    recordId: productId,
    empty: EMPTY_PRODUCT,
    load: (id) => call('products:get', { id }),
    toForm: productToForm,
    validate,
    persist: (values, original) => call('products:save', formToInput(values, original)),
    onSaved,
  });
  return (
    <RecordFormDialog
      title={record.original ? t('ui.productForm.editTitle', { name: record.original.name }) : t('ui.productForm.newTitle')}
      formId="product-form"
      record={record}
      onClose={onClose}
    >
      <ProductFields form={record.form} categories={categories} isNew={productId === null} />
    </RecordFormDialog>
  );
}
