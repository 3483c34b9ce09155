import type { z } from 'zod';
import { alternatives, schemaAt, typesOf, withValueAt, type JsonSchema } from './schema-walk';
import { DATE_LIKE, GENERIC_TEXT, type Seeds } from './seeds';

/**
 * A valid-looking argument for a call, derived from its schema: required fields filled from the
 * centre's own codes and the formats fields take, then repaired against the zod schema itself
 * (each field that fails tries its next candidate) until it parses or the candidates run out.
 */

function fieldName(path: (string | number)[]): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return '';
}

function numberCandidates(schema: JsonSchema): number[] {
  const low = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : undefined);
  const high = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : undefined);
  const picks = [1, 2, 5, 100, 2026, 11, 0, low, high].filter((n): n is number => n !== undefined);
  return picks.filter((n) => (low === undefined || n >= low) && (high === undefined || n <= high));
}

/** What a field may be given, best guess first. */
export function candidates(schema: JsonSchema | null, path: (string | number)[], seeds: Seeds): unknown[] {
  const name = fieldName(path);
  const out: unknown[] = [];
  if (schema) {
    for (const option of alternatives(schema)) {
      if (option.const !== undefined) out.push(option.const);
      if (option.enum) out.push(...option.enum);
    }
    if (schema.default !== undefined) out.push(schema.default);
  }
  out.push(...(seeds.get(name) ?? []));
  const types = schema ? typesOf(schema) : ['string', 'number'];
  if (types.includes('string') && DATE_LIKE.test(name)) out.push('2026-11-20', '2026-11', '2026-12-01');
  if (types.includes('string')) {
    const max = schema ? alternatives(schema).find((s) => s.maxLength !== undefined)?.maxLength : undefined;
    out.push(...GENERIC_TEXT.filter((t) => max === undefined || t.length <= max));
  }
  if (types.includes('integer') || types.includes('number')) out.push(...alternatives(schema ?? {}).flatMap(numberCandidates));
  if (types.includes('boolean')) out.push(false, true);
  if (types.includes('array')) out.push([]);
  out.push(null);
  return out.filter((v, i) => out.findIndex((w) => Object.is(w, v)) === i);
}

/** A value for a schema: the first candidate, objects with their required fields, arrays of their minimum. */
export function sample(schema: JsonSchema, path: (string | number)[], seeds: Seeds): unknown {
  const option = alternatives(schema)[0] ?? schema;
  if (option.properties) {
    const value: Record<string, unknown> = {};
    for (const key of option.required ?? []) value[key] = sample(option.properties[key], [...path, key], seeds);
    return value;
  }
  if (option.items) {
    const count = Math.max(option.minItems ?? 0, 1);
    return Array.from({ length: count }, (_, i) => sample(option.items as JsonSchema, [...path, i], seeds));
  }
  return candidates(schema, path, seeds)[0];
}

export interface Derived {
  value: unknown;
  /** False when the schema still refused it after every candidate: mutations then start from an invalid base. */
  parses: boolean;
  rounds: number;
}

export function deriveArgument(zodSchema: z.ZodType, json: JsonSchema, seeds: Seeds, maxRounds = 80): Derived {
  let value = sample(json, [], seeds);
  const tried = new Map<string, number>();
  for (let round = 0; round < maxRounds; round++) {
    const parsed = zodSchema.safeParse(value);
    if (parsed.success) return { value, parses: true, rounds: round };
    let changed = false;
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) value = withValueAt(value, [...path, key], undefined, () => ({}));
        changed = true;
        continue;
      }
      const options = candidates(schemaAt(json, path), path, seeds);
      const key = path.join('.');
      const next = tried.get(key) ?? 1;
      if (path.length === 0 || next >= options.length) continue;
      tried.set(key, next + 1);
      value = withValueAt(value, path, options[next], (prefix) => sample(schemaAt(json, prefix) ?? {}, prefix, seeds));
      changed = true;
    }
    if (!changed) return { value, parses: false, rounds: round };
  }
  return { value, parses: false, rounds: maxRounds };
}
