import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, folderImports, ROOT } from './folder-imports';

const screens = join(ROOT, 'renderer/src');

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

describe('renderer/src by business area, as main/core (renderer/README.md: an area uses the platform kit and shared/)', () => {
  const edges = folderImports(screens, /\.tsx?$/);
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
