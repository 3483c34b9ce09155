import { useTranslation } from 'react-i18next';
import type { KpiProgress, Milestone, MilestoneInput, MilestoneStatus, RoadmapInput, RoadmapView } from '../../../shared/api/roadmap';
import { call, deliverFile } from '../platform/api/client';
import { errorMessage } from '../platform/common/format';
import type { Notice } from '../platform/common/UndoBar';

interface Roadmap {
  setView(view: RoadmapView | null): void;
  reload(): Promise<void>;
}

/**
 * What the roadmap page does with the backend. Each edit saves at once and shows the new
 * progress; a refusal comes back as the backend's own words (they name the KPI and the year).
 */
export function useRoadmapActions(roadmap: Roadmap, notify: (notice: Notice | null) => void) {
  const { t } = useTranslation();
  const fail = (error: unknown) => notify({ message: errorMessage(error), tone: 'error' });

  async function saveTarget(kpi: KpiProgress, year: number, value: number | null): Promise<boolean> {
    try {
      roadmap.setView(await call('roadmap:setCell', { kpiId: kpi.id, year, kind: 'target', value }));
      notify({ message: t(value === null ? 'roadmap.page.targetCleared' : 'roadmap.page.targetSaved', { kpi: kpi.label, year }) });
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  }

  async function saveActual(kpi: KpiProgress, year: number, value: number | null, note: string | null, monthsCovered: number | null = null): Promise<string | null> {
    try {
      roadmap.setView(await call('roadmap:setCell', { kpiId: kpi.id, year, kind: 'actual', value, note, monthsCovered }));
      notify({ message: t(value === null ? 'roadmap.actual.cleared' : 'roadmap.actual.saved', { kpi: kpi.label, year }) });
      return null;
    } catch (error) {
      return errorMessage(error);
    }
  }

  async function grow(kpi: KpiProgress, pct: number): Promise<boolean> {
    try {
      roadmap.setView(await call('roadmap:growTargets', { kpiId: kpi.id, pct }));
      notify({ message: t('roadmap.page.grown', { kpi: kpi.label, pct: String(pct).replace('.', ',') }) });
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  }

  async function saveRoadmap(input: RoadmapInput): Promise<string | null> {
    try {
      roadmap.setView(await call('roadmap:save', input));
      notify({ message: t('roadmap.page.saved') });
      return null;
    } catch (error) {
      return errorMessage(error);
    }
  }

  async function saveMilestone(input: MilestoneInput): Promise<string | null> {
    try {
      const saved = await call('roadmap:saveMilestone', input);
      await roadmap.reload();
      notify({ message: t('roadmap.milestones.saved', { title: saved.title }) });
      return null;
    } catch (error) {
      return errorMessage(error);
    }
  }

  async function setMilestoneStatus(milestone: Milestone, status: MilestoneStatus): Promise<void> {
    const { isOverdue: _overdue, updatedAt: _updated, ...values } = milestone;
    const problem = await saveMilestone({ ...values, status });
    if (problem) notify({ message: problem, tone: 'error' });
  }

  async function removeMilestone(milestone: Milestone): Promise<void> {
    try {
      await call('roadmap:removeMilestone', { id: milestone.id });
      await roadmap.reload();
      notify({
        message: t('roadmap.milestones.removed', { title: milestone.title }),
        onUndo: () => void call('roadmap:restoreMilestone', { id: milestone.id }).then(() => roadmap.reload()).then(() => notify(null), fail),
      });
    } catch (error) {
      fail(error);
    }
  }

  async function download(): Promise<void> {
    try {
      const file = await call('files:report', { name: 'roadmap' });
      await deliverFile(file);
      notify({ message: t('roadmap.page.fileReady', { file: file.fileName }) });
    } catch (error) {
      fail(error);
    }
  }

  return { saveTarget, saveActual, grow, saveRoadmap, saveMilestone, setMilestoneStatus, removeMilestone, download };
}
