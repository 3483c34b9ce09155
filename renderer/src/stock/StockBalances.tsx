import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../platform/appContext';
import { AsOfDate } from '../platform/common/AsOfDate';
import { readAsOf } from '../platform/common/dateHint';
import { formatNumber } from '../platform/common/format';
import { SearchBox } from '../platform/common/SearchBox';
import { useCallData } from '../platform/common/useCallData';
import { ListGrid } from '../platform/grid/ListGrid';
import { balanceColumns } from './columns';

/** Stok per tanggal: stock on hand of every material on any date (a stock-take, a year-end report). */
export function StockBalances({ today }: { today: string }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const [asOfText, setAsOfText] = useState('');
  const [search, setSearch] = useState('');
  const asOf = readAsOf(asOfText).iso ?? today;
  const balances = useCallData('stock:balances', { asOf });
  const columns = useMemo(() => balanceColumns(t, locale), [t, locale]);
  const rows = balances.data ?? [];
  const below = rows.filter((balance) => balance.isBelowReorder).length;
  return (
    <div className="tab-body" data-testid="stock-balances">
      <AsOfDate text={asOfText} onChange={setAsOfText} today={today} showing={balances.data ? asOf : null} testId="stock-as-of">
        <span className="push-right" />
        <SearchBox value={search} onChange={setSearch} placeholder={t('ui.materials.searchPlaceholder')} testId="stock-balances-search" />
      </AsOfDate>
      {balances.error ? <div className="form-error">{balances.error}</div> : null}
      <ListGrid
        prefKey="grid.stockBalances"
        testId="stock-balances-grid"
        rows={balances.data}
        columns={columns}
        rowId={(balance) => balance.materialCode}
        quickFilter={search}
        rowClassRules={{ 'row-alert': (params) => params.data?.isBelowReorder === true }}
      />
      <div className="status-bar">
        <span>{t('ui.materials.count', { count: rows.length, total: formatNumber(rows.length, locale) })}</span>
        <span className={below > 0 ? 'status-warning' : ''}>{t('ui.materials.below', { count: below, below: formatNumber(below, locale) })}</span>
      </div>
    </div>
  );
}
