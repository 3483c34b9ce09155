import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const core = join(root, 'main/core');

/** The folder of main/core a file lives in: an area, `platform`, or `root` for the composition files beside them. */
function folderOf(file: string): string {
  const parts = relative(core, file).split('/');
  return parts.length === 1 ? 'root' : parts[0];
}

/** Every import between two folders of main/core, as "from → to" with the files that make it. */
function folderImports(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  const files = readdirSync(core, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = normalize(join(dirname(file), spec));
      if (!target.startsWith(core + '/')) continue;
      const from = folderOf(file);
      const to = folderOf(target.endsWith('.ts') ? target : `${target}.ts`);
      if (from === to) continue;
      const key = `${from} → ${to}`;
      edges.set(key, [...(edges.get(key) ?? []), relative(root, file)]);
    }
  }
  return edges;
}

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

describe('main/core by business area (DESIGN.md: an area uses the platform and the areas it builds on, never the reverse)', () => {
  const edges = folderImports();

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
