import { useTranslation } from 'react-i18next';
import { errorMessage } from './format';
import type { Notice } from './UndoBar';
import type { RegistryArea } from './useRegistryPage';

interface RemoveOptions<T> {
  area: RegistryArea;
  remove(row: T): Promise<unknown>;
  restore(row: T): Promise<unknown>;
  reload(): Promise<void>;
  notify(notice: Notice | null): void;
  name(row: T): string;
}

/** Hapus with Urungkan: the record is removed at once, and the notice offers to take it back. */
export function useRemoveWithUndo<T>({ area, remove, restore, reload, notify, name }: RemoveOptions<T>): (row: T) => Promise<void> {
  const { t } = useTranslation();

  async function undo(row: T) {
    try {
      await restore(row);
      await reload();
      notify({ message: t(`ui.${area}.restored`, { name: name(row) }) });
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error) });
    }
  }

  return async (row: T) => {
    try {
      await remove(row);
      await reload();
      notify({ message: t(`ui.${area}.removed`, { name: name(row) }), onUndo: () => void undo(row) });
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error) });
    }
  };
}
