import { fraction } from './scale';

export interface StackSegment {
  key: string;
  value: number;
  /** A colour, or a class that sets `fill` (the order-status classes do). */
  colour?: string;
  className?: string;
  tip: string;
}

/** One bar split into the parts of a whole (orders by status), left to right in the given order. */
export function StackedBar({ segments, label, testId }: { segments: StackSegment[]; label: string; testId?: string }) {
  const total = segments.reduce((sum, segment) => sum + Math.max(0, segment.value), 0);
  let x = 0;
  return (
    <svg className="chart stacked-bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label={label} data-testid={testId}>
      <rect className="stacked-track" x="0" y="0" width="100" height="10" />
      {segments.map((segment) => {
        const width = fraction(segment.value, total) * 100;
        const start = x;
        x += width;
        return (
          <rect key={segment.key} className={segment.className} x={start} y="0" width={width} height="10" fill={segment.colour}>
            <title>{segment.tip}</title>
          </rect>
        );
      })}
    </svg>
  );
}
