import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceFilter } from '../platform/common/ChoiceFilter';
import { formatNumber } from '../platform/common/format';
import { useCallData } from '../platform/common/useCallData';
import { useApp } from '../platform/appContext';
import { ListGrid } from '../platform/grid/ListGrid';
import { SearchBox } from '../platform/common/SearchBox';
import { workshopColumns } from './columns';

/** Bahan di unit usaha: the cooperative's material out at the workshops, per workshop and material. */
export function WorkshopStock() {
  const { t } = useTranslation();
  const { locale } = useApp();
  const [unitCode, setUnitCode] = useState('');
  const [search, setSearch] = useState('');
  const units = useCallData('units:list', {});
  const holdings = useCallData('stock:workshops', unitCode ? { unitCode } : {});
  const columns = useMemo(() => workshopColumns(t, locale), [t, locale]);
  const rows = holdings.data ?? [];
  const workshops = new Set(rows.filter((row) => row.held > 0).map((row) => row.unitCode)).size;
  return (
    <div className="tab-body" data-testid="workshop-stock">
      <div className="as-of-bar">
        <ChoiceFilter
          label={t('ui.movement.unit')}
          value={unitCode}
          options={[{ value: '', label: t('ui.filter.all') }, ...(units.data ?? []).map((unit) => ({ value: unit.unitCode, label: `${unit.unitCode} — ${unit.name}` }))]}
          onChange={setUnitCode}
          testId="workshop-filter"
        />
        <span className="muted">{t('ui.stock.workshopsNote')}</span>
        <span className="push-right" />
        <SearchBox value={search} onChange={setSearch} placeholder={t('ui.materials.searchPlaceholder')} testId="workshop-stock-search" />
      </div>
      {holdings.error ? <div className="form-error">{holdings.error}</div> : null}
      <ListGrid prefKey="grid.workshopStock" testId="workshop-stock-grid" rows={holdings.data} columns={columns} rowId={(row) => `${row.unitCode}/${row.materialCode}`} quickFilter={search} />
      <div className="status-bar">
        <span data-testid="workshop-stock-count">{t('ui.stock.workshopsHolding', { count: workshops, units: formatNumber(workshops, locale) })}</span>
      </div>
    </div>
  );
}
