import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridApi } from 'ag-grid-community';
import type { ImportKind } from '../../../../shared/api/files';
import { downloadTemplate, exportWorkbook } from './fileActions';
import { errorMessage } from './format';
import type { Notice } from './UndoBar';

/** The list screens; each has `ui.<area>.title`, `.subtitle`, `.searchPlaceholder`, `.added`, `.saved`. */
export type RegistryArea = 'members' | 'units' | 'products' | 'materials' | 'buyers' | 'orders' | 'exports';

export type Editing = { mode: 'new' } | { mode: 'edit'; id: number } | null;

export interface RegistryPageState<T> {
  api: GridApi<T> | null;
  setApi(api: GridApi<T>): void;
  selected: T | null;
  setSelected(row: T | null): void;
  search: string;
  setSearch(text: string): void;
  /** Rows left after search and filters. */
  displayed: number;
  setDisplayed(count: number): void;
  editing: Editing;
  setEditing(editing: Editing): void;
  /** The list the import wizard is open for. */
  importing: ImportKind | null;
  setImporting(kind: ImportKind | null): void;
  notice: Notice | null;
  notify(notice: Notice | null): void;
  /** Excel out: the file made on the main side, handed over, and said so at the bottom. */
  exportList(kind: ImportKind): void;
  downloadTemplate(kind: ImportKind): void;
}

/** What every list screen keeps: the grid, the selected row, the open form or wizard, the last notice. */
export function useRegistryPage<T>(): RegistryPageState<T> {
  const { t } = useTranslation();
  const [api, setApi] = useState<GridApi<T> | null>(null);
  const [selected, setSelected] = useState<T | null>(null);
  const [search, setSearch] = useState('');
  const [displayed, setDisplayed] = useState(0);
  const [editing, setEditing] = useState<Editing>(null);
  const [importing, setImporting] = useState<ImportKind | null>(null);
  const [notice, notify] = useState<Notice | null>(null);

  const runFileAction = useCallback(
    async (action: () => Promise<string>) => {
      try {
        notify({ message: t('ui.common.fileReady', { file: await action() }) });
      } catch (error) {
        notify({ tone: 'error', message: errorMessage(error) });
      }
    },
    [t],
  );

  return {
    api, setApi, selected, setSelected, search, setSearch, displayed, setDisplayed,
    editing, setEditing, importing, setImporting, notice, notify,
    exportList: (kind) => void runFileAction(() => exportWorkbook(kind)),
    downloadTemplate: (kind) => void runFileAction(() => downloadTemplate(kind)),
  };
}
