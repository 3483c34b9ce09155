import type { clipboardId } from './clipboard.id';
import type { Widen } from './widen';

export const clipboardEn: Widen<typeof clipboardId> = {
  copy: 'Copy',
  copyWithHeaders: 'Copy with column headers',
  menu: 'Table copy menu',
  pasted_one: '{{count}} row pasted. Nothing is saved yet: check it, then press Save.',
  pasted_other: '{{count}} rows pasted. Nothing is saved yet: check them, then press Save.',
  headerRow: 'The first row was read as column headers.',
  ignored: 'Columns not used: {{columns}}.',
  columnNo: 'column {{number}}',
  problems_one: '{{count}} cell needs fixing:',
  problems_other: '{{count}} cells need fixing:',
  problem: 'row {{row}}, {{column}}: {{message}}',
  dismiss: 'Close',
  unmatched: 'Not among the lines ready to ship, left out: {{rows}}.',
};
