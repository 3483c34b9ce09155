import { z } from 'zod';

/** The part of JSON Schema that zod's `toJSONSchema` writes for this app's contract. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

/** A call's argument as its caller writes it (before transforms), as JSON Schema. */
export function inputSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** The schema's alternatives without the null one (`nullish` fields). */
export function alternatives(schema: JsonSchema): JsonSchema[] {
  const options = schema.anyOf ?? schema.oneOf;
  if (!options) return [schema];
  const real = options.filter((o) => o.type !== 'null');
  return (real.length > 0 ? real : options).flatMap(alternatives);
}

export function typesOf(schema: JsonSchema): string[] {
  const types = alternatives(schema).flatMap((s) => (Array.isArray(s.type) ? s.type : s.type ? [s.type] : []));
  return [...new Set(types)];
}

/** The schema at a path of property names and array indexes; null where the schema says nothing. */
export function schemaAt(root: JsonSchema, path: (string | number)[]): JsonSchema | null {
  let here: JsonSchema | null = root;
  for (const step of path) {
    if (!here) return null;
    const options: JsonSchema[] = alternatives(here);
    const next: JsonSchema | undefined =
      typeof step === 'number' ? options.find((o) => o.items)?.items : options.find((o) => o.properties?.[step])?.properties?.[step];
    here = next ?? null;
  }
  return here;
}

export interface Slot {
  path: (string | number)[];
  schema: JsonSchema;
  required: boolean;
}

/** Every field a caller can set, nested objects and the first item of arrays included. */
export function slotsOf(root: JsonSchema, maxDepth = 4): Slot[] {
  const slots: Slot[] = [];
  const visit = (schema: JsonSchema, path: (string | number)[], required: boolean): void => {
    if (path.length > 0) slots.push({ path, schema, required });
    if (path.length >= maxDepth) return;
    for (const option of alternatives(schema)) {
      for (const [key, child] of Object.entries(option.properties ?? {})) visit(child, [...path, key], (option.required ?? []).includes(key));
      if (option.items) visit(option.items, [...path, 0], (option.minItems ?? 0) > 0);
    }
  };
  visit(root, [], true);
  return slots;
}

/** A copy of `root` with `value` at `path`, containers created on the way; `undefined` removes. */
export function withValueAt(root: unknown, path: (string | number)[], value: unknown, fill: (prefix: (string | number)[]) => unknown): unknown {
  if (path.length === 0) return value;
  const copy: unknown = structuredClone(root ?? (typeof path[0] === 'number' ? [] : {}));
  let here = copy as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) {
    const step = path[i];
    const next = here[step];
    if (next === null || typeof next !== 'object') here[step] = fill(path.slice(0, i + 1)) ?? (typeof path[i + 1] === 'number' ? [] : {});
    here = here[step] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1];
  if (value === undefined && !Array.isArray(here)) delete here[last];
  else here[last] = value;
  return copy;
}
