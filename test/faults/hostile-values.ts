/**
 * What a fuzzed call is given in place of one field: boundary numbers, text a workbook cannot
 * hold, text it can but a careless program breaks on, oversized text, and values of the wrong
 * type. Every entry has a label, so a finding names what was sent without echoing a megabyte.
 */
export interface Hostile {
  label: string;
  value: unknown;
}

const number = (label: string, value: number): Hostile => ({ label, value });
const text = (label: string, value: string): Hostile => ({ label, value });

export const HOSTILE_NUMBERS: Hostile[] = [
  number('0', 0),
  number('-1', -1),
  number('-0', -0),
  number('0.5', 0.5),
  number('2^31', 2 ** 31),
  number('2^53', 2 ** 53),
  number('-2^53', -(2 ** 53)),
  number('1e15+2', 1e15 + 2),
  number('1e308', 1e308),
  number('-1e308', -1e308),
  number('NaN', Number.NaN),
  number('Infinity', Number.POSITIVE_INFINITY),
  number('-Infinity', Number.NEGATIVE_INFINITY),
  number('1e-320 (subnormal)', 1e-320),
  number('0.1+0.2', 0.1 + 0.2),
];

export const HOSTILE_TEXT: Hostile[] = [
  text('empty', ''),
  text('blank', '   '),
  text('U+FFFE', 'a\uFFFEb'),
  text('U+FFFF', '\uFFFF'),
  text('lone high surrogate', 'x\uD800'),
  text('lone low surrogate', '\uDC00y'),
  text('NUL', 'a\u0000b'),
  text('bell', 'a\u0007b'),
  text('C1 control', 'a\u0085b'),
  text('RTL override', '\u202Egpj.exe'),
  text('zero-width space', 'A\u200B'),
  text('emoji', '👜🇮🇩👨‍👩‍👧'),
  text('combining marks', 'e\u0301\u0302\u0303\u0304'),
  text('fullwidth', 'ＫＴ－００１'),
  text('Arabic digits', '٢٠٢٦-١١-٢٠'),
  text('tab and newline', 'a\tb\r\nc'),
  text('impossible date', '2026-02-30'),
  text('month 13', '2026-13'),
  text('year 0', '0000-01-01'),
  text('far future', '9999-12-31'),
  text('SQL', "x'); DROP TABLE member;--"),
  text('format string', '%s%n%x{0}${x}'),
  text('path', '../../../etc/passwd'),
  text('__proto__', '__proto__'),
  text('number as text', '1e308'),
  text('10k characters', 'x'.repeat(10_000)),
  text('1M characters', 'ж'.repeat(1_000_000)),
];

export const HOSTILE_TYPES: Hostile[] = [
  { label: 'null', value: null },
  { label: 'true', value: true },
  { label: 'false', value: false },
  { label: '[]', value: [] },
  { label: '{}', value: {} },
  { label: '[null]', value: [null] },
  { label: '{"a":1}', value: { a: 1 } },
];

/** An object nested `depth` levels: deeper than any argument, deeper than a recursive walk likes. */
export function deepNesting(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: 1 };
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

export function hugeArray(length: number, item: unknown): unknown[] {
  return new Array<unknown>(length).fill(item);
}

/** Keys that poison a careless merge (`Object.assign`, spread into a prototype). */
export const POLLUTING_KEYS: [string, unknown][] = [
  ['__proto__', { polluted: 'yes' }],
  ['constructor', { prototype: { polluted: 'yes' } }],
];

/** `base` with one more own key, as a JSON body arrives: `__proto__` a key, not the prototype. */
export function withOwnKey(base: object, key: string, value: unknown): unknown {
  const inner = JSON.stringify(base).slice(1, -1);
  return JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value)}${inner ? `,${inner}` : ''}}`) as unknown;
}

/** Everything a whole argument may be instead of an object. */
export function hostilePayloads(): Hostile[] {
  const manyKeys: Record<string, number> = {};
  for (let i = 0; i < 100_000; i++) manyKeys[`k${i}`] = i;
  return [
    { label: 'undefined', value: undefined },
    { label: 'null', value: null },
    { label: '0', value: 0 },
    { label: '"x"', value: 'x' },
    { label: 'true', value: true },
    { label: '[]', value: [] },
    { label: '[{}]', value: [{}] },
    { label: 'nested 40 deep', value: deepNesting(40) },
    { label: 'nested 10,000 deep', value: deepNesting(10_000) },
    { label: '100,000 keys', value: manyKeys },
    { label: 'array of 100,000', value: hugeArray(100_000, 1) },
    ...POLLUTING_KEYS.map(([key, value]) => ({ label: `${key} key`, value: withOwnKey({}, key, value) })),
  ];
}

/** A short, printable excerpt of a value for a finding. */
export function excerpt(value: unknown, max = 160): string {
  let text: string;
  try {
    text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)) ?? String(value);
  } catch {
    text = String(value);
  }
  const escaped = text.replace(/[^\x20-\x7E]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escaped.length > max ? `${escaped.slice(0, max)}… (${text.length} chars)` : escaped;
}
