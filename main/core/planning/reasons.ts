import { dayNumber, weekIndex } from './calendar';
import { weekLoad } from './capacity';
import type { Scene } from './scene';
import type { PlanAssignment } from './types';

/**
 * Puts the figures into each assignment's reason once the whole plan is made, so they agree with
 * the heat map: its share of the order line, and its workshop's fullest week among the weeks it
 * occupies (pieces or people's time, whichever is fuller, against what the workshop offers).
 */
export function finishReasons(scene: Scene, assignments: PlanAssignment[]): void {
  const lineQty = new Map(scene.input.lines.map((line) => [line.orderLineId, line.qty]));
  const { calendar, book } = scene;
  for (const a of assignments) {
    const qty = lineQty.get(a.orderLineId) ?? 0;
    a.reason.sharePct = qty > 0 ? Math.round((a.qty / qty) * 100) : 0;
    const unit = scene.unitIndex.get(a.unitId);
    if (unit === undefined) continue;
    let highest = -1;
    let at: string | null = null;
    for (const week of a.weeks) {
      const w = weekIndex(calendar, dayNumber(week.weekStart));
      if (w < 0 || w >= calendar.weeks) continue;
      const load = weekLoad(book, unit, w);
      if (load > highest) {
        highest = load;
        at = week.weekStart;
      }
    }
    if (at !== null) {
      a.reason.loadPct = Number.isFinite(highest) ? Math.round(highest * 100) : null;
      a.reason.loadWeek = at;
    }
  }
}
