import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurchaseOrder } from '../../../shared/api/production';
import type { Material } from '../../../shared/domain/materials';
import { fromMinor, type Currency } from '../../../shared/money';
import { useApp } from '../platform/appContext';
import { formatAmount } from '../platform/common/format';
import { amountForInput, numberText } from '../platform/common/formText';
import type { LineItems } from '../platform/common/useLineItems';
import { useLinePaste } from '../platform/common/useLinePaste';
import { PurchaseLineRow } from './PurchaseLineRow';
import { BLANK_PURCHASE_LINE, unitCostMinor, type PurchaseLineDraft } from './purchaseFormModel';
import { purchasePasteColumns, withRecordedCost } from './purchaseLinePaste';

interface PurchaseLinesProps {
  lines: LineItems<PurchaseLineDraft>;
  materials: Material[];
  currency: Currency;
  saved: PurchaseOrder | null;
  error?: string;
  /** A material was chosen: its supplier may fill an empty supplier field. */
  onChoseMaterial(material: Material): void;
}

/** The materials ordered, editable while a draft, with the order's value as typed. */
export function PurchaseLines({ lines, materials, currency, saved, error, onChoseMaterial }: PurchaseLinesProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const byCode = useMemo(() => new Map(materials.map((material) => [material.materialCode, material])), [materials]);
  const choices = useMemo(
    () => [
      { value: '', label: t('ui.form.choose') },
      ...[...materials].sort((a, b) => a.materialCode.localeCompare(b.materialCode)).map((m) => ({ value: m.materialCode, label: `${m.materialCode} — ${m.name} (${m.uom})` })),
    ],
    [materials, t],
  );
  // A block copied from a spreadsheet becomes lines, checked but not saved.
  const paste = useLinePaste<PurchaseLineDraft>({
    columns: purchasePasteColumns(t, materials),
    labels: { materialCode: t('purchasing.form.material'), qty: t('purchasing.form.qty'), unitCost: t('purchasing.form.unitCost', { currency }) },
    apply: (at, rows) => lines.paste(at, rows.map((row, offset) => withRecordedCost(row, lines.lines[at + offset], materials)), BLANK_PURCHASE_LINE),
    errorsOf: lines.errorsOf,
    lineCount: lines.lines.length,
    testId: 'po-lines-pasted',
  });
  // What has come in matters once the PO is placed; a draft has nothing to show there.
  const showsReceived = saved !== null && saved.status !== 'draft';
  const currencyLabel = currency === 'IDR' && locale === 'id' ? 'Rp' : currency;
  let value = 0;
  for (const line of lines.lines) {
    const qty = amountForInput(line.qty);
    const cost = unitCostMinor(line, currency);
    if (Number.isFinite(qty) && Number.isFinite(cost)) value += Math.round(qty * cost);
  }

  function choose(index: number, code: string) {
    lines.set(index, 'materialCode', code);
    const material = byCode.get(code);
    if (!material) return;
    // The material's recorded cost, when no price was typed yet.
    if (lines.lines[index].unitCost.trim() === '') lines.set(index, 'unitCost', numberText(fromMinor(material.unitCost, material.currency)));
    onChoseMaterial(material);
  }

  return (
    <section className="order-lines">
      <h3>{t('purchasing.form.lines')}</h3>
      {error ? <div className="form-error" data-testid="po-lines-error">{error}</div> : null}
      {paste.notice}
      <table ref={paste.area} className="plain-table line-table" data-testid="po-lines">
        <thead>
          <tr>
            <th className="num">{t('ui.print.rowNo')}</th>
            <th className="wide">{t('purchasing.form.material')}</th>
            <th className="num">{t('purchasing.form.qty')}</th>
            <th>{t('purchasing.form.uom')}</th>
            <th className="num">{t('purchasing.form.unitCost', { currency: currencyLabel })}</th>
            <th className="num">{t('purchasing.form.lineTotal')}</th>
            {showsReceived ? <th className="num">{t('purchasing.form.received')}</th> : null}
            <th aria-label={t('ui.bom.removeLineHeader')} />
          </tr>
        </thead>
        <tbody>
          {lines.lines.map((line, index) => (
            <PurchaseLineRow
              key={line.key}
              index={index}
              line={line}
              errors={lines.errorsOf(index)}
              choices={choices}
              material={byCode.get(line.materialCode)}
              saved={showsReceived ? saved?.lines.find((savedLine) => savedLine.materialCode === line.materialCode) : undefined}
              showsReceived={showsReceived}
              currencyLabel={currencyLabel}
              currency={currency}
              onChange={(field, text) => lines.set(index, field, text)}
              onChooseMaterial={(code) => choose(index, code)}
              onRemove={() => lines.remove(index)}
            />
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={4}>
              <button type="button" className="link-button" data-testid="po-add-line" onClick={() => lines.add(BLANK_PURCHASE_LINE)}>
                + {t('purchasing.form.addLine')}
              </button>
            </td>
            <td className="num">{t('purchasing.form.total')}</td>
            <td className="num strong" data-testid="po-total">{formatAmount(value, currency, locale)}</td>
            <td colSpan={showsReceived ? 2 : 1} />
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
