import { HOSTILE_NUMBERS, HOSTILE_TEXT, HOSTILE_TYPES, hostilePayloads, hugeArray, POLLUTING_KEYS, withOwnKey, type Hostile } from './hostile-values';
import { sample } from './arguments';
import { schemaAt, slotsOf, typesOf, withValueAt, type JsonSchema } from './schema-walk';
import type { Seeds } from './seeds';

/** One fuzzed argument: where the hostile value went, what it was, and the whole argument. */
export interface Mutation {
  where: string;
  label: string;
  payload: unknown;
}

export interface MutationOptions {
  /** At most this many hostile values per field (the smoke test takes a few). */
  perSlot?: number;
}

function pick(list: Hostile[], count: number): Hostile[] {
  if (count >= list.length) return list;
  // Spread over the list so a short run still sees numbers, bad text and wrong types.
  return Array.from({ length: count }, (_, i) => list[Math.floor((i * list.length) / count)]);
}

/**
 * Every mutation of a call's valid-looking argument: the argument as it is, each field (nested
 * ones and the first item of lists included) replaced by each hostile value or left out, lists
 * emptied or made huge, extra and prototype-polluting keys, and whole arguments that are not
 * objects at all.
 */
export function mutations(base: unknown, json: JsonSchema, seeds: Seeds, options: MutationOptions = {}): Mutation[] {
  const perSlot = options.perSlot ?? Number.POSITIVE_INFINITY;
  const fill = (prefix: (string | number)[]) => sample(schemaAt(json, prefix) ?? {}, prefix, seeds);
  const out: Mutation[] = [{ where: '(argument)', label: 'as derived', payload: base }];
  const values = pick([...HOSTILE_NUMBERS, ...HOSTILE_TEXT, ...HOSTILE_TYPES], perSlot);
  for (const slot of slotsOf(json)) {
    const where = slot.path.join('.');
    for (const hostile of values) out.push({ where, label: hostile.label, payload: withValueAt(base, slot.path, hostile.value, fill) });
    out.push({ where, label: 'missing', payload: withValueAt(base, slot.path, undefined, fill) });
    if (typesOf(slot.schema).includes('array') && !Number.isFinite(perSlot)) {
      const item = slot.schema.items ? sample(slot.schema.items, [...slot.path, 0], seeds) : 1;
      out.push({ where, label: 'array of 100,000 valid items', payload: withValueAt(base, slot.path, hugeArray(100_000, item), fill) });
      out.push({ where, label: 'array of 10,001 nulls', payload: withValueAt(base, slot.path, hugeArray(10_001, null), fill) });
    }
  }
  if (base !== null && typeof base === 'object' && !Array.isArray(base)) {
    out.push({ where: '(argument)', label: 'extra field', payload: { ...base, fuzzExtra: 'x' } });
    for (const [key, value] of POLLUTING_KEYS) out.push({ where: '(argument)', label: `${key} key`, payload: withOwnKey(base, key, value) });
  }
  for (const hostile of pick(hostilePayloads(), perSlot)) out.push({ where: '(argument)', label: hostile.label, payload: hostile.value });
  return out;
}
