import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUYER_KINDS, type Buyer } from '../../../../shared/domain/orders';
import { call } from '../../platform/api/client';
import { useApp } from '../../platform/appContext';
import { listChoices, pick } from '../../platform/common/choices';
import { ChoiceFilter } from '../../platform/common/ChoiceFilter';
import { formatNumber } from '../../platform/common/format';
import { RegistryPage } from '../../platform/common/RegistryPage';
import { rowById } from '../../platform/common/rowById';
import { useCallData } from '../../platform/common/useCallData';
import { useRegistryPage } from '../../platform/common/useRegistryPage';
import { useRemoveWithUndo } from '../../platform/common/useRemoveWithUndo';
import { BuyerForm } from './BuyerForm';
import { buyerColumns } from './columns';

/** Pembeli: the buyers of the centre's goods, at home and abroad, with the terms their orders default to. */
export function BuyersPage() {
  const { t } = useTranslation();
  const { locale } = useApp();
  const buyers = useCallData('buyers:list', {});
  const page = useRegistryPage<Buyer>();
  const columns = useMemo(() => buyerColumns(t, locale), [t, locale]);
  const [kind, setKind] = useState<Buyer['kind'] | ''>('');
  const rowFilter = useMemo(() => (kind ? (buyer: Buyer) => buyer.kind === kind : null), [kind]);
  const remove = useRemoveWithUndo<Buyer>({
    area: 'buyers',
    remove: (buyer) => call('buyers:remove', { id: buyer.id }),
    restore: (buyer) => call('buyers:restore', { id: buyer.id }),
    reload: buyers.reload,
    notify: page.notify,
    name: (buyer) => buyer.name,
  });
  const rows = buyers.data ?? [];
  const exporters = rows.filter((buyer) => buyer.kind === 'export').length;
  const fmt = (value: number) => formatNumber(value, locale);

  return (
    <RegistryPage
      area="buyers"
      page={page}
      list={buyers}
      columns={columns}
      kinds={['buyers']}
      emptyText={t('ui.buyers.empty')}
      rowName={(buyer) => buyer.name}
      form={(id, onClose, onSaved) => <BuyerForm buyer={rowById(buyers.data, id)} onClose={onClose} onSaved={onSaved} />}
      onRemove={(buyer) => void remove(buyer)}
      rowFilter={rowFilter}
      filters={
        <ChoiceFilter
          label={t('ui.buyer.kind')}
          value={kind}
          options={[{ value: '', label: t('ui.filter.all') }, ...listChoices(BUYER_KINDS, t, 'ui.buyerKind')]}
          onChange={(value) => setKind(pick(BUYER_KINDS, value) ?? '')}
          testId="filter-kind"
        />
      }
      count={
        <span data-testid="buyers-count">{t('ui.buyers.count', { count: rows.length, total: fmt(rows.length), exporters: fmt(exporters) })}</span>
      }
    />
  );
}
