/**
 * Two bars for one line of a report, this period over the same period a year earlier, scaled to
 * the largest figure of the table. SVG, so the screen and the printed page draw the same thing.
 */
export function PairBars({ current, previous, max }: { current: number; previous: number; max: number }) {
  const scale = (value: number) => (max > 0 ? Math.max(0, (value / max) * 100) : 0);
  return (
    <svg className="pair-bars" viewBox="0 0 100 14" preserveAspectRatio="none" aria-hidden="true">
      <rect className="pair-bar-current" x="0" y="1" width={scale(current)} height="6" />
      <rect className="pair-bar-previous" x="0" y="8" width={scale(previous)} height="5" />
    </svg>
  );
}
