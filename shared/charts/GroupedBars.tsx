import { niceTicks } from './scale';

export interface BarSeries {
  key: string;
  label: string;
  colour: string;
}

/** One group of bars (a month): one value per series, null where there is no figure. */
export interface BarGroup {
  key: string;
  label: string;
  values: (number | null)[];
  /** The group's figures in words, shown on hover. */
  tip: string;
}

const WIDTH = 560;
const LEFT = 46;
const BOTTOM = 18;
const TOP = 6;

/**
 * Vertical bars, grouped (this year beside last year, month by month), on round ticks. Drawn in
 * a fixed view box that scales with its box; a missing value leaves a gap, never a zero bar.
 */
export function GroupedBars({ groups, series, width = WIDTH, height = 190, formatTick, label, testId }: {
  groups: BarGroup[];
  series: BarSeries[];
  /** The view box's width: a narrower chart keeps its words at full size where it is drawn small. */
  width?: number;
  height?: number;
  formatTick(value: number): string;
  label: string;
  testId?: string;
}) {
  const max = Math.max(0, ...groups.flatMap((group) => group.values.map((value) => value ?? 0)));
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1];
  const plotHeight = height - TOP - BOTTOM;
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight;
  const slot = (width - LEFT) / Math.max(1, groups.length);
  const barWidth = (slot * 0.74) / Math.max(1, series.length);
  return (
    <svg className="chart grouped-bars" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} data-testid={testId}>
      {ticks.map((tick) => (
        <g key={tick} className="chart-grid">
          <line x1={LEFT} x2={width} y1={y(tick)} y2={y(tick)} />
          <text x={LEFT - 6} y={y(tick) + 3.5} textAnchor="end">{formatTick(tick)}</text>
        </g>
      ))}
      {groups.map((group, g) => {
        const x0 = LEFT + g * slot + slot * 0.13;
        return (
          <g key={group.key} className="chart-group" data-testid={testId ? `${testId}-${group.key}` : undefined}>
            <title>{group.tip}</title>
            <rect className="chart-hover" x={LEFT + g * slot} y={TOP} width={slot} height={plotHeight} />
            {group.values.map((value, s) =>
              value === null ? null : (
                <rect key={series[s]?.key ?? s} x={x0 + s * barWidth} y={y(value)} width={barWidth - 1} height={Math.max(0, y(0) - y(value))} fill={series[s]?.colour} />
              ),
            )}
            <text className="chart-axis-label" x={LEFT + g * slot + slot / 2} y={height - 4} textAnchor="middle">{group.label}</text>
          </g>
        );
      })}
    </svg>
  );
}
