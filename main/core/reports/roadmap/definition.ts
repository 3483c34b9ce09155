import type { RoadmapView } from '../../../../shared/api/roadmap';
import { usdFromCents } from '../../../../shared/money';
import { mustView } from '../../roadmap/roadmap';
import type { ReportDefinition } from '../definition';
import { roadmapWorkbook } from './workbook';

/** Capaian Roadmap: the headline year is the year the period ends in; the KPI sheet and chart cover the whole roadmap. */
export const roadmapDefinition: ReportDefinition<RoadmapView> = {
  name: 'roadmap',
  compute: (ctx, period) => mustView(ctx, Number(period.to.slice(0, 4))),
  headline(ctx, view) {
    const h = view.headline;
    const json = {
      year: h.year, kpis: h.kpis, achieved: h.achieved, on_track: h.onTrack, behind: h.behind, no_data: h.noData,
      export_target_usd: usdFromCents(h.exportTargetUsd), export_actual_usd: usdFromCents(h.exportActualUsd),
    };
    return { json, text: ctx.t('roadmap.workbook.headline', { ...h }) };
  },
  workbook: roadmapWorkbook,
};
