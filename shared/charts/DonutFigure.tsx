import { ChartFigure, FIGURE_PAD, FIGURE_TOP, KeyList, Placed, type FigureKeyItem } from './ChartFigure';
import { Donut, type DonutSlice } from './Donut';
import { textWidth } from './figure-style';

const RING = 150;
const LINE = 19;

/** Shares as a picture: the ring on the left, the key with each slice's figure on the right. */
export function DonutFigure({ width, title, note, slices, centre, centreNote, items }: {
  width: number;
  title: string;
  note?: string;
  slices: DonutSlice[];
  centre?: string;
  centreNote?: string;
  items: FigureKeyItem[];
}) {
  const body = Math.max(RING, items.length * LINE);
  const listTop = FIGURE_TOP + 8 + Math.max(0, (RING - items.length * LINE) / 2) + 12;
  const listLeft = FIGURE_PAD + RING + 36;
  // Figures close to their names (the eye need not cross the page), bold digits run a little wider.
  const longest = (texts: string[], size: number) => Math.max(0, ...texts.map((text) => textWidth(text, size)));
  const right = Math.min(width - FIGURE_PAD, listLeft + 16 + longest(items.map((item) => item.label), 10.5) + 32 + longest(items.map((item) => item.figure ?? ''), 11.5));
  return (
    <ChartFigure width={width} height={FIGURE_TOP + 8 + body + FIGURE_PAD} title={title} note={note}>
      <Placed x={FIGURE_PAD + 8} y={FIGURE_TOP + 8} width={RING} height={RING}>
        <Donut slices={slices} centre={centre} centreNote={centreNote} label={title} />
      </Placed>
      <KeyList items={items} x={listLeft} y={listTop} right={right} line={LINE} />
    </ChartFigure>
  );
}
