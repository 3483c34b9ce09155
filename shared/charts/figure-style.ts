/**
 * What a chart needs to look right as a picture on its own (in a workbook), where no stylesheet
 * follows it: the rules of renderer/src/platform/charts/charts.css with the app's colours written out
 * (a picture renderer knows no CSS variables and no :hover), and the figure's own title and key.
 * Keep the two in step: the screen and the picture draw the same SVG.
 */

/** The one font the pictures are drawn in; the app's own stack names it too. */
export const FIGURE_FONT = 'Noto Sans';

export const FIGURE_CSS = `
text { font-family: '${FIGURE_FONT}', sans-serif; }
.chart text { font-size: 10px; fill: #5f6b78; }
.chart-grid line { stroke: #e4e8ec; stroke-width: 1; }
.chart-grid:first-child line { stroke: #b9c3cc; }
.chart-hover { fill: none; }
.chart .chart-axis-label { fill: #34414e; }
.donut-track { fill: none; stroke: #eef1f4; stroke-width: 16; }
.donut-slice { fill: none; stroke-width: 16; }
.chart .donut-centre { font-size: 13px; font-weight: 700; fill: #1c2733; }
.chart .donut-note { font-size: 8px; }
.capacity-room { fill: #f5f8fa; }
.capacity-line { stroke: #7f8c99; stroke-width: 1; stroke-dasharray: 4 3; }
.capacity-bar { fill: #8fbf9f; }
.capacity-bar.tone-full { fill: #e0a82e; }
.capacity-bar.tone-over { fill: #d9534f; }
.chart .capacity-pct { font-size: 10px; fill: #34414e; font-weight: 700; }
.chart .capacity-missing { font-size: 10px; fill: #7f8c99; }
.stacked-track { fill: #eef1f4; }
.figure-title { font-size: 13px; font-weight: 700; fill: #1c2733; }
.figure-note { font-size: 10px; fill: #5f6b78; }
.figure-caption { font-size: 11px; font-weight: 700; fill: #1c2733; }
.figure-key text { font-size: 10.5px; fill: #34414e; }
.figure-key .figure-key-figure { font-weight: 700; fill: #1c2733; }
.figure-empty { font-size: 10.5px; fill: #7f8c99; }
`;

/**
 * About how wide a text runs in the figure font, for laying out keys without a browser to
 * measure: Noto Sans averages a little over half an em a character (digits 0.57 em).
 */
export function textWidth(text: string, size: number): number {
  return text.length * size * 0.58;
}
