import type { AssignmentReason } from './api/planning';

/** Message key and values to text: the shared translator and i18next's `t` both fit. */
type Translate = (key: string, params?: Record<string, unknown>) => string;

/** `2027-01-12` as `12/01`, as the heat map heads its weeks. */
function dayMonth(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;
}

const SLOT_NAMES = ['share', 'date', 'grade', 'week', 'load'] as const;
type Slot = (typeof SLOT_NAMES)[number];
/** Markers no translation contains, standing in the slots until they are filled. */
const SLOTS = Object.fromEntries(SLOT_NAMES.map((name) => [name, `\u0001${name}\u0001`]));

/**
 * Each template translated once per translator with markers in its slots, then filled by plain
 * replacement: a plan at stress scale words twenty thousand reasons, and a translation per reason
 * would cost more than the plan.
 */
const templates = new WeakMap<Translate, Map<string, string>>();

function template(t: Translate, key: string): string {
  let cache = templates.get(t);
  if (!cache) {
    cache = new Map();
    templates.set(t, cache);
  }
  let text = cache.get(key);
  if (text === undefined) {
    text = t(`plan.reason.${key}`, SLOTS);
    cache.set(key, text);
  }
  return text;
}

function fill(text: string, values: Partial<Record<Slot, string>>): string {
  let out = text;
  for (const slot of SLOT_NAMES) {
    const value = values[slot];
    if (value !== undefined) out = out.split(SLOTS[slot]).join(value);
  }
  return out;
}

/**
 * Why an assignment is where it is, in words a member understands: "anggota, dibagi menurut sisa
 * kapasitas: 18 % dari pesanan, beban minggu 12/01: 72 %", "bukan anggota: kapasitas anggota
 * penuh sampai 26/02; …". The same words on screen, in the workbook and from the CLI.
 */
export function assignmentReasonText(t: Translate, reason: AssignmentReason): string {
  const share = String(reason.sharePct);
  let text = fill(template(t, reason.kind), { share, date: reason.fullUntil ? dayMonth(reason.fullUntil) : '' });
  if (reason.grade) text = fill(template(t, 'grade'), { grade: reason.grade }) + text;
  if (reason.loadPct !== null && reason.loadWeek) text += fill(template(t, 'load'), { week: dayMonth(reason.loadWeek), load: String(reason.loadPct) });
  if (reason.byPieces) text += template(t, 'byPieces');
  return text;
}
