import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../shared/domain/unit';
import { call } from '../../platform/api/client';
import { useApp } from '../../platform/appContext';
import { ChoiceFilter } from '../../platform/common/ChoiceFilter';
import { formatNumber } from '../../platform/common/format';
import { RegistryPage } from '../../platform/common/RegistryPage';
import { useCallData } from '../../platform/common/useCallData';
import { useRegistryPage } from '../../platform/common/useRegistryPage';
import { useRemoveWithUndo } from '../../platform/common/useRemoveWithUndo';
import { navigate } from '../../platform/common/hashRoute';
import { openPrintView } from '../../platform/print/openPrintView';
import { unitColumns } from './columns';
import { UnitForm } from './UnitForm';
import { unitTotals } from './unitTotals';

/** Unit Usaha: every workshop of the centre, member-owned or not, with workers and capacity. */
export function UnitsPage() {
  const { t } = useTranslation();
  const { locale } = useApp();
  const units = useCallData('units:list', {});
  const categories = useCallData('categories:list', {});
  const page = useRegistryPage<Unit>();
  const columns = useMemo(() => (categories.data ? unitColumns(t, locale, categories.data) : null), [t, locale, categories.data]);
  const [activity, setActivity] = useState<'' | 'active' | 'inactive'>('');
  const rowFilter = useMemo(() => (activity ? (unit: Unit) => unit.isActive === (activity === 'active') : null), [activity]);
  const remove = useRemoveWithUndo<Unit>({
    area: 'units',
    remove: (unit) => call('units:remove', { id: unit.id }),
    restore: (unit) => call('units:restore', { id: unit.id }),
    reload: units.reload,
    notify: page.notify,
    name: (unit) => unit.name,
  });
  const totals = unitTotals(units.data ?? []);
  const fmt = (value: number) => formatNumber(value, locale);

  return (
    <RegistryPage
      area="units"
      page={page}
      list={units}
      columns={columns}
      kinds={['units']}
      rowName={(unit) => unit.name}
      form={(id, onClose, onSaved) =>
        categories.data ? <UnitForm unitId={id} categories={categories.data} onClose={onClose} onSaved={onSaved} /> : null
      }
      onRemove={(unit) => void remove(unit)}
      onPrint={() => openPrintView('units', page.api)}
      actions={
        <button type="button" className="button" data-testid="toolbar-unit-card" disabled={!page.selected}
          onClick={() => page.selected && navigate({ page: 'unitCard', unitCode: page.selected.unitCode })}>
          {t('unitCard.open')}
        </button>
      }
      rowFilter={rowFilter}
      filters={
        <ChoiceFilter
          label={t('unit.isActive')}
          value={activity}
          options={[
            { value: '', label: t('ui.filter.all') },
            { value: 'active', label: t('ui.filter.active') },
            { value: 'inactive', label: t('ui.filter.inactive') },
          ]}
          onChange={(value) => setActivity(value === 'active' || value === 'inactive' ? value : '')}
          testId="filter-active"
        />
      }
      count={
        <>
          <span data-testid="units-count">{t('ui.units.count', { count: totals.units, total: fmt(totals.units), active: fmt(totals.active) })}</span>
          <span data-testid="units-workers">{t('ui.units.workersTotal', { workers: fmt(totals.workers) })}</span>
          <span>{t('ui.units.capacityTotal', { capacity: fmt(totals.capacity) })}</span>
        </>
      }
    />
  );
}
