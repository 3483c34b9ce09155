/**
 * Text that every workbook can hold. XML 1.0, the inside of an .xlsx, has no place for C0 control
 * characters (exceljs drops them silently, changing the data) nor for noncharacters and unpaired
 * surrogates (written raw, they make the whole file malformed: Excel refuses it). Tab and the
 * newline (LF, and the CR of a Windows newline) are the only controls a cell or a note may carry.
 */
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]|\p{Noncharacter_Code_Point}/u;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'gu');

export interface UnsafeCharacter {
  /** `U+FFFE`, as a user can look it up. */
  codePoint: string;
  /** 1-based, in characters as the user counts them. */
  position: number;
}

export function findUnsafeCharacter(text: string): UnsafeCharacter | null {
  const match = UNSAFE.exec(text);
  if (!match) return null;
  const code = match[0].codePointAt(0) ?? 0;
  return {
    codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
    position: [...text.slice(0, match.index)].length + 1,
  };
}

/** For text stored before the rule (or drawn into a chart): each unsafe character becomes U+FFFD. */
export function replaceUnsafeCharacters(text: string): string {
  return text.replace(UNSAFE_ALL, '\uFFFD');
}

/**
 * The largest magnitude any number of any call may have: below 2^53, so every integer up to it
 * (money in minor units above all) is exact, and sums of such numbers stay finite. Fields have
 * their own, much lower bounds; this is the net under all of them.
 */
export const MAX_ANY_NUMBER = 1e15;

export type UnsafeValue =
  | { path: (string | number)[]; kind: 'text'; character: UnsafeCharacter }
  | { path: (string | number)[]; kind: 'number'; value: number }
  | { path: (string | number)[]; kind: 'depth' };

/** Deeper than any call's argument is: refused before anything walks it recursively. */
const MAX_DEPTH = 32;

/**
 * The first string with an unsafe character, or number that is not finite or past `numberLimit`,
 * anywhere in a payload.
 */
export function findUnsafeValue(payload: unknown, numberLimit = MAX_ANY_NUMBER): UnsafeValue | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: payload, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const character = findUnsafeCharacter(value);
      if (character) return { path, kind: 'text', character };
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value) || Math.abs(value) > numberLimit) return { path, kind: 'number', value };
    } else if (value !== null && typeof value === 'object') {
      if (path.length >= MAX_DEPTH) return { path, kind: 'depth' };
      const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i];
        if (typeof key === 'string') {
          const character = findUnsafeCharacter(key);
          if (character) return { path: [...path, key], kind: 'text', character };
        }
        stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  return null;
}
