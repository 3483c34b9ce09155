import { useEffect, useRef, type KeyboardEvent } from 'react';

const FIELDS = 'input:not([type=hidden]):not([disabled]):not([readonly]), select:not([disabled])';

/**
 * Enter in a field moves on to the next field, as in a spreadsheet, instead of saving the whole
 * document (a form saves from its own button or Ctrl+S). Put on the element around the fields.
 * A textarea keeps Enter for a new line, a button keeps it for pressing itself.
 */
export function moveOnEnter(event: KeyboardEvent<HTMLElement>): void {
  const field = event.target;
  if (event.key !== 'Enter' || event.ctrlKey || event.altKey || event.metaKey || event.nativeEvent.isComposing) return;
  // A line table inside a form has moved on already; the form around it must not move again.
  if (event.nativeEvent.defaultPrevented) return;
  if (!(field instanceof HTMLInputElement || field instanceof HTMLSelectElement)) return;
  event.preventDefault();
  const fields = [...event.currentTarget.querySelectorAll<HTMLElement>(FIELDS)].filter((element) => element.offsetParent !== null);
  const next = fields[fields.indexOf(field) + (event.shiftKey ? -1 : 1)];
  next?.focus();
  if (next instanceof HTMLInputElement) next.select();
}

/** The dialog on top (a confirmation over a form): only what is in it answers the keyboard. */
function isUnderAnotherDialog(area: HTMLElement): boolean {
  const open = [...document.querySelectorAll('dialog[open]')];
  const top = open.at(-1);
  return top !== undefined && !top.contains(area);
}

/** Ctrl+S or ⌘S, pressed once (a held key repeats). */
function isSaveKey(event: globalThis.KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's';
}

/**
 * Ctrl+S (⌘S) saves the open form, as the desktop programs the office knows do: the same submit
 * as its Simpan button (same checks, same confirmation), and nothing while that button is busy.
 */
export function useSaveShortcut(formId: string, isActive: boolean): void {
  useEffect(() => {
    if (!isActive) return undefined;
    function onKey(event: globalThis.KeyboardEvent) {
      if (!isSaveKey(event)) return;
      const form = document.getElementById(formId);
      if (!(form instanceof HTMLFormElement) || isUnderAnotherDialog(form)) return;
      event.preventDefault();
      const button = [...form.elements].find((element) => element instanceof HTMLButtonElement && element.type === 'submit');
      if (event.repeat || (button instanceof HTMLButtonElement && button.disabled)) return;
      form.requestSubmit();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [formId, isActive]);
}

/**
 * Ctrl+S for a dialog that cannot be a <form> of its own (it opens inside another form, and
 * forms do not nest): `save` is what its Simpan button calls, `canSave` whether that button is enabled.
 */
export function useSaveKey(areaId: string, canSave: boolean, save: () => void): void {
  const latest = useRef(save);
  latest.current = save;
  useEffect(() => {
    function onKey(event: globalThis.KeyboardEvent) {
      if (!isSaveKey(event)) return;
      const area = document.getElementById(areaId);
      if (!area || isUnderAnotherDialog(area)) return;
      event.preventDefault();
      if (!event.repeat && canSave) latest.current();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [areaId, canSave]);
}
