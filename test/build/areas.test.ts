import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, folderImports, ROOT } from './folder-imports';

const core = join(ROOT, 'main/core');

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

  it('no area imports one that builds on it: the areas form no cycle', () => {
    const found = cycles([...edges.keys()]).map((cycle) => cycle.join(' → '));
    expect(found).toEqual([]);
  });
});
