import type { Locator } from 'playwright-core';
import { pageOf, type Root, type Opener } from './kit';

// The development roadmap (#/roadmap): KPI targets and actuals by year, milestones.

/** The roadmap screen: the roadmap form, the KPI table (target, actual, % and status per KPI and year) and the headline. */
export function roadmapScreen(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const grid = part('roadmap-grid');
  const save = part('roadmap-form-save');
  return {
    actualDialogNote: part('actual-dialog-note'),
    actualDialogSave: part('actual-dialog-save'),
    actualDialogValue: part('actual-dialog-value'),
    baselineYear: part('roadmap-baseline-year'),
    cancel: part('roadmap-form-cancel'),
    create: part('roadmap-create'),
    download: part('roadmap-download'),
    edit: part('roadmap-edit'),
    endYear: part('roadmap-end-year'),
    error: part('roadmap-form-error'),
    grid,
    growExportUsd: part('grow-export-usd'),
    growExportUsdApply: part('grow-export-usd-apply'),
    headlineBehind: part('headline-behind'),
    kpiMembers: part('roadmap-kpi-members'),
    name: part('roadmap-name'),
    ownKpiAdd: part('own-kpi-add'),
    print: part('roadmap-print'),
    save,
    startYear: part('roadmap-start-year'),
    title: part('roadmap-title'),
    ownKpi: (n: number) => ({
      name: part(`own-kpi-${n}-name`),
      unit: part(`own-kpi-${n}-unit`),
    }),
    actual: (kpi: string, year: number) => part(`actual-${kpi}-${year}`),
    pct: (kpi: string, year: number) => part(`pct-${kpi}-${year}`),
    status: (kpi: string, year: number) => part(`status-${kpi}-${year}`),
    target: (kpi: string, year: number) => part(`target-${kpi}-${year}`),
    /** Opens the screen by its address, as a bookmark would. */
    open: (session: Opener) => pageOf(root).goto(session.url('#/roadmap')),
    /** The grid row that shows `text` (a number, a name). */
    row: (text: string | RegExp) => grid.locator('.ag-row').filter({ hasText: text }),
  };
}

/** The roadmap's milestones: the list and the milestone form. */
export function milestoneList(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const save = part('milestone-form-save');
  return {
    add: part('milestone-add'),
    due: part('milestone-due'),
    row: part('milestone-row'),
    save,
    status: part('milestone-status'),
    title: part('milestone-title'),
  };
}
