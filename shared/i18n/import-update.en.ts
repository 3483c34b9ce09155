import type { importUpdateId } from './import-update.id';
import type { Widen } from './widen';

/** Words of import as update and of the error workbook (issue 13). English. */
export const importUpdateEn: Widen<typeof importUpdateId> = {
  keyChanged: 'code {{value}} is written otherwise than the stored one ({{stored}}): a code cannot be changed by an import',
  keyReplaced: 'this row equals {{stored}} but for its code ({{value}}): a code cannot be changed by an import; write {{stored}} back, or add it as a new record through the form',
  notForKind: '{{kind}} cannot be updated from a file: this list can only be added to (without --update)',
  errorsOut: {
    reason: 'Problem',
    row: 'row {{row}}',
    fileWord: 'error-list',
    unreadable: 'the original file could not be read again for the error list',
  },
  screen: {
    mode: 'Update existing rows',
    modeHint: 'Rows whose code is already stored update that record; without this choice an existing code is refused.',
    newRows: 'New',
    changedRows: 'Changed',
    unchangedRows: 'Unchanged',
    errorRows: 'Errors',
    changeColumn: 'Change (old → new)',
    changes: 'Changed cells',
    state: { new: 'new', changed: 'changed', unchanged: 'unchanged' },
    change: '{{column}}: {{before}} → {{after}}',
    blank: '(blank)',
    downloadErrorsCut: 'This list holds the first {{shown}} of {{count}} problems; the whole list can be downloaded after saving the valid rows only.',
    downloadErrors: 'Download the error list (Excel)',
    doneUpdate: '{{imported}} new rows saved, {{updated}} updated, {{unchanged}} unchanged.',
  },
};
