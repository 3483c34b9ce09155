import { monthsOf, type ReportPeriod } from '../../../shared/api/exports';
import type { GovernmentReport, GovernmentUnit, MaterialUse } from '../../../shared/api/registry-reports';
import { toRupiah, type Currency } from '../../../shared/money';
import type { CallContext } from '../app';
import { exportFacts } from '../db/export-facts';
import { rateOn } from '../db/rates';
import { registrySummary } from '../db/registry';
import { deliveredByUnit, issuedMaterials, productsByHsCode } from '../db/report-government';
import { listUnits } from '../db/units';
import { registryAsOf } from './registry-report';

/**
 * Fields of e-Smart IKM (unit and sentra profiles) and the SIINas industry report that the app
 * does not keep: the report lists them under "Data belum tersedia" instead of printing blanks.
 */
export const NOT_STORED = ['locationCodes', 'legalForm', 'npwp', 'foundedYear', 'investment', 'workersByGender', 'contact', 'machines', 'energy', 'exportsByUnit', 'certificates'] as const;

function sumOrNull(values: (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0);
}

/**
 * The centre's profile for the ministry over a period: the registry at the period's end, what the
 * units delivered (production), the material issued to them (raw-material use, at today's unit
 * cost), exports from the export facts, and one line per unit. A figure the data does not reach
 * is null (the report says "belum ada data"), never zero.
 */
export function governmentReport(ctx: CallContext, period: ReportPeriod): GovernmentReport {
  const { db } = ctx.app;
  const asOf = registryAsOf(ctx, period);
  const from = `${period.from}-01`;
  const months = monthsOf(period.from, period.to).length;
  let isRateMissing = false;
  // Foreign-currency prices and costs in rupiah: the order's own rate, else the rate of the report's day.
  const rupiah = (minor: number, currency: Currency, rate: number | null): number => {
    if (currency === 'IDR') return Math.round(minor);
    const idrPerUnit = rate ?? rateOn(db, currency, asOf)?.idrPerUnit ?? null;
    if (idrPerUnit === null) {
      isRateMissing = true;
      return 0;
    }
    return toRupiah(Math.round(minor), currency, idrPerUnit);
  };
  const units = listUnits(db, false, asOf);
  const delivered = deliveredByUnit(db, from, asOf);
  const issued = issuedMaterials(db, from, asOf);
  const unitLines: GovernmentUnit[] = units.map((unit) => {
    const own = delivered.filter((row) => row.unitId === unit.id);
    const used = issued.filter((row) => row.unitId === unit.id);
    return {
      unit,
      producedQty: own.length === 0 ? null : own.reduce((sum, row) => sum + row.handedIn, 0),
      acceptedQty: own.length === 0 ? null : own.reduce((sum, row) => sum + row.accepted, 0),
      productionValueIdr: own.length === 0 ? null : own.reduce((sum, row) => sum + rupiah(row.worth, row.currency, row.rate), 0),
      materialValueIdr: used.length === 0 ? null : used.reduce((sum, row) => sum + rupiah(row.cost, row.currency, null), 0),
    };
  });
  const materials = new Map<string, MaterialUse>();
  for (const row of issued) {
    const key = `${row.category}|${row.uom}`;
    const line = materials.get(key) ?? { category: row.category, uom: row.uom, qty: 0, valueIdr: 0 };
    line.qty = Math.round((line.qty + row.qty) * 10_000) / 10_000;
    line.valueIdr += rupiah(row.cost, row.currency, null);
    materials.set(key, line);
  }
  const facts = exportFacts(db, period.from, period.to);
  const summary = registrySummary(db, asOf);
  const producedQty = delivered.length === 0 ? null : delivered.reduce((sum, row) => sum + row.handedIn, 0);
  const installedCapacity = summary.monthlyCapacity * months;
  const kbli = new Map<string, number>();
  for (const unit of units) if (unit.kbli) kbli.set(unit.kbli, (kbli.get(unit.kbli) ?? 0) + 1);
  return {
    period,
    asOf,
    months,
    summary,
    kbli: [...kbli].map(([code, count]) => ({ code, units: count })).sort((a, b) => b.units - a.units || a.code.localeCompare(b.code)),
    products: productsByHsCode(db),
    producedQty,
    productionValueIdr: delivered.length === 0 ? null : delivered.reduce((sum, row) => sum + rupiah(row.worth, row.currency, row.rate), 0),
    installedCapacity,
    utilisationPct: producedQty === null || installedCapacity === 0 ? null : Math.round((producedQty / installedCapacity) * 10_000) / 100,
    materials: [...materials.values()],
    materialValueIdr: sumOrNull([...materials.values()].map((line) => line.valueIdr)),
    exportUsd: facts.length === 0 ? null : facts.reduce((sum, fact) => sum + fact.fobUsd, 0),
    exportMonths: new Set(facts.map((fact) => fact.month)).size,
    exportCountries: [...new Set(facts.map((fact) => fact.country))].sort(),
    missing: [...NOT_STORED, ...(isRateMissing ? ['rate'] : [])],
    units: unitLines,
  };
}
