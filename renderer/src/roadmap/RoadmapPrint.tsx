import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../shared/dates';
import { useCallData } from '../platform/common/useCallData';
import { GapAheadPanel } from './GapAheadPanel';
import { KpiCharts } from './KpiCharts';
import { RoadmapPrintTable } from './RoadmapPrintTable';
import '../platform/print/print-headline.css';
import './roadmap.css';
import { PrintDocument } from '../platform/print/PrintDocument';
import { statusLabel } from '../platform/common/statusLabel';

/**
 * LAPORAN CAPAIAN ROADMAP REVITALISASI on A4 landscape: the year's standing, every KPI year by
 * year, the charts, the gap ahead and the milestones, then the chair's and secretary's signatures.
 */
export function RoadmapPrint({ today }: { today: string }) {
  const { t } = useTranslation();
  const roadmap = useCallData('roadmap:get', {});
  if (!roadmap.data) return <div className="boot-message">{roadmap.error ?? (roadmap.isLoading ? t('ui.common.loading') : t('roadmap.report.none'))}</div>;
  const view = roadmap.data;
  const h = view.headline;
  const sources = view.kpis.map((kpi) => `${kpi.label}: ${t(`roadmap.kpiSource.${kpi.standard ?? 'own'}`)}`).join('; ');
  return (
    <PrintDocument
      list="roadmap"
      fileName={`${t('roadmap.workbook.fileWord')}-${h.year}.pdf`}
      back="roadmap"
      title={t('roadmap.workbook.title')}
      today={today}
      orientation="landscape"
      note={t('roadmap.workbook.period', { name: view.name, start: view.startYear, end: view.endYear, baseline: view.baselineYear })}
      totals={<div className="print-totals">{t('roadmap.print.source', { sources })}</div>}
    >
      <p className="print-lead" data-testid="print-headline">
        {t('roadmap.workbook.headline', { ...h })}. {t('roadmap.page.currentNote', { year: view.currentYear, months: view.monthsPassed })}
      </p>
      <h2 className="print-section">{t('roadmap.print.kpiTitle')}</h2>
      <RoadmapPrintTable view={view} />
      <p className="print-hand-mark">{t('roadmap.print.handMark')}</p>
      <div className="print-roadmap-pair">
        <KpiCharts view={view} className="print-charts" />
        <GapAheadPanel gap={view.gap} currentYear={view.currentYear} className="print-gap" />
      </div>
      <section className="print-section-pair">
        <h2 className="print-section">{t('roadmap.print.milestonesTitle')}</h2>
        <table className="print-table" data-testid="print-milestones">
          <thead>
            <tr>
              <th>{t('roadmap.milestones.column.due')}</th>
              <th>{t('roadmap.milestones.column.title')}</th>
              <th>{t('roadmap.milestones.column.status')}</th>
              <th>{t('roadmap.milestones.column.note')}</th>
            </tr>
          </thead>
          <tbody>
            {view.milestones.map((milestone) => (
              <tr key={milestone.id}>
                <td className="nowrap">{formatDateId(milestone.dueOn)}</td>
                <td>{milestone.title}</td>
                <td className="nowrap">
                  {statusLabel(t, 'milestone', milestone.status)}
                  {milestone.isOverdue ? ` (${t('roadmap.milestones.overdue')})` : ''}
                </td>
                <td>{milestone.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {view.milestones.length === 0 ? <p className="print-note">{t('roadmap.workbook.noMilestones')}</p> : null}
      </section>
    </PrintDocument>
  );
}
