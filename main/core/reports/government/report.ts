import type { GovernmentReport, GovernmentUnit, MaterialUse, UnitField } from '../../../../shared/api/registry-reports';
import { UNIT_FIELDS } from '../../../../shared/api/registry-reports';
import type { ReportPeriod } from '../../../../shared/api/exports';
import type { Unit } from '../../../../shared/domain/unit';
import { rupiah, sumOf, toRupiah, type Currency, type Rupiah } from '../../../../shared/money';
import type { CallContext } from '../../platform/app';
import { exportFacts, knownExportMonths } from '../../shipments/export-fact-queries';
import { rateOn } from '../../orders/rate-queries';
import { registrySummary } from '../../registry/registry-queries';
import { issuedMaterials, productsByHsCode } from './queries';
import { listUnits } from '../../registry/unit-queries';
import { centreFigureCells } from '../figures';
import { apportion } from '../../../../shared/exact-money';

/**
 * Fields of e-Smart IKM (unit and sentra profiles) and the SIINas industry report that the app
 * does not keep: the report lists them under "Data belum tersedia" instead of printing blanks.
 */
export const NOT_STORED = ['locationCodes', 'legalForm', 'npwp', 'foundedYear', 'investment', 'workersByGender', 'contact', 'machines', 'energy', 'exportsByUnit', 'certificates'] as const;

function sumOrNull(values: (Rupiah | null)[]): Rupiah | null {
  const known = values.filter((value): value is Rupiah => value !== null);
  return known.length === 0 ? null : sumOf(known);
}

/**
 * What a unit's record lacks of what e-Smart IKM asks (workers and capacity only matter while it is
 * active). A unit owned by someone outside the cooperative is not missing anything: the app keeps
 * members as owners only.
 */
export function missingFields(unit: Unit): UnitField[] {
  const blank = (value: string | null) => value === null || value.trim() === '';
  const lacks: Record<UnitField, boolean> = {
    kbli: blank(unit.kbli), nib: blank(unit.nib), address: blank(unit.address),
    village: blank(unit.village), categories: unit.categories.length === 0, workers: unit.isActive && unit.workers <= 0, capacity: unit.isActive && unit.monthlyCapacity <= 0,
  };
  return UNIT_FIELDS.filter((field) => lacks[field]);
}

/**
 * The centre's profile for the ministry over a period: the registry at the period's end, the
 * production, capacity and utilisation of the centre's figures (reports/figures, the same numbers
 * as the production report), the material issued to the units (at today's unit cost), exports
 * from the export facts, one line per unit and what each unit's record lacks. A figure the data
 * does not reach is null (the report says "belum ada data"), never zero.
 */
export function governmentReport(ctx: CallContext, period: ReportPeriod): GovernmentReport {
  const { db } = ctx.app;
  const { figures, capacity, production } = centreFigureCells(ctx, period);
  const { asOf } = figures;
  const from = `${period.from}-01`;
  let isRateMissing = false;
  // Material costs in a foreign currency in rupiah at the rate of the report's day.
  const inRupiah = (minor: number, currency: Currency): Rupiah => {
    if (currency === 'IDR') return rupiah(Math.round(minor));
    const idrPerUnit = rateOn(db, currency, asOf)?.idrPerUnit ?? null;
    if (idrPerUnit === null) {
      isRateMissing = true;
      return rupiah(0);
    }
    return toRupiah(Math.round(minor), currency, idrPerUnit);
  };
  const units = listUnits(db, false, asOf);
  const issued = issuedMaterials(db, from, asOf);
  const byUnit = new Map<number, { handedIn: number; accepted: number; exactIdr: number }>();
  for (const cell of production.values()) {
    const sums = byUnit.get(cell.unitId) ?? { handedIn: 0, accepted: 0, exactIdr: 0 };
    sums.handedIn += cell.handedIn;
    sums.accepted += cell.accepted;
    sums.exactIdr += cell.exactIdr;
    byUnit.set(cell.unitId, sums);
  }
  const capacityOf = new Map<number, number>();
  for (const [key, pieces] of capacity) capacityOf.set(Number(key.split('|')[0]), (capacityOf.get(Number(key.split('|')[0])) ?? 0) + pieces);
  // Unit values split from the centre's rounded total, so that the unit sheet adds up to the profile.
  const values = apportion(units.map((unit) => byUnit.get(unit.id)?.exactIdr ?? 0));
  const known = figures.producedQty !== null;
  const unitLines: GovernmentUnit[] = units.map((unit, i) => {
    const own = byUnit.get(unit.id);
    const used = issued.filter((row) => row.unitId === unit.id);
    return {
      unit,
      missingFields: missingFields(unit),
      capacity: known ? (capacityOf.get(unit.id) ?? 0) : null,
      producedQty: own ? own.handedIn : null,
      acceptedQty: own ? own.accepted : null,
      productionValueIdr: own ? rupiah(values[i]) : null,
      materialValueIdr: used.length === 0 ? null : sumOf(used.map((row) => inRupiah(row.cost, row.currency))),
    };
  });
  const materials = new Map<string, MaterialUse>();
  for (const row of issued) {
    const key = `${row.category}|${row.uom}`;
    const line = materials.get(key) ?? { category: row.category, uom: row.uom, qty: 0, valueIdr: rupiah(0) };
    line.qty = Math.round((line.qty + row.qty) * 10_000) / 10_000;
    line.valueIdr = rupiah(line.valueIdr + inRupiah(row.cost, row.currency));
    materials.set(key, line);
  }
  const facts = exportFacts(db, period.from, period.to);
  const kbli = new Map<string, number>();
  for (const unit of units) if (unit.kbli) kbli.set(unit.kbli, (kbli.get(unit.kbli) ?? 0) + 1);
  const completeness = UNIT_FIELDS.map((field) => {
    const lacking = unitLines.filter((line) => line.missingFields.includes(field)).map((line) => line.unit.unitCode);
    return { field, units: lacking.length, unitCodes: lacking };
  }).filter((entry) => entry.units > 0);
  return {
    period,
    asOf,
    months: figures.months.length,
    summary: registrySummary(db, asOf),
    figures,
    completeness,
    kbli: [...kbli].map(([code, count]) => ({ code, units: count })).sort((a, b) => b.units - a.units || a.code.localeCompare(b.code)),
    products: productsByHsCode(db),
    producedQty: figures.producedQty,
    productionValueIdr: figures.productionValueIdr,
    installedCapacity: figures.capacity,
    utilisationPct: figures.utilisationPct,
    materials: [...materials.values()],
    materialValueIdr: sumOrNull([...materials.values()].map((line) => line.valueIdr)),
    exportUsdCents: facts.length === 0 ? null : sumOf(facts.map((fact) => fact.fobUsdCents)),
    exportMonths: knownExportMonths(db, period.from, period.to, ctx.app.today().slice(0, 7)).size,
    exportCountries: [...new Set(facts.map((fact) => fact.country))].sort(),
    missing: [...NOT_STORED, ...(isRateMissing ? ['rate'] : [])],
    units: unitLines,
  };
}
