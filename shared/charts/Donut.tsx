export interface DonutSlice {
  key: string;
  value: number;
  colour: string;
  tip: string;
}

const RADIUS = 38;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/**
 * Shares of a whole as a ring, largest first from twelve o'clock, with a figure in the middle.
 * Each slice is a stroked circle cut by its dash, so slices stay exact without arc geometry.
 */
export function Donut({ slices, centre, centreNote, label, testId }: {
  slices: DonutSlice[];
  centre?: string;
  centreNote?: string;
  label: string;
  testId?: string;
}) {
  const total = slices.reduce((sum, slice) => sum + Math.max(0, slice.value), 0);
  let offset = 0;
  return (
    <svg className="chart donut" viewBox="0 0 100 100" role="img" aria-label={label} data-testid={testId}>
      <circle className="donut-track" cx="50" cy="50" r={RADIUS} />
      {total > 0
        ? slices.map((slice) => {
            const length = (Math.max(0, slice.value) / total) * CIRCUMFERENCE;
            const start = offset;
            offset += length;
            return (
              <circle
                key={slice.key}
                className="donut-slice"
                cx="50"
                cy="50"
                r={RADIUS}
                stroke={slice.colour}
                strokeDasharray={`${length} ${CIRCUMFERENCE - length}`}
                strokeDashoffset={-start}
                transform="rotate(-90 50 50)"
              >
                <title>{slice.tip}</title>
              </circle>
            );
          })
        : null}
      {centre ? <text className="donut-centre" x="50" y={centreNote ? 49 : 54} textAnchor="middle">{centre}</text> : null}
      {centreNote ? <text className="donut-note" x="50" y="61" textAnchor="middle">{centreNote}</text> : null}
    </svg>
  );
}
