import type { TFunction } from 'i18next';
import { exportFactInput, type ExportFactInput, type ExportHistoryRow } from '../../../../shared/api/exports';
import { toMinor } from '../../../../shared/money';
import { amountForInput, numberForInput, textOf } from '../../platform/common/formText';
import { schemaErrors, type FieldErrors } from '../../platform/common/validation';

/** One row of export history as the form holds it: the FOB value typed in dollars (`12.500,50`). */
export interface ExportFormValues {
  year: string;
  month: string;
  country: string;
  category: string;
  hsCode: string;
  fobUsd: string;
}

/** A new row starts at last month: history is written after the month closes. */
export function emptyExportRow(today: string | null): ExportFormValues {
  const [year, month] = (today ?? '2026-01-01').split('-').map(Number);
  const last = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
  return { year: String(last.year), month: String(last.month), country: '', category: '', hsCode: '', fobUsd: '' };
}

const USD_TEXT = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function exportRowToForm(row: ExportHistoryRow): ExportFormValues {
  return {
    year: String(row.year), month: String(row.month), country: row.country, category: row.category, hsCode: row.hsCode,
    fobUsd: USD_TEXT.format(row.fobUsdCents / 100),
  };
}

export function formToInput(values: ExportFormValues, original: ExportHistoryRow | null): ExportFactInput {
  const dollars = amountForInput(values.fobUsd);
  return {
    id: original?.id,
    year: numberForInput(values.year),
    month: Number(values.month),
    country: textOf(values.country),
    category: values.category,
    hsCode: values.hsCode,
    fobUsdCents: Number.isFinite(dollars) ? toMinor(dollars, 'USD') : dollars,
  };
}

/** The form types dollars in `fobUsd`; the contract carries cents in `fobUsdCents`: its verdict belongs under the dollars. */
export function onFormFields(errors: FieldErrors): FieldErrors {
  const { fobUsdCents, ...others } = errors;
  return fobUsdCents === undefined ? others : { ...others, fobUsd: fobUsdCents };
}

export function validateExportRow(values: ExportFormValues, original: ExportHistoryRow | null, t: TFunction): FieldErrors {
  return onFormFields(schemaErrors(exportFactInput, formToInput(values, original), t));
}
