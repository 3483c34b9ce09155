import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportHistoryRow } from '../../../../shared/api/exports';
import { call } from '../../platform/api/client';
import { useApp } from '../../platform/appContext';
import { countryName } from '../../platform/common/choices';
import { ChoiceFilter } from '../../platform/common/ChoiceFilter';
import { formatAmount, formatNumber } from '../../platform/common/format';
import { RegistryPage } from '../../platform/common/RegistryPage';
import { rowById } from '../../platform/common/rowById';
import { useCallData } from '../../platform/common/useCallData';
import { useCentreToday } from '../../platform/common/useCentreToday';
import { useRegistryPage } from '../../platform/common/useRegistryPage';
import { useRemoveWithUndo } from '../../platform/common/useRemoveWithUndo';
import { exportColumns } from './columns';
import { ExportRowForm } from './ExportRowForm';
import { MonthSourcePanel } from './MonthSourcePanel';
import './exports.css';

/** Riwayat Ekspor: what the centre exported month by month, the base the export reports measure growth from. */
export function ExportsPage() {
  const { t } = useTranslation();
  const { locale } = useApp();
  const history = useCallData('exports:list', {});
  const categories = useCallData('categories:list', {});
  const today = useCentreToday();
  const page = useRegistryPage<ExportHistoryRow>();
  const columns = useMemo(() => (categories.data ? exportColumns(t, locale, categories.data) : null), [t, locale, categories.data]);
  const [year, setYear] = useState('');
  const [country, setCountry] = useState('');
  const rows = history.data ?? [];
  const rowFilter = useMemo(
    () => (year || country ? (row: ExportHistoryRow) => (!year || String(row.year) === year) && (!country || row.country === country) : null),
    [year, country],
  );
  const categoryName = (code: string) => {
    const category = categories.data?.find((candidate) => candidate.code === code);
    return category ? (locale === 'en' ? category.nameEn : category.nameId) : code;
  };
  const rowName = (row: ExportHistoryRow) =>
    `${String(row.month).padStart(2, '0')}/${row.year} · ${countryName(row.country, locale)} · ${categoryName(row.category)} · ${row.hsCode}`;
  const remove = useRemoveWithUndo<ExportHistoryRow>({
    area: 'exports',
    remove: (row) => call('exports:remove', { id: row.id }),
    restore: (row) => call('exports:restore', { id: row.id }),
    reload: history.reload,
    notify: page.notify,
    name: rowName,
  });
  const years = [...new Set(rows.map((row) => row.year))].sort((a, b) => b - a);
  const countries = [...new Set(rows.map((row) => row.country))].sort((a, b) => countryName(a, locale).localeCompare(countryName(b, locale), locale));
  const shown = rowFilter ? rows.filter(rowFilter) : rows;
  const fob = shown.reduce((sum, row) => sum + row.fobUsdCents, 0);

  return (
    <div className="exports-page">
      <RegistryPage
        area="exports"
        page={page}
        list={history}
        columns={columns}
        kinds={['exports']}
        emptyText={t('ui.exports.empty')}
        rowName={rowName}
        form={(id, onClose, onSaved) => (
          <ExportRowForm row={rowById(history.data, id)} categories={categories.data ?? []} today={today} rowName={rowName} onClose={onClose} onSaved={onSaved} />
        )}
        onRemove={(row) => void remove(row)}
        rowFilter={rowFilter}
        filters={
          <>
            <ChoiceFilter
              label={t('exports.columns.year')}
              value={year}
              options={[{ value: '', label: t('ui.exports.allYears') }, ...years.map((value) => ({ value: String(value), label: String(value) }))]}
              onChange={setYear}
              testId="filter-year"
            />
            <ChoiceFilter
              label={t('ui.exports.countryFilter')}
              value={country}
              options={[{ value: '', label: t('ui.exports.allCountries') }, ...countries.map((code) => ({ value: code, label: countryName(code, locale) }))]}
              onChange={setCountry}
              testId="filter-country"
            />
          </>
        }
        count={
          <span data-testid="exports-count">
            {t('ui.exports.count', { count: shown.length, total: formatNumber(shown.length, locale), fob: formatAmount(fob, 'USD', locale) })}
          </span>
        }
      />
      <MonthSourcePanel today={today} changed={history.data} />
    </div>
  );
}
