import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const screens = join(root, 'renderer/src');

/** The folder of renderer/src a file lives in: an area, `platform`, `app`, or `root` for main.tsx and i18n.ts. */
function folderOf(file: string): string {
  const parts = relative(screens, file).split('/');
  return parts.length === 1 ? 'root' : parts[0];
}

/** Every import between two folders of renderer/src, as "from → to" with the files that make it. */
function folderImports(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  const files = readdirSync(screens, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = normalize(join(dirname(file), spec));
      if (!target.startsWith(screens + '/')) continue;
      const from = folderOf(file);
      const to = folderOf(target);
      if (from === to) continue;
      const key = `${from} → ${to}`;
      edges.set(key, [...(edges.get(key) ?? []), relative(root, file)]);
    }
  }
  return edges;
}

/** The composition (app/: boot, frame, the screen and print routers) and the entry files may import every area. */
const COMPOSITION = ['app', 'root'];

/** Imports from one area into another that follow the order of main/core's areas (DESIGN.md), each with its use. */
const USES = [
  'dashboard → planning', // the load tile colours a week as the plan's heat map does (planning/plan/loadLevel)
  'dashboard → shipments', // the export tile's notes on a month's two sources (shipments/export-history/monthSourceText)
  'planning → orders', // the plan page asks the order's ship-date promise (orders/orders/PromiseDialog)
  'purchasing → catalogue', // pasted purchase lines read materials as BOM lines are read (catalogue/products/bomLinePaste)
  'purchasing → planning', // the purchases page lists the plan's suggestions to buy (planning/plan/WhatToBuy)
  'registry → catalogue', // a unit's product categories by name (catalogue/products/categoryName)
  'reports → roadmap', // the roadmap report shows the roadmap's own facts and figures
  'reports → shipments', // the export reports print the month-source notes of export history
  'shipments → orders', // a shipment line's rate of its date (orders/rates/rateOn)
  'stock → catalogue', // the materials screen opens the material master's form (catalogue/materials)
];

/**
 * Imports that go against the order of main/core's areas (none left since issue 14). The
 * list may only shrink (a test below fails when one is gone but still listed).
 */
const KNOWN_BACKWARD: string[] = [];

function cycles(edges: string[]): string[][] {
  const next = new Map<string, string[]>();
  for (const edge of edges) {
    const [from, to] = edge.split(' → ');
    next.set(from, [...(next.get(from) ?? []), to]);
  }
  const found: string[][] = [];
  const visit = (node: string, path: string[]) => {
    for (const to of next.get(node) ?? []) {
      if (path.includes(to)) found.push([...path.slice(path.indexOf(to)), to]);
      else visit(to, [...path, to]);
    }
  };
  for (const start of next.keys()) visit(start, [start]);
  return found;
}

describe('renderer/src by business area, as main/core (renderer/README.md: an area uses the platform kit and shared/)', () => {
  const edges = folderImports();
  const listed = (filter: (from: string, to: string) => boolean) =>
    [...edges.entries()].filter(([edge]) => filter(...(edge.split(' → ') as [string, string]))).map(([edge, files]) => `${edge}: ${files.join(', ')}`);

  it('the platform kit (api client, common, grid, charts, forms, imports, bulk, print frame) imports no area and not the app frame', () => {
    expect(listed((from) => from === 'platform')).toEqual([]);
  });

  it('no area imports the composition (app/ and the entry files)', () => {
    expect(listed((from, to) => !COMPOSITION.includes(from) && COMPOSITION.includes(to))).toEqual([]);
  });

  it('an area imports another area only where the list names it', () => {
    const named = [...USES, ...KNOWN_BACKWARD];
    expect(listed((from, to) => !COMPOSITION.includes(from) && from !== 'platform' && to !== 'platform' && !COMPOSITION.includes(to) && !named.includes(`${from} → ${to}`))).toEqual([]);
  });

  it('without the known backward imports, the areas form no cycle', () => {
    const areaEdges = [...edges.keys()].filter((edge) => !KNOWN_BACKWARD.includes(edge) && !COMPOSITION.some((part) => edge.startsWith(`${part} → `)));
    expect(cycles(areaEdges)).toEqual([]);
  });

  it('every named import between areas still exists (when one is gone, strike it from the list)', () => {
    expect([...USES, ...KNOWN_BACKWARD].filter((edge) => !edges.has(edge))).toEqual([]);
  });
});
