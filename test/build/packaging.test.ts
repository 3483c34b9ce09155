import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

describe('the Windows installer configuration', () => {
  it('is valid against the schema electron-builder ships', () => {
    const schema = JSON.parse(readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;
    const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('builds an NSIS installer that unpacks the native SQLite module', () => {
    const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as {
      win: { target: { target: string }[] };
      asarUnpack: string[];
      files: string[];
    };
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.files).toContain('out/**');
  });
});
