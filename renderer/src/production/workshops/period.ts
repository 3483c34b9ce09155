import { formatDateId, parseDateText } from '../../../../shared/dates';

/** A pay period, both days included, as ISO dates. */
export interface Period {
  from: string;
  to: string;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The calendar month of a day, shifted by `offset` months: ongkos are settled by the month. */
export function monthOf(iso: string, offset = 0): Period {
  const [year, month] = iso.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 + offset, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  const y = first.getUTCFullYear();
  const m = pad(first.getUTCMonth() + 1);
  return { from: `${y}-${m}-01`, to: `${y}-${m}-${pad(last.getUTCDate())}` };
}

export interface PeriodText {
  fromText: string;
  toText: string;
}

export function periodText(period: Period): PeriodText {
  return { fromText: formatDateId(period.from), toText: formatDateId(period.to) };
}

/** The typed period when both days read as dates in order; which side is wrong otherwise. */
export function readPeriod(text: PeriodText): { period: Period | null; badFrom: boolean; badTo: boolean; isReversed: boolean } {
  const from = parseDateText(text.fromText.trim());
  const to = parseDateText(text.toText.trim());
  const isReversed = from !== null && to !== null && to < from;
  return { period: from && to && !isReversed ? { from, to } : null, badFrom: from === null, badTo: to === null, isReversed };
}
