import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiProgress, KpiYear, Milestone } from '../../../shared/api/roadmap';
import { navigate } from '../platform/common/hashRoute';
import { PageHeader } from '../platform/common/PageHeader';
import { UndoBar, type Notice } from '../platform/common/UndoBar';
import { useCentreToday } from '../platform/common/useCentreToday';
import { GapAheadPanel } from './GapAheadPanel';
import { HandActualDialog } from './HandActualDialog';
import { KpiCharts } from './KpiCharts';
import { KpiGrid } from './KpiGrid';
import { MilestoneForm } from './MilestoneForm';
import { MilestoneList } from './MilestoneList';
import { RoadmapFacts } from './RoadmapFacts';
import { RoadmapForm } from './RoadmapForm';
import { useRoadmap } from './useRoadmap';
import { useRoadmapActions } from './useRoadmapActions';
import './roadmap.css';

type Editing = { kind: 'roadmap' } | { kind: 'actual'; kpi: KpiProgress; cell: KpiYear } | { kind: 'milestone'; milestone: Milestone | null } | null;

/**
 * Roadmap Revitalisasi: the roadmap's header, the KPI × year grid (targets typed in place,
 * actuals with their source, status per cell), the gap ahead, charts and milestones; the same
 * report as a workbook or an A4 page.
 */
export function RoadmapPage() {
  const { t } = useTranslation();
  const today = useCentreToday();
  const roadmap = useRoadmap();
  const [notice, notify] = useState<Notice | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const actions = useRoadmapActions(roadmap, notify);
  const { view } = roadmap;
  const closeAfter = (problem: string | null) => {
    if (problem === null) setEditing(null);
    return problem;
  };

  return (
    <div className="roadmap-page">
      <PageHeader
        title={t('roadmap.title')}
        subtitle={t('roadmap.subtitle')}
        actions={
          view ? (
            <>
              <button type="button" className="button" data-testid="roadmap-edit" onClick={() => setEditing({ kind: 'roadmap' })}>
                {t('roadmap.page.edit')}
              </button>
              <button type="button" className="button" data-testid="roadmap-download" onClick={() => void actions.download()}>
                {t('roadmap.page.download')}
              </button>
              <button type="button" className="button primary" data-testid="roadmap-print" onClick={() => navigate({ page: 'print', list: 'roadmap' })}>
                {t('roadmap.page.print')}
              </button>
            </>
          ) : null
        }
      />
      {roadmap.error ? (
        <div className="form-error" role="alert" data-testid="roadmap-error">
          {roadmap.error}
        </div>
      ) : null}
      {view === null ? (
        <section className="panel roadmap-empty" data-testid="roadmap-empty">
          <h2 className="panel-title">{t('roadmap.page.emptyTitle')}</h2>
          <p>{t('roadmap.page.emptyText')}</p>
          <button type="button" className="button primary" data-testid="roadmap-create" onClick={() => setEditing({ kind: 'roadmap' })}>
            {t('roadmap.page.create')}
          </button>
        </section>
      ) : null}
      {view ? (
        <>
          <RoadmapFacts view={view} />
          <KpiGrid view={view} onTarget={actions.saveTarget} onActual={(kpi, cell) => setEditing({ kind: 'actual', kpi, cell })} onGrow={actions.grow} />
          <div className="roadmap-lower">
            <GapAheadPanel gap={view.gap} currentYear={view.currentYear} />
            <KpiCharts view={view} />
          </div>
          <MilestoneList
            milestones={view.milestones}
            onAdd={() => setEditing({ kind: 'milestone', milestone: null })}
            onEdit={(milestone) => setEditing({ kind: 'milestone', milestone })}
            onStatus={(milestone, status) => void actions.setMilestoneStatus(milestone, status)}
            onRemove={(milestone) => void actions.removeMilestone(milestone)}
          />
        </>
      ) : null}
      {editing?.kind === 'roadmap' && view !== undefined ? (
        <RoadmapForm
          view={view}
          currentYear={Number((today ?? '2026').slice(0, 4))}
          onSave={async (input) => closeAfter(await actions.saveRoadmap(input))}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {editing?.kind === 'actual' ? (
        <HandActualDialog
          kpi={editing.kpi}
          cell={editing.cell}
          onSave={async (value, note, covered) => closeAfter(await actions.saveActual(editing.kpi, editing.cell.year, value, note, covered))}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {editing?.kind === 'milestone' ? (
        <MilestoneForm milestone={editing.milestone} onSave={async (input) => closeAfter(await actions.saveMilestone(input))} onClose={() => setEditing(null)} />
      ) : null}
      {notice ? <UndoBar notice={notice} onClose={() => notify(null)} /> : null}
    </div>
  );
}
