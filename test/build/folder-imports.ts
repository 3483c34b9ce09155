import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/** The repository's root, for naming files in a failure. */
export const ROOT = join(__dirname, '../..');

/** The first folder below `base` a file lives in, or `root` for a file directly in `base`. */
function folderOf(base: string, file: string): string {
  const parts = relative(base, file).split('/');
  return parts.length === 1 ? 'root' : parts[0];
}

/**
 * Every relative import between two top folders of `base` (main/core's areas, renderer/src's
 * areas), as "from → to" with the files that make it.
 */
export function folderImports(base: string, fileName: RegExp): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  const files = readdirSync(base, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && fileName.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = normalize(join(dirname(file), spec));
      if (!target.startsWith(base + '/')) continue;
      const from = folderOf(base, file);
      const to = folderOf(base, target);
      if (from === to) continue;
      const key = `${from} → ${to}`;
      edges.set(key, [...(edges.get(key) ?? []), relative(ROOT, file)]);
    }
  }
  return edges;
}

/** Every cycle among "from → to" edges, each as the path that closes it. */
export function cycles(edges: string[]): string[][] {
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
