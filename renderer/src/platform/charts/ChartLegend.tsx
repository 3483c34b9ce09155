export interface LegendItem {
  key: string;
  label: string;
  /** A colour, or a class whose `--status` colours the swatch (the order-status classes). */
  colour?: string;
  className?: string;
  figure?: string;
  shape?: 'box' | 'tick' | 'dash';
}

/** The key to a chart's colours: a swatch and a label each, optionally with a figure. */
export function ChartLegend({ items, testId }: { items: LegendItem[]; testId?: string }) {
  return (
    <ul className="chart-key" data-testid={testId}>
      {items.map((item) => (
        <li key={item.key}>
          <span className={`chart-key-swatch${item.shape && item.shape !== 'box' ? ` is-${item.shape}` : ''} ${item.className ?? ''}`} style={item.colour ? { background: item.colour } : undefined} aria-hidden="true" />
          {item.label}
          {item.figure ? <strong>{item.figure}</strong> : null}
        </li>
      ))}
    </ul>
  );
}
