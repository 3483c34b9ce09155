import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BomLine, Product } from '../../../../shared/domain/catalogue';
import type { Material } from '../../../../shared/domain/materials';
import { call } from '../../platform/api/client';
import { Dialog } from '../../platform/common/Dialog';
import { errorMessage } from '../../platform/common/format';
import { FormFooter } from '../../platform/common/FormFooter';
import { moveOnEnter, useSaveShortcut } from '../../platform/common/enterMovesOn';
import { useLineItems } from '../../platform/common/useLineItems';
import { useLinePaste } from '../../platform/common/useLinePaste';
import { serverFieldErrors } from '../../platform/common/validation';
import { bomPasteColumns } from './bomLinePaste';
import { BomLineRow } from './BomLineRow';
import { BLANK_BOM_LINE, bomLineToDraft, draftToLine, validateBomLine, type BomLineDraft } from './bomModel';

interface BomEditorProps {
  product: Product;
  lines: BomLine[];
  materials: Material[];
  onClose(): void;
  onSaved(lines: BomLine[]): void;
}

/** Ubah BOM: the whole bill of one product, line by line, with what each line really takes after waste. */
export function BomEditor({ product, lines: saved, materials, onClose, onSaved }: BomEditorProps) {
  const { t } = useTranslation();
  const byCode = useMemo(() => new Map(materials.map((material) => [material.materialCode, material])), [materials]);
  const validate = useCallback((line: BomLineDraft, index: number, all: BomLineDraft[]) => validateBomLine(line, index, all, byCode, t), [byCode, t]);
  const lines = useLineItems<BomLineDraft>(saved.length > 0 ? saved.map(bomLineToDraft) : [BLANK_BOM_LINE], validate);
  const [formError, setFormError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  useSaveShortcut('bom-form', true);
  const paste = useLinePaste<BomLineDraft>({
    columns: bomPasteColumns(t, materials),
    labels: { materialCode: t('ui.bom.material'), qtyPerUnit: t('ui.bom.qtyPerUnit'), wastePct: t('ui.bom.wastePct') },
    apply: (at, rows) => lines.paste(at, rows, BLANK_BOM_LINE),
    errorsOf: lines.errorsOf,
    lineCount: lines.lines.length,
    testId: 'bom-lines-pasted',
  });
  const shownErrors = lines.lines.some((_, index) => Object.keys(lines.errorsOf(index)).length > 0);

  async function save() {
    if (!lines.submit()) return;
    setIsSaving(true);
    setFormError(null);
    try {
      onSaved(await call('bom:save', { sku: product.sku, lines: lines.lines.map(draftToLine) }));
    } catch (error) {
      const fields = serverFieldErrors(error);
      const rest = fields ? lines.takeServerErrors(fields) : {};
      if (!fields || Object.keys(rest).length > 0) setFormError(Object.values(rest)[0] ?? errorMessage(error));
      setIsSaving(false);
    }
  }

  return (
    <Dialog
      title={t('ui.bom.editTitle', { sku: product.sku, name: product.name })}
      onClose={onClose}
      testId="bom-editor"
      size="large"
      footer={<FormFooter formId="bom-form" isSaving={isSaving} hasErrors={shownErrors} onCancel={onClose} />}
    >
      <form
        id="bom-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <p className="dialog-text muted">{t('ui.bom.explained', { uom: product.uom })}</p>
        {formError ? (
          <div className="form-error" role="alert" data-testid="bom-form-error">
            {formError}
          </div>
        ) : null}
        {materials.length === 0 ? <div className="info-banner">{t('ui.bom.noMaterials')}</div> : null}
        {paste.notice}
        {/* A block copied from a spreadsheet becomes lines; Enter moves on to the next field. */}
        <table ref={paste.area} className="plain-table line-table" data-testid="bom-lines" onKeyDown={moveOnEnter}>
          <thead>
            <tr>
              <th className="num">{t('ui.print.rowNo')}</th>
              <th className="wide">{t('ui.bom.material')}</th>
              <th className="num">{t('ui.bom.qtyPerUnit')}</th>
              <th>{t('ui.bom.uom')}</th>
              <th className="num">{t('ui.bom.wastePct')}</th>
              <th className="num">{t('ui.bom.grossPerUnit')}</th>
              <th aria-label={t('ui.bom.removeLineHeader')} />
            </tr>
          </thead>
          <tbody>
            {lines.lines.map((line, index) => (
              <BomLineRow
                key={line.key}
                index={index}
                line={line}
                errors={lines.errorsOf(index)}
                materials={materials}
                onChange={(field, value) => lines.set(index, field, value)}
                onRemove={() => lines.remove(index)}
              />
            ))}
          </tbody>
        </table>
        <button type="button" className="link-button add-line" data-testid="bom-add-line" onClick={() => lines.add(BLANK_BOM_LINE)}>
          + {t('ui.bom.addLine')}
        </button>
      </form>
    </Dialog>
  );
}
