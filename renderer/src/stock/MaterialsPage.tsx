import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../platform/common/PageHeader';
import { Tabs } from '../platform/common/Tabs';
import { useCentreToday } from '../platform/common/useCentreToday';
import { MaterialList } from './MaterialList';
import { StockBalances } from './StockBalances';
import { WorkshopStock } from './WorkshopStock';

const VIEWS = ['materials', 'balances', 'workshops'] as const;
type View = (typeof VIEWS)[number];

/** Bahan & Stok: the materials and their ledger; stock on a date; material out at the workshops. */
export function MaterialsPage() {
  const { t } = useTranslation();
  const today = useCentreToday();
  const [view, setView] = useState<View>('materials');
  if (!today) return <div className="boot-message">{t('ui.common.loading')}</div>;
  const tabs = <Tabs<View> label={t('ui.materials.title')} value={view} options={VIEWS.map((value) => ({ value, label: t(`ui.materials.view.${value}`) }))} onChange={setView} testId="materials-view" />;
  if (view === 'materials') return <MaterialList tabs={tabs} today={today} />;
  return (
    <div className="list-page">
      <PageHeader title={t('ui.materials.title')} subtitle={t('ui.materials.subtitle')} />
      {tabs}
      {view === 'balances' ? <StockBalances today={today} /> : <WorkshopStock />}
    </div>
  );
}
