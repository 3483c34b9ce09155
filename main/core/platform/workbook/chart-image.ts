import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReactElement } from 'react';
import { replaceUnsafeCharacters } from '../../../../shared/text-safety';

/**
 * Charts for the workbooks: the same SVG components the screens draw (shared/charts), rendered
 * to markup here and turned into a PNG by resvg compiled to WebAssembly (no native module to
 * build per Electron ABI). resvg loads no system fonts, so the figure font ships with the app.
 */

/** Pixels per CSS pixel of the picture: sharp when Excel or the printer scales it. */
const SCALE = 2;
const FONT_FILES = ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf'];

type Drawing = { Resvg: typeof import('@resvg/resvg-wasm').Resvg; renderToStaticMarkup: typeof import('react-dom/server').renderToStaticMarkup };

let drawing: Promise<Drawing> | null = null;
let fontBuffers: Uint8Array[] | null = null;

/**
 * resvg and React's server renderer, loaded on the first chart (a report thread that draws none
 * never loads them; loaded at the top of a pooled report thread they stalled its next report in
 * tests), and the wasm initialised once per thread: `initWasm` refuses a second call.
 */
function drawingTools(): Promise<Drawing> {
  drawing ??= (async () => {
    const [{ initWasm, Resvg }, { renderToStaticMarkup }] = await Promise.all([import('@resvg/resvg-wasm'), import('react-dom/server')]);
    const wasm = readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm'));
    await initWasm(wasm).catch((error: unknown) => {
      // A test runner may load this module afresh while the package (and its wasm) stays loaded.
      if (!(error instanceof Error && error.message.startsWith('Already initialized'))) throw error;
    });
    return { Resvg, renderToStaticMarkup };
  })().catch((error: unknown) => {
    drawing = null;
    throw error;
  });
  return drawing;
}

/**
 * resources/fonts from wherever this code runs: main/core/platform/workbook under tsx and vitest,
 * out/main in the bundled app (inside app.asar once packaged), so look upwards for it.
 */
export function fontFolder(start = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'resources', 'fonts');
    if (existsSync(join(candidate, FONT_FILES[0]))) return candidate;
    if (dirname(dir) === dir) throw new Error(`resources/fonts/${FONT_FILES[0]} not found above ${start}`);
  }
}

function fonts(): Uint8Array[] {
  fontBuffers ??= FONT_FILES.map((file) => new Uint8Array(readFileSync(join(fontFolder(), file))));
  return fontBuffers;
}

export interface ChartImage {
  png: Buffer;
  /** The picture's size in CSS pixels (96 per inch), as a workbook places it; the PNG has twice as many. */
  width: number;
  height: number;
}

/** A figure (an <svg> element with its size) as a PNG. */
export async function chartImage(figure: ReactElement): Promise<ChartImage> {
  const { Resvg, renderToStaticMarkup } = await drawingTools();
  // React escapes markup but not characters XML has no place for: a label stored before the
  // contract refused them (a control character in a KPI name) would stop resvg's parser.
  const resvg = new Resvg(replaceUnsafeCharacters(renderToStaticMarkup(figure)), {
    fitTo: { mode: 'zoom', value: SCALE },
    font: { fontBuffers: fonts(), defaultFontFamily: 'Noto Sans', sansSerifFamily: 'Noto Sans' },
  });
  try {
    const rendered = resvg.render();
    const png = Buffer.from(rendered.asPng());
    const size = { width: rendered.width / SCALE, height: rendered.height / SCALE };
    rendered.free();
    return { png, ...size };
  } finally {
    resvg.free();
  }
}
