import { fraction } from '../../../../shared/charts/scale';

export interface HorizontalBar {
  key: string;
  label: string;
  value: number;
  /** The value in words beside the bar. */
  figure: string;
  /** A second, smaller figure (a share, a growth). */
  note?: string;
  /** A value to compare with, drawn as a thin mark (last year's). */
  reference?: number | null;
  colour: string;
  tip: string;
}

/**
 * Ranked horizontal bars, label and figure above a full-width bar, scaled to the largest value or
 * reference. HTML carries the words (they truncate as text should); each bar is a small SVG.
 */
export function HorizontalBars({ rows, testId }: { rows: HorizontalBar[]; testId?: string }) {
  const max = Math.max(0, ...rows.flatMap((row) => [row.value, row.reference ?? 0]));
  return (
    <ul className="hbars" data-testid={testId}>
      {rows.map((row) => (
        <li key={row.key} className="hbar" title={row.tip} data-testid={testId ? `${testId}-${row.key}` : undefined}>
          <span className="hbar-label">{row.label}</span>
          <span className="hbar-figure">{row.figure}</span>
          <span className="hbar-note">{row.note ?? ''}</span>
          <svg className="hbar-track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
            <rect x="0" y="0" width={fraction(row.value, max) * 100} height="10" fill={row.colour} />
            {row.reference ? <rect className="hbar-reference" x={Math.min(99, fraction(row.reference, max) * 100 - 0.5)} y="0" width="1" height="10" /> : null}
          </svg>
        </li>
      ))}
    </ul>
  );
}
