import { ChartFigure, FIGURE_PAD, FIGURE_TOP, KEY_ROW, KeyRow, Placed } from './ChartFigure';
import { GroupedBars, type BarGroup, type BarSeries } from './GroupedBars';

/** Grouped bars as a picture: title, the series' key, the bars over the figure's whole width. */
export function BarsFigure({ width, title, note, series, groups, formatTick, chartHeight = 200 }: {
  width: number;
  title: string;
  note?: string;
  series: BarSeries[];
  groups: BarGroup[];
  formatTick(value: number): string;
  chartHeight?: number;
}) {
  const top = FIGURE_TOP + KEY_ROW + 4;
  const inner = width - 2 * FIGURE_PAD;
  return (
    <ChartFigure width={width} height={top + chartHeight + FIGURE_PAD} title={title} note={note}>
      <KeyRow items={series} x={FIGURE_PAD} y={FIGURE_TOP + 12} />
      <Placed x={FIGURE_PAD} y={top} width={inner} height={chartHeight}>
        <GroupedBars width={inner} height={chartHeight} groups={groups} series={series} formatTick={formatTick} label={title} />
      </Placed>
    </ChartFigure>
  );
}
