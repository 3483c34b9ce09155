import { useRef, useState, type ReactNode, type RefObject } from 'react';
import { planPaste, type PasteColumn, type PastePlan } from './linePaste';
import { PasteNotice, type PastedBlock, type PasteProblem } from './PasteNotice';
import { useBlockPaste } from './useBlockPaste';
import type { FieldErrors } from './validation';

interface LinePasteOptions<L> {
  /** The editor's columns a block may fill, in the editor's order, with the words that name them. */
  columns: PasteColumn<L>[];
  /** Each column's header on screen, to name a bad cell by row and column. */
  labels: Partial<Record<keyof L & string, string>>;
  /** Puts the rows on the lines from `at` on (through useLineItems' paste). */
  apply(at: number, rows: PastePlan<L>['rows']): void;
  errorsOf(index: number): FieldErrors;
  lineCount: number;
  testId: string;
}

/**
 * Paste from a spreadsheet into a line editor: returns the ref for the editor's table and the
 * note to show above it (rows pasted, columns left out, the cells still wrong by row and column).
 */
export function useLinePaste<L>({ columns, labels, apply, errorsOf, lineCount, testId }: LinePasteOptions<L>): { area: RefObject<HTMLTableElement | null>; notice: ReactNode } {
  const area = useRef<HTMLTableElement>(null);
  const [pasted, setPasted] = useState<PastedBlock | null>(null);
  useBlockPaste(area, (cells, target) => {
    const field = columns.find((column) => column.field === target.field)?.field ?? columns[0].field;
    const plan = planPaste(cells, columns, field);
    if (plan.rows.length === 0) return;
    apply(target.line, plan.rows);
    setPasted({ firstLine: target.line, count: plan.rows.length, hasHeader: plan.hasHeader, ignored: plan.ignored });
  });
  if (!pasted) return { area, notice: null };
  const problems: PasteProblem[] = [];
  for (let index = pasted.firstLine; index < Math.min(pasted.firstLine + pasted.count, lineCount); index += 1) {
    const errors = errorsOf(index);
    for (const column of columns) {
      const message = errors[column.field];
      if (message) problems.push({ row: index + 1, column: labels[column.field] ?? column.field, message });
    }
  }
  return { area, notice: <PasteNotice block={pasted} problems={problems} onDismiss={() => setPasted(null)} testId={testId} /> };
}
