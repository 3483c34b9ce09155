import type { KpiProgress } from '../../../shared/api/roadmap';

const SLOT = 24;
const HEIGHT = 64;
const LABEL = 12;

/**
 * One KPI's years as bars drawn from the data: the target as an outline, the actual filled (in
 * the status's colour) inside it. A year without an actual has no filled bar, never a zero one.
 * SVG, so the screen and the printed page draw the same thing.
 */
export function KpiChart({ kpi, testId }: { kpi: KpiProgress; testId: string }) {
  const max = Math.max(0, ...kpi.years.flatMap((cell) => [cell.target ?? 0, cell.actual ?? 0]));
  const scale = (value: number) => (max > 0 ? (value / max) * (HEIGHT - 4) : 0);
  const width = kpi.years.length * SLOT;
  return (
    <svg className="kpi-chart" viewBox={`0 0 ${width} ${HEIGHT + LABEL}`} role="img" aria-label={kpi.label} data-testid={testId}>
      <line className="kpi-chart-axis" x1="0" x2={width} y1={HEIGHT} y2={HEIGHT} />
      {kpi.years.map((cell, i) => {
        const x = i * SLOT + 3;
        return (
          <g key={cell.year}>
            {cell.target !== null ? <rect className="kpi-chart-target" x={x} y={HEIGHT - scale(cell.target)} width={SLOT - 6} height={scale(cell.target)} /> : null}
            {cell.actual !== null ? (
              <rect className={`kpi-chart-actual kpi-chart-${cell.status}`} x={x + 4} y={HEIGHT - scale(cell.actual)} width={SLOT - 14} height={scale(cell.actual)} data-year={cell.year} />
            ) : null}
            <text className="kpi-chart-year" x={x + (SLOT - 6) / 2} y={HEIGHT + LABEL - 2} textAnchor="middle">
              {String(cell.year).slice(2)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
