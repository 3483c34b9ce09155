import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../../shared/dates';
import { call, deliverFile } from '../../platform/api/client';
import { errorMessage } from '../../platform/common/format';
import { navigate } from '../../platform/common/hashRoute';
import { PageHeader } from '../../platform/common/PageHeader';
import { Tabs } from '../../platform/common/Tabs';
import { UndoBar, type Notice } from '../../platform/common/UndoBar';
import { useCallData } from '../../platform/common/useCallData';
import { useCentreToday } from '../../platform/common/useCentreToday';
import { AssignmentsView } from './AssignmentsView';
import { LateLines } from './LateLines';
import { LoadHeatMap } from './LoadHeatMap';
import { isOpenWork } from './planFacts';
import { PlanRunBar } from './PlanRunBar';
import { PlanSummary } from './PlanSummary';
import { PromiseDialog } from '../../orders/orders/PromiseDialog';
import { WhatToBuy } from './WhatToBuy';

const VIEWS = ['load', 'late', 'assignments', 'buy'] as const;
type View = (typeof VIEWS)[number];

/** Rencana Produksi: plan the open orders, see each workshop's load by week, the late lines and the work orders. */
export function PlanPage() {
  const { t } = useTranslation();
  const today = useCentreToday();
  const last = useCallData('plan:last', {});
  const planDate = last.data?.today ?? today;
  const load = useCallData('plan:load', planDate ? { from: planDate } : {});
  const assignments = useCallData('plan:assignments', { limit: 10_000 });
  const toBuy = useCallData('purchases:toBuy', {});
  const [view, setView] = useState<View>('load');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [isPromising, setIsPromising] = useState(false);
  if (!today) return <div className="boot-message">{t('ui.common.loading')}</div>;

  async function reloadAll() {
    await Promise.all([last.reload(), load.reload(), assignments.reload(), toBuy.reload()]);
  }

  async function exportPlan() {
    try {
      const file = await call('files:plan', {});
      await deliverFile(file);
      setNotice({ message: t('ui.common.fileReady', { file: file.fileName }) });
    } catch (error) {
      setNotice({ tone: 'error', message: errorMessage(error) });
    }
  }

  const failure = last.error ?? load.error ?? assignments.error ?? toBuy.error;
  const openCount = assignments.data ? assignments.data.filter(isOpenWork).length : null;
  return (
    <div className="list-page plan-page">
      <PageHeader title={t('ui.plan.title')} subtitle={t('ui.plan.subtitle')} />
      <PlanRunBar
        today={today}
        onRan={(date) => {
          setNotice({ message: t('ui.plan.ran', { date: formatDateId(date) }) });
          void reloadAll();
        }}
        onPromise={() => setIsPromising(true)}
        onExport={last.data ? () => void exportPlan() : undefined}
        onPrint={last.data ? () => navigate({ page: 'print', list: 'plan' }) : undefined}
        onError={(message) => setNotice({ tone: 'error', message })}
      />
      {failure ? <div className="form-error" role="alert">{failure}</div> : null}
      {last.isLoading && !last.data ? <p>{t('ui.common.loading')}</p> : <PlanSummary plan={last.data} assignments={openCount} toBuy={toBuy.data} />}
      <Tabs<View>
        label={t('ui.plan.title')}
        value={view}
        options={VIEWS.map((value) => ({ value, label: value === 'buy' ? t('purchasing.toBuy.title') : t(`ui.plan.view.${value}`, { count: value === 'late' ? (last.data?.late.length ?? 0) : 0 }) }))}
        onChange={setView}
        testId="plan-view"
      />
      {view === 'load' && load.data ? <LoadHeatMap load={load.data} /> : null}
      {view === 'load' && !load.data ? <p>{t('ui.common.loading')}</p> : null}
      {view === 'late' ? <LateLines lines={last.data?.late ?? []} /> : null}
      {view === 'buy' ? <WhatToBuy list={toBuy.data} /> : null}
      {view === 'assignments' ? (
        <AssignmentsView rows={assignments.data} planDate={planDate ?? today} onChanged={reloadAll} notify={setNotice} />
      ) : null}
      {notice ? <UndoBar notice={notice} onClose={() => setNotice(null)} /> : null}
      {isPromising ? <PromiseDialog today={today} onClose={() => setIsPromising(false)} /> : null}
    </div>
  );
}
