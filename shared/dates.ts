/** Dates are ISO `YYYY-MM-DD` strings everywhere in data; people read and type them day first. */

const MONTHS_ID = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];
const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR: Record<string, number> = {
  jan: 1, feb: 2, peb: 2, mar: 3, apr: 4, mei: 5, may: 5, jun: 6, jul: 7, agu: 8, agt: 8, aug: 8,
  sep: 9, okt: 10, oct: 10, nov: 11, nop: 11, des: 12, dec: 12,
};

export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isValidIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m !== null && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) === text;
}

/** An ISO date moved by whole days (negative: back), through UTC so that no time zone shifts it. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The centre's calendar day (WIB) of a moment stored as an ISO timestamp in UTC (a plan's run). */
export function centreDayOf(timestamp: string): string {
  const moment = new Date(timestamp);
  return Number.isNaN(moment.getTime()) ? timestamp.slice(0, 10) : todayIso(moment);
}

/** Today in WIB (UTC+7), the centre's own calendar day. */
export function todayIso(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

function monthFromWord(word: string): number | null {
  const w = word.toLowerCase().replace(/\./g, '');
  const full = MONTHS_ID.indexOf(w) >= 0 ? MONTHS_ID.indexOf(w) : MONTHS_EN.indexOf(w);
  if (full >= 0) return full + 1;
  return MONTH_ABBR[w.slice(0, 3)] ?? null;
}

function fullYear(y: number): number {
  if (y >= 100) return y;
  return y < 50 ? 2000 + y : 1900 + y;
}

/**
 * Reads a date as Indonesian files write it: `17/08/2024`, `17-08-2024`, `17.08.2024` (day first),
 * `2024-08-17`, `17 Agustus 2024`, `17 Agt 2024`. Returns ISO or null when it is not a real date.
 */
export function parseDateText(raw: string): string | null {
  const text = raw.trim().replace(/^(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad),?\s*/i, '');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (m) return isoDate(fullYear(Number(m[3])), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})[\s-]+([A-Za-z.]+)[\s-]+(\d{2}|\d{4})$/.exec(text);
  if (m) {
    const month = monthFromWord(m[2]);
    return month === null ? null : isoDate(fullYear(Number(m[3])), month, Number(m[1]));
  }
  return null;
}

/** Excel's day serial (1900 system, with its phantom 29 Feb 1900) to ISO. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 80_000) return null;
  const whole = Math.floor(serial);
  const ms = Date.UTC(1899, 11, 30) + whole * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** `2024-08-17` → `17/08/2024`. */
export function formatDateId(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** `2024-08-17` → `17 Agustus 2024` (or `17 August 2024`). */
export function formatDateLong(iso: string, locale: 'id' | 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const names = locale === 'id' ? MONTHS_ID : MONTHS_EN;
  const month = names[Number(m[2]) - 1];
  return `${Number(m[3])} ${month.charAt(0).toUpperCase()}${month.slice(1)} ${m[1]}`;
}
