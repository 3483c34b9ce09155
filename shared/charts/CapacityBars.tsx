import { fraction } from './scale';

export interface CapacityColumn {
  key: string;
  label: string;
  load: number;
  capacity: number;
  /** Colour class of the column (`light`, `full`, `over`, …), chosen by the caller's own rule. */
  tone: string;
  tip: string;
  /** A period without figures: no column at all (not a zero one), only `missingText` in its place. */
  isMissing?: boolean;
}

const WIDTH = 320;
const TOP = 14;
const BOTTOM = 16;

/**
 * Load against capacity per period: the column is the share used, the dashed line is full
 * capacity (100 %), the figure above each column its percentage. Over capacity runs past the line.
 */
export function CapacityBars({ columns, width = WIDTH, height = 120, formatPct, missingText = '–', label, testId }: {
  columns: CapacityColumn[];
  /** The view box's width: wider for a picture of twelve months, so its words stay readable. */
  width?: number;
  height?: number;
  formatPct(share: number): string;
  missingText?: string;
  label: string;
  testId?: string;
}) {
  const shares = columns.map((column) => (column.isMissing ? 0 : fraction(column.load, column.capacity)));
  const top = Math.max(1, ...shares);
  const plot = height - TOP - BOTTOM;
  const y = (share: number) => TOP + plot - (share / top) * plot;
  const slot = width / Math.max(1, columns.length);
  return (
    <svg className="chart capacity-bars" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} data-testid={testId}>
      <rect className="capacity-room" x="0" y={y(1)} width={width} height={y(0) - y(1)} />
      <line className="capacity-line" x1="0" x2={width} y1={y(1)} y2={y(1)} />
      {columns.map((column, i) => {
        const share = shares[i];
        const x = i * slot + slot * 0.18;
        return (
          <g key={column.key} data-testid={testId ? `${testId}-${column.key}` : undefined} data-tone={column.tone}>
            <title>{column.tip}</title>
            <rect className="chart-hover" x={i * slot} y="0" width={slot} height={height - BOTTOM} />
            {column.isMissing ? null : (
              <rect className={`capacity-bar tone-${column.tone}`} x={x} y={y(share)} width={slot * 0.64} height={Math.max(share > 0 ? 1.5 : 0, y(0) - y(share))} />
            )}
            <text className={column.isMissing ? 'capacity-missing' : 'capacity-pct'} x={i * slot + slot / 2} y={column.isMissing ? y(0) - 4 : Math.max(10, y(share) - 3)} textAnchor="middle">
              {column.isMissing ? missingText : formatPct(share)}
            </text>
            <text className="chart-axis-label" x={i * slot + slot / 2} y={height - 4} textAnchor="middle">{column.label}</text>
          </g>
        );
      })}
    </svg>
  );
}
