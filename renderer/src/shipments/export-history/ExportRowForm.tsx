import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportHistoryRow, MonthSource } from '../../../../shared/api/exports';
import type { ProductCategory } from '../../../../shared/domain/centre';
import { call } from '../../platform/api/client';
import { RecordFormDialog } from '../../platform/common/RecordFormDialog';
import { useRecordForm } from '../../platform/common/useRecordForm';
import { ExportRowFields } from './ExportRowFields';
import { MonthSourceAsk, monthSourceConflict, type MonthSourceConflict } from './MonthSourceAsk';
import { emptyExportRow, exportRowToForm, formToInput, onFormFields, validateExportRow, type ExportFormValues } from './exportFormModel';

interface ExportRowFormProps {
  /** null for a new row. */
  row: ExportHistoryRow | null;
  categories: ProductCategory[];
  today: string | null;
  /** How the screen names a row (`03/2024 · Amerika Serikat · Tas · 4202.21`). */
  rowName(row: ExportHistoryRow): string;
  onClose(): void;
  onSaved(row: ExportHistoryRow, isNew: boolean): void;
}

/** Add or change one month's export to one destination, category and HS code. */
export function ExportRowForm({ row, categories, today, rowName, onClose, onSaved }: ExportRowFormProps) {
  const { t } = useTranslation();
  const validate = useCallback((values: ExportFormValues, original: ExportHistoryRow | null) => validateExportRow(values, original, t), [t]);
  const empty = useMemo(() => emptyExportRow(today), [today]);
  // A month with shipments asks which source it keeps; the answer goes with the next save.
  const [conflict, setConflict] = useState<MonthSourceConflict | null>(null);
  const source = useRef<MonthSource | undefined>(undefined);
  const record = useRecordForm<ExportFormValues, ExportHistoryRow, ExportHistoryRow>({
    recordId: row?.id ?? null,
    empty,
    load: async () => row ?? Promise.reject(new Error(t('errors.notFound'))),
    toForm: exportRowToForm,
    validate,
    persist: async (values, original) => {
      try {
        return await call('exports:save', { ...formToInput(values, original), monthSource: source.current });
      } catch (error) {
        setConflict(monthSourceConflict(error));
        throw error;
      }
    },
    routeErrors: (errors) => onFormFields(Object.fromEntries(Object.entries(errors).filter(([field]) => field !== 'monthSource'))),
    onSaved,
  });
  return (
    <RecordFormDialog
      title={record.original ? t('ui.exports.editTitle', { name: rowName(record.original) }) : t('ui.exports.newTitle')}
      formId="export-form"
      size="medium"
      record={record}
      onClose={onClose}
    >
      {conflict ? (
        <MonthSourceAsk
          conflict={conflict}
          onChoose={(choice) => {
            source.current = choice;
            void record.save();
          }}
        />
      ) : null}
      <ExportRowFields form={record.form} categories={categories} isNew={row === null} />
    </RecordFormDialog>
  );
}
