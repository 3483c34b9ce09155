import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en';
import { id } from '../../shared/i18n/id';

const SOURCE = fileURLToPath(new URL('../../renderer/src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function lookup(messages: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (isRecord(node) ? node[part] : undefined), messages);
}

function hasText(messages: unknown, key: string): boolean {
  const plain = lookup(messages, key);
  if (typeof plain === 'string') return true;
  return typeof lookup(messages, `${key}_one`) === 'string' && typeof lookup(messages, `${key}_other`) === 'string';
}

/** Every literal key the screens pass to t() exists in both dictionaries (the screens never show a raw key). */
describe('screen words', () => {
  const keys = new Set<string>();
  for (const file of sourceFiles(SOURCE)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z]+(?:\.[a-zA-Z0-9-]+)+)'/g)) keys.add(match[1]);
  }

  it('finds the keys it checks', () => {
    expect(keys.size).toBeGreaterThan(100);
  });

  it('has every one of them in Indonesian and in English', () => {
    const missing = [...keys].sort().flatMap((key) => [
      ...(hasText(id, key) ? [] : [`id: ${key}`]),
      ...(hasText(en, key) ? [] : [`en: ${key}`]),
    ]);
    expect(missing).toEqual([]);
  });
});
