import type { ReactNode } from 'react';
import { FIGURE_CSS, textWidth } from './figure-style';

/** One entry of a figure's key: a swatch (or a dashed line) and its words. */
export interface FigureKeyItem {
  key: string;
  label: string;
  colour: string;
  shape?: 'box' | 'dash';
  /** A figure after the words, e.g. the value of a slice. */
  figure?: string;
}

export const FIGURE_PAD = 12;
/** Where a figure's body starts: under the title, and under a key row when there is one. */
export const FIGURE_TOP = 30;
export const KEY_ROW = 18;

/**
 * A chart as a picture standing on its own (the workbooks' images): white ground, the chart
 * styles embedded, the title left and a note (the unit, the period) right, then the body.
 */
export function ChartFigure({ width, height, title, note, children }: { width: number; height: number; title: string; note?: string; children: ReactNode }) {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <style dangerouslySetInnerHTML={{ __html: FIGURE_CSS }} />
      <rect x="0" y="0" width={width} height={height} fill="#ffffff" />
      <text className="figure-title" x={FIGURE_PAD} y="19">{title}</text>
      {note ? <text className="figure-note" x={width - FIGURE_PAD} y="19" textAnchor="end">{note}</text> : null}
      {children}
    </svg>
  );
}

/** A chart's own <svg> put in a box of the figure; the chart keeps its proportions inside it. */
export function Placed({ x, y, width, height, children }: { x: number; y: number; width: number; height: number; children: ReactNode }) {
  return (
    <svg x={x} y={y} width={width} height={height} overflow="visible">
      {children}
    </svg>
  );
}

function Swatch({ item, x, y }: { item: FigureKeyItem; x: number; y: number }) {
  return item.shape === 'dash'
    ? <line x1={x} x2={x + 14} y1={y - 4} y2={y - 4} stroke={item.colour} strokeWidth="1.5" strokeDasharray="4 3" />
    : <rect x={x} y={y - 9} width="10" height="10" rx="2" fill={item.colour} />;
}

/** The key in one row, left to right (a chart's series). */
export function KeyRow({ items, x, y }: { items: FigureKeyItem[]; x: number; y: number }) {
  let at = x;
  return (
    <g className="figure-key">
      {items.map((item) => {
        const start = at;
        const swatch = item.shape === 'dash' ? 20 : 15;
        at += swatch + textWidth(item.label, 10.5) + 16;
        return (
          <g key={item.key}>
            <Swatch item={item} x={start} y={y} />
            <text x={start + swatch} y={y}>{item.label}</text>
          </g>
        );
      })}
    </g>
  );
}

/** The key as a list, one entry a line with its figure right-aligned at `right` (a ring's slices). */
export function KeyList({ items, x, y, right, line = 19 }: { items: FigureKeyItem[]; x: number; y: number; right: number; line?: number }) {
  return (
    <g className="figure-key">
      {items.map((item, i) => (
        <g key={item.key}>
          <Swatch item={item} x={x} y={y + i * line} />
          <text x={x + 16} y={y + i * line}>{item.label}</text>
          {item.figure ? <text className="figure-key-figure" x={right} y={y + i * line} textAnchor="end">{item.figure}</text> : null}
        </g>
      ))}
    </g>
  );
}
