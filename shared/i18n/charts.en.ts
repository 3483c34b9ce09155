import type { chartsId } from './charts.id';
import type { Widen } from './widen';

export const chartsEn: Widen<typeof chartsId> = {
  sheet: 'Charts',
  other: 'Other',
  exports: {
    byMonth: 'Exports by month (FOB, USD)',
    byMonthNote: '{{current}} against {{previous}}',
    byCountry: 'Exports by destination (FOB, USD)',
    slice: 'USD {{value}} · {{share}}',
    none: 'No chart: there are no export figures for {{current}} or {{previous}}.',
    noneCurrent: 'No destination chart: there were no exports in {{current}}.',
  },
  roadmap: {
    title: 'KPI targets and actuals by year',
    note: '{{year}} is not over: actuals to {{date}}',
    target: 'Target',
    actual: 'Actual',
    none: 'No chart: no KPI has a target or an actual yet.',
  },
  production: {
    title: 'Capacity used by month (handed in ÷ capacity)',
    light: 'below 80 %',
    full: '80–100 %',
    over: 'over capacity',
    capacity: 'full capacity (100 %)',
    missing: 'no data',
    none: 'No chart: nothing handed in in {{period}}.',
  },
};
