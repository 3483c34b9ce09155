import type { Widen } from './widen';
import type { guardId } from './guard.id';

export const guardEn: Widen<typeof guardId> = {
  busy: 'The data is being used by another process (an import or a plan that is running, say); try again in a moment.',
  unsafeCharacter: 'holds a character no Excel file can keep ({{codePoint}}, character {{position}}); delete it or retype the text',
  aboveMaximum: 'number too large: at most {{maximum, number}}',
  moreIssues: 'and {{count, number}} more problems',
  belowMinimum: 'too small: at least {{minimum, number(maximumFractionDigits: 4)}}',
  tooManyItems: 'too many: at most {{maximum, number}} items',
  tooDeep: 'the input is nested too deeply',
  importTooManyRows:
    'Sheet "{{sheet}}" holds more than {{max, number}} data rows, the limit of one import file. Split the data into several files (by year or village, say) and import them one by one.',
  importCellTooLongAt: 'Cell {{cell}} (column "{{column}}") holds more than {{max, number}} characters, the limit of one Excel cell: "{{excerpt}}".',
  importCellTooLong: 'File {{file}} holds a text of more than {{max, number}} characters in one cell, the limit of one Excel cell; this file was not made by Excel.',
  importTagTooLong: 'File {{file}} cannot be read: its part {{part}} is damaged or was made in an unusual way.',
  importTooBig: 'File {{file}} holds more than {{megabytes, number}} MB of data once opened, far above any centre\'s list; split it into several files.',
  importOutOfMemory: 'File {{file}} is too large to read at once; split it into several smaller files and import them one by one.',
  importsBusy: '{{count}} import files are being read already; wait until they are done and try again.',
};
