import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Material } from '../../../shared/domain/materials';
import { call } from '../platform/api/client';
import { useApp } from '../platform/appContext';
import { ToggleFilter } from '../platform/common/ToggleFilter';
import { formatNumber, formatQty } from '../platform/common/format';
import { RegistryPage } from '../platform/common/RegistryPage';
import { rowById } from '../platform/common/rowById';
import { useCallData } from '../platform/common/useCallData';
import { useRegistryPage } from '../platform/common/useRegistryPage';
import { useRemoveWithUndo } from '../platform/common/useRemoveWithUndo';
import { materialColumns } from './columns';
import { MaterialForm } from '../catalogue/materials/MaterialForm';
import { MovementForm } from './MovementForm';
import { StockCard } from './StockCard';
import { isBelowReorder } from './stockLevel';

/** The materials with their stock on hand, the selected one's stock card, and Catat mutasi. */
export function MaterialList({ tabs, today }: { tabs: ReactNode; today: string }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const materials = useCallData('materials:list', {});
  const page = useRegistryPage<Material>();
  const columns = useMemo(() => materialColumns(t, locale), [t, locale]);
  const [onlyBelow, setOnlyBelow] = useState(false);
  const rowFilter = useMemo(() => (onlyBelow ? isBelowReorder : null), [onlyBelow]);
  const [isRecording, setIsRecording] = useState(false);
  // Each recorded movement changes the stock card: a new key loads it again.
  const [ledgerVersion, setLedgerVersion] = useState(0);
  const remove = useRemoveWithUndo<Material>({
    area: 'materials',
    remove: (material) => call('materials:remove', { id: material.id }),
    restore: (material) => call('materials:restore', { id: material.id }),
    reload: materials.reload,
    notify: page.notify,
    name: (material) => material.name,
  });
  const rows = materials.data ?? [];
  const below = rows.filter(isBelowReorder).length;
  const fmt = (value: number) => formatNumber(value, locale);
  // The selected row as last loaded, so the card shows today's stock on hand after a movement.
  const selected = rowById(materials.data, page.selected?.id ?? null);

  return (
    <RegistryPage
      area="materials"
      page={page}
      list={materials}
      columns={columns}
      kinds={['materials', 'stock']}
      emptyText={t('ui.materials.empty')}
      rowName={(material) => material.name}
      form={(id, onClose, onSaved) => <MaterialForm material={rowById(materials.data, id)} onClose={onClose} onSaved={onSaved} />}
      onRemove={(material) => void remove(material)}
      onImported={() => {
        setLedgerVersion((version) => version + 1);
        void materials.reload();
      }}
      header={tabs}
      actions={
        <button type="button" className="button" data-testid="toolbar-record" disabled={rows.length === 0} onClick={() => setIsRecording(true)}>
          {t('ui.stock.record')}
        </button>
      }
      rowFilter={rowFilter}
      rowClassRules={{ 'row-alert': (params) => (params.data ? isBelowReorder(params.data) : false) }}
      filters={
        <ToggleFilter label={t('ui.stock.onlyBelow', { count: below, below: fmt(below) })} isOn={onlyBelow} onChange={setOnlyBelow} testId="filter-below" />
      }
      count={
        <>
          <span data-testid="materials-count">{t('ui.materials.count', { count: rows.length, total: fmt(rows.length) })}</span>
          <span className={below > 0 ? 'status-warning' : ''} data-testid="materials-below">
            {t('ui.materials.below', { count: below, below: fmt(below) })}
          </span>
        </>
      }
      below={
        selected ? (
          <StockCard key={`${selected.id}-${ledgerVersion}`} material={selected} onRecord={() => setIsRecording(true)} />
        ) : (
          <section className="detail-panel empty">
            <p className="muted">{t('ui.stock.chooseMaterial')}</p>
          </section>
        )
      }
    >
      {isRecording && materials.data ? (
        <MovementForm
          materials={materials.data}
          materialCode={selected?.materialCode ?? ''}
          today={today}
          onClose={() => setIsRecording(false)}
          onSaved={(movement) => {
            setIsRecording(false);
            setLedgerVersion((version) => version + 1);
            page.notify({ message: t('ui.stock.recorded', { kind: t(`ui.movementKind.${movement.kind}`), qty: formatQty(Math.abs(movement.delta), locale), uom: movement.uom, name: movement.materialName }) });
            void materials.reload();
          }}
        />
      ) : null}
    </RegistryPage>
  );
}
