/**
 * The trade's calendar for the demo (DOMAIN §1): demand peaks in the weeks before Lebaran and
 * before the school year (June–July). Idul Fitri moves about eleven days a year, so its dates
 * are data (the government's joint decree; later years as announced).
 */
const IDUL_FITRI = ['2022-05-02', '2023-04-22', '2024-04-10', '2025-03-31', '2026-03-21', '2027-03-10', '2028-02-27'] as const;

const DAY_MS = 86_400_000;

export function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The first of the month twelve months before `today`'s month: where the stock ledger opens. */
export function yearBefore(today: string): string {
  return `${Number(today.slice(0, 4)) - 1}-${today.slice(5, 7)}-01`;
}

/** Days until the next Idul Fitri, or Infinity when none is known. */
function daysToLebaran(date: string): number {
  for (const day of IDUL_FITRI) {
    const gap = daysBetween(date, day);
    if (gap >= -7) return gap;
  }
  return Infinity;
}

/**
 * How busy the home market is on a day, relative to an ordinary one: orders for Lebaran are
 * placed from about ten weeks ahead, school bags in April–June for the new school year in July, and the
 * week after Lebaran is quiet.
 */
export function domesticSeason(date: string): number {
  const toLebaran = daysToLebaran(date);
  if (toLebaran < 0) return 0.3;
  if (toLebaran <= 70) return 1.8;
  const month = Number(date.slice(5, 7));
  return month >= 4 && month <= 6 ? 1.5 : 1;
}

/** US and European buyers place their autumn and Christmas orders in the first half year. */
export function exportSeason(date: string): number {
  const month = Number(date.slice(5, 7));
  return month >= 2 && month <= 6 ? 1.4 : 0.85;
}

/** Tanning slows in the rainy season (about December to March): leather arrives later. */
export function isRainySeason(date: string): boolean {
  const month = Number(date.slice(5, 7));
  return month === 12 || month <= 3;
}
