import { useEffect, type KeyboardEvent } from 'react';

const FIELDS = 'input:not([type=hidden]):not([disabled]):not([readonly]), select:not([disabled])';

/**
 * Enter in a field moves on to the next field, as in a spreadsheet, instead of saving the whole
 * document (a form saves from its own button or Ctrl+S). Put on the element around the fields.
 */
export function moveOnEnter(event: KeyboardEvent<HTMLElement>): void {
  const field = event.target;
  if (event.key !== 'Enter' || event.ctrlKey || event.altKey || event.metaKey || event.nativeEvent.isComposing) return;
  if (!(field instanceof HTMLInputElement || field instanceof HTMLSelectElement)) return;
  event.preventDefault();
  const fields = [...event.currentTarget.querySelectorAll<HTMLElement>(FIELDS)].filter((element) => element.offsetParent !== null);
  const next = fields[fields.indexOf(field) + (event.shiftKey ? -1 : 1)];
  next?.focus();
  if (next instanceof HTMLInputElement) next.select();
}

/** Ctrl+S (⌘S) saves the open form, as the desktop programs the office knows do. */
export function useSaveShortcut(formId: string, isActive: boolean): void {
  useEffect(() => {
    if (!isActive) return undefined;
    function onKey(event: globalThis.KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 's') return;
      const form = document.getElementById(formId);
      if (!(form instanceof HTMLFormElement)) return;
      event.preventDefault();
      form.requestSubmit();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [formId, isActive]);
}
