import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

function sources(folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.config.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

function imports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

/** The sides of DESIGN.md, checked on every test run (STYLE.md habit 1). */
const RULES: { folder: string; forbidden: RegExp; why: string; except?: string }[] = [
  { folder: 'shared', except: 'shared/charts/', forbidden: /^(electron|better-sqlite3|node:|react)|\/(main|renderer)\//, why: 'shared/ touches no environment' },
  // The charts are drawn once for the screen, the printed page and the workbook's picture: React
  // serves as their markup language only (JSX and its types), never the DOM or a renderer.
  { folder: 'shared/charts', forbidden: /^(electron|better-sqlite3|node:|react-dom|react\/(?!jsx-runtime))|\/(main|renderer)\//, why: 'shared/charts is markup, no environment' },
  { folder: 'renderer', forbidden: /^(electron|better-sqlite3|node:)|\/main\//, why: 'the renderer talks only through the typed client' },
  { folder: 'main/core', forbidden: /^electron$|\/(renderer|electron|server|cli)\//, why: 'main/core is plain Node' },
  { folder: 'main/server', forbidden: /^electron$|\/renderer\//, why: 'browser mode runs without Electron' },
  { folder: 'main/cli', forbidden: /^electron$|\/renderer\//, why: 'the CLI runs without Electron' },
];

describe('the layers', () => {
  it('shared/charts: pure components, drawn the same on the screen and in a workbook (no hooks, no state)', () => {
    const stateful = sources('shared/charts').filter((file) => /\buse[A-Z]\w*\(|\bReact\.use\w*\(/.test(readFileSync(join(root, file), 'utf8')));
    expect(stateful).toEqual([]);
    expect(sources('shared').filter((file) => file.endsWith('.tsx') && !file.startsWith('shared/charts/'))).toEqual([]);
  });

  for (const rule of RULES) {
    it(`${rule.folder}: ${rule.why}`, () => {
      const offending = sources(rule.folder).filter((file) => !(rule.except && file.startsWith(rule.except))).flatMap((file) => imports(file).filter((spec) => rule.forbidden.test(spec)).map((spec) => `${file} → ${spec}`));
      expect(offending).toEqual([]);
    });
  }
});
