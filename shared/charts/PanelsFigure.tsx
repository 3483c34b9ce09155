import { ChartFigure, FIGURE_PAD, FIGURE_TOP, KEY_ROW, KeyRow, Placed } from './ChartFigure';
import { GroupedBars, type BarGroup, type BarSeries } from './GroupedBars';

/** One small chart of a figure of many (a KPI's target and actual year by year). */
export interface BarPanel {
  key: string;
  caption: string;
  groups: BarGroup[];
  formatTick(value: number): string;
}

const COLUMNS = 2;
const GAP = 18;
const CAPTION = 16;

/**
 * Small multiples as one picture: the same series in every panel, each panel on its own scale
 * (dollars beside people), two panels a row, the key once at the top.
 */
export function PanelsFigure({ width, title, note, series, panels, panelHeight = 130 }: {
  width: number;
  title: string;
  note?: string;
  series: BarSeries[];
  panels: BarPanel[];
  panelHeight?: number;
}) {
  const top = FIGURE_TOP + KEY_ROW + 8;
  const panelWidth = (width - 2 * FIGURE_PAD - GAP * (COLUMNS - 1)) / COLUMNS;
  const rowHeight = CAPTION + panelHeight + GAP;
  const rows = Math.ceil(panels.length / COLUMNS);
  return (
    <ChartFigure width={width} height={top + rows * rowHeight - GAP + FIGURE_PAD} title={title} note={note}>
      <KeyRow items={series} x={FIGURE_PAD} y={FIGURE_TOP + 12} />
      {panels.map((panel, i) => {
        const x = FIGURE_PAD + (i % COLUMNS) * (panelWidth + GAP);
        const y = top + Math.floor(i / COLUMNS) * rowHeight;
        return (
          <g key={panel.key}>
            <text className="figure-caption" x={x} y={y + 11}>{panel.caption}</text>
            <Placed x={x} y={y + CAPTION} width={panelWidth} height={panelHeight}>
              <GroupedBars width={panelWidth} height={panelHeight} groups={panel.groups} series={series} formatTick={panel.formatTick} label={panel.caption} />
            </Placed>
          </g>
        );
      })}
    </ChartFigure>
  );
}
