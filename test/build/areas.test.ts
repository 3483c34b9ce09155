import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, folderImports, ROOT } from './folder-imports';

const core = join(ROOT, 'main/core');

/**
 * Imports that still go against the order of the areas, each closing a cycle. They are the debt
 * issue 14 left: the list may only shrink (a test below fails when one is gone but still listed).
 */
const KNOWN_BACKWARD = [
  'orders → shipments', // saving a rate values the shipments that waited for it (orders/rates.ts)
  'planning → production', // the plan prices its assignments with the SPK rate rule (planning/store.ts)
  'planning → purchasing', // the plan workbook's purchases sheet (planning/plan-workbook.ts)
  'roadmap → reports', // the roadmap's measured figures come from reports/figures
  'shipments → reports', // export history's performance call and the report period
];

describe('main/core by business area (DESIGN.md: an area uses the platform and the areas it builds on, never the reverse)', () => {
  const edges = folderImports(core, /\.ts$/);

  it('the platform (database, jobs, workbook kit, import framework) imports no area', () => {
    const outOfPlatform = [...edges.entries()].filter(([edge]) => edge.startsWith('platform → ')).map(([edge, files]) => `${edge}: ${files.join(', ')}`);
    expect(outOfPlatform).toEqual([]);
  });

  it('no area imports the composition files at the root (handler table, dispatch, worker entry)', () => {
    const intoRoot = [...edges.entries()].filter(([edge]) => edge.endsWith(' → root')).map(([edge, files]) => `${edge}: ${files.join(', ')}`);
    expect(intoRoot).toEqual([]);
  });

  it('without the known backward imports, the areas form no cycle', () => {
    const forward = [...edges.keys()].filter((edge) => !KNOWN_BACKWARD.includes(edge));
    expect(cycles(forward)).toEqual([]);
  });

  it('every known backward import still exists (when one is mended, strike it from the list)', () => {
    expect(KNOWN_BACKWARD.filter((edge) => !edges.has(edge))).toEqual([]);
  });
});
