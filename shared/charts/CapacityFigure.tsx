import { CapacityBars, type CapacityColumn } from './CapacityBars';
import { ChartFigure, FIGURE_PAD, FIGURE_TOP, KEY_ROW, KeyRow, Placed, type FigureKeyItem } from './ChartFigure';

/** Load against capacity as a picture: title, the key (load, full capacity), the columns. */
export function CapacityFigure({ width, title, note, items, columns, formatPct, missingText, chartHeight = 170 }: {
  width: number;
  title: string;
  note?: string;
  items: FigureKeyItem[];
  columns: CapacityColumn[];
  formatPct(share: number): string;
  missingText: string;
  chartHeight?: number;
}) {
  const top = FIGURE_TOP + KEY_ROW + 4;
  const inner = width - 2 * FIGURE_PAD;
  return (
    <ChartFigure width={width} height={top + chartHeight + FIGURE_PAD} title={title} note={note}>
      <KeyRow items={items} x={FIGURE_PAD} y={FIGURE_TOP + 12} />
      <Placed x={FIGURE_PAD} y={top} width={inner} height={chartHeight}>
        <CapacityBars width={inner} height={chartHeight} columns={columns} formatPct={formatPct} missingText={missingText} label={title} />
      </Placed>
    </ChartFigure>
  );
}
