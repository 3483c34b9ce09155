import { useEffect, useRef, type RefObject } from 'react';
import { isBlock, parseTabText } from '../../../../shared/tab-text';

/** Where a block was pasted: the line (`data-line` on its row) and the field (`data-field` on its cell). */
export interface PasteTarget {
  line: number;
  field: string;
}

/**
 * Catches a block copied from a spreadsheet (more than one cell: tabs or several rows) pasted
 * anywhere in a line editor, instead of letting it all fall into one input. The paste event is
 * read on the document, because a select (a line's first cell) is not where a browser sends it.
 * A single value pastes into its field as usual.
 */
export function useBlockPaste(area: RefObject<HTMLElement | null>, onBlock: (cells: string[][], target: PasteTarget) => void): void {
  const handler = useRef(onBlock);
  handler.current = onBlock;
  useEffect(() => {
    function onPaste(event: ClipboardEvent) {
      const focused = document.activeElement;
      if (!area.current || !(focused instanceof Element) || !area.current.contains(focused)) return;
      const row = focused.closest('[data-line]');
      const field = focused.closest('[data-field]')?.getAttribute('data-field');
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!row || !field || !isBlock(text)) return;
      event.preventDefault();
      handler.current(parseTabText(text), { line: Number(row.getAttribute('data-line')), field });
    }
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [area]);
}
