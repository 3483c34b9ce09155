import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../platform/common/PageHeader';
import { Tabs } from '../../platform/common/Tabs';
import { UndoBar, type Notice } from '../../platform/common/UndoBar';
import { useCallData } from '../../platform/common/useCallData';
import { DeliveriesTab } from './DeliveriesTab';
import { PayTab } from '../pay/PayTab';
import { usePeriodInput } from './usePeriodInput';
import { WorkshopMaterialsTab } from './WorkshopMaterialsTab';

const VIEWS = ['deliveries', 'pay', 'materials'] as const;
type View = (typeof VIEWS)[number];
const VIEW_KEY = 'sentra.workshops.view';

/** The tab chosen last in this session: "Kembali" from a printed slip lands on the pay tab again. */
function storedView(): View {
  const text = sessionStorage.getItem(VIEW_KEY);
  return VIEWS.find((view) => view === text) ?? 'deliveries';
}

/** The three tabs once the centre's calendar day is known: the period defaults to its month. */
export function WorkshopsScreen({ today }: { today: string }) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>(storedView);
  const [notice, setNotice] = useState<Notice | null>(null);
  const periodInput = usePeriodInput(today);
  const units = useCallData('units:list', {});
  const choose = (next: View) => {
    sessionStorage.setItem(VIEW_KEY, next);
    setView(next);
  };
  return (
    <div className="list-page workshops-page">
      <PageHeader title={t('workshops.title')} subtitle={t('workshops.subtitle')} />
      <Tabs<View> label={t('workshops.title')} value={view} options={VIEWS.map((value) => ({ value, label: t(`workshops.view.${value}`) }))} onChange={choose} testId="workshops-view" />
      {units.error ? <div className="form-error">{units.error}</div> : null}
      {view === 'deliveries' ? <DeliveriesTab periodInput={periodInput} today={today} units={units.data} notify={setNotice} /> : null}
      {view === 'pay' ? <PayTab periodInput={periodInput} today={today} units={units.data} notify={setNotice} /> : null}
      {view === 'materials' ? <WorkshopMaterialsTab today={today} units={units.data} notify={setNotice} /> : null}
      {notice ? <UndoBar notice={notice} onClose={() => setNotice(null)} /> : null}
    </div>
  );
}
