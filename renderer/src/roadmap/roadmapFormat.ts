import type { KpiProgress } from '../../../shared/api/roadmap';
import type { Locale } from '../../../shared/i18n';
import { amountForInput } from '../platform/common/formText';

/**
 * How the roadmap's values read and are typed: a KPI value is an integer of the KPI's smallest
 * step (USD cents, rupiah, people, hundredths of an own KPI's unit); people read and type whole
 * dollars, rupiah and people, with a decimal comma where the KPI has decimals.
 */

type Shape = Pick<KpiProgress, 'decimals' | 'standard' | 'unit'>;

const FORMATS = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, decimals: number, fixed: boolean): Intl.NumberFormat {
  const key = `${locale}:${decimals}:${fixed}`;
  const known = FORMATS.get(key);
  if (known) return known;
  const format = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: fixed ? decimals : 0, maximumFractionDigits: decimals });
  FORMATS.set(key, format);
  return format;
}

/**
 * How a KPI is shown in the grid and typed there: export value in dollars with cents, production
 * value in millions of rupiah (`81.000` = Rp81 miliar, as the centre's reports write it), the
 * rest in their own unit. The stored value stays whole rupiah, cents and hundredths.
 */
function gridScale(kpi: Shape): { divisor: number; digits: number; fixed: boolean } {
  if (kpi.standard === 'export-usd') return { divisor: 100, digits: 2, fixed: true };
  if (kpi.standard === 'production-idr') return { divisor: 1_000_000, digits: 3, fixed: false };
  return { divisor: 10 ** kpi.decimals, digits: kpi.decimals, fixed: false };
}

/** The unit the grid's numbers are in: `USD`, `Rp juta`, `unit`. */
export function gridUnit(kpi: Shape, millionsWord: string): string {
  return kpi.standard === 'production-idr' ? `${kpi.unit} ${millionsWord}` : kpi.unit;
}

/** A grid number: `1.389,15` (USD), `81.000` (Rp juta), `352`, `12,5`. */
export function kpiNumberText(kpi: Shape, value: number | null, locale: Locale): string {
  if (value === null) return '';
  const scale = gridScale(kpi);
  return numberFormat(locale, scale.digits, scale.fixed).format(value / scale.divisor);
}

/** In full with the unit, for sentences: `USD 1.389,15`, `Rp 81.000.000.000`, `352 unit`. */
export function kpiValueText(kpi: Shape, value: number | null, locale: Locale): string {
  if (value === null) return '';
  const number = numberFormat(locale, kpi.decimals, kpi.standard === 'export-usd').format(value / 10 ** kpi.decimals);
  if (kpi.standard === 'export-usd' || kpi.standard === 'production-idr') return `${kpi.unit} ${number}`;
  return kpi.unit ? `${number} ${kpi.unit}` : number;
}

/** What is typed in a field, in the grid's unit: `1.389,15`, `81.000` (Indonesian digits, whatever the screen's language). */
export function kpiInputText(kpi: Shape, value: number | null): string {
  return value === null ? '' : kpiNumberText(kpi, value, 'id');
}

/** Typed text (in the grid's unit) to the KPI's steps: null for empty, NaN when unreadable or negative. */
export function kpiFromInput(kpi: Shape, text: string): number | null {
  if (text.trim() === '') return null;
  const amount = amountForInput(text);
  if (!Number.isFinite(amount) || amount < 0) return Number.NaN;
  return Math.round(amount * gridScale(kpi).divisor);
}

const PERCENT: Record<Locale, Intl.NumberFormat> = {
  id: new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};

/** `86,38 %`; unknown is a dash. */
export function pctText(value: number | null, locale: Locale): string {
  return value === null ? '—' : `${PERCENT[locale].format(value)} %`;
}

/** A stable test id per KPI: the standard code, or `own-<id>`. */
export function kpiKey(kpi: Pick<KpiProgress, 'standard' | 'id'>): string {
  return kpi.standard ?? `own-${kpi.id}`;
}
