import type { TFunction } from 'i18next';

/** The grid's own words (filter menus, empty table) that the screens show. */
const GRID_KEYS = [
  'loadingOoo', 'noRowsToShow', 'noMatchingRows', 'filterOoo', 'empty', 'equals', 'notEqual', 'lessThan', 'greaterThan',
  'lessThanOrEqual', 'greaterThanOrEqual', 'inRange', 'inRangeStart', 'inRangeEnd', 'contains', 'notContains',
  'startsWith', 'endsWith', 'blank', 'notBlank', 'before', 'after', 'andCondition', 'orCondition',
  'dateFormatOoo', 'applyFilter', 'clearFilter', 'resetFilter', 'cancelFilter', 'textFilter', 'numberFilter',
  'dateFilter', 'ariaLabelColumnFilter', 'ariaFilteringOperator', 'ariaDateFilterInput', 'invalidDate', 'invalidNumber',
] as const;

export function gridLocaleText(t: TFunction): Record<string, string> {
  return Object.fromEntries(GRID_KEYS.map((key) => [key, t(`ui.grid.${key}`)]));
}
