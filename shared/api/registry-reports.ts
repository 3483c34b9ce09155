import { z } from 'zod';
import type { Member, MemberStatus } from '../domain/member';
import type { Unit } from '../domain/unit';
import type { CentreFigures, RegistryFigures } from './centre-figures';
import { monthField, type ReportPeriod } from './exports';
import type { RegistrySummary } from './registry';
import type { Rupiah, UsdCents } from '../money';

/**
 * The registry reports of the suite: "Anggota dan Unit Usaha" (the registry as government
 * offices ask for it) and "Profil Sentra untuk Pemerintah" (e-Smart IKM and SIINas fields).
 * Both stand at the period's last day (today for the current month). Money: rupiah as integers,
 * exports in USD cents.
 */

const period = z.object({ from: monthField.optional(), to: monthField.optional() });

export const registryReportInputs = {
  /** Absent months: the centre's year to date. */
  'reports:registry': period,
  'reports:government': period,
};

export interface RegistryReport {
  period: ReportPeriod;
  /** The day the registry is read at: the period's last day, or today in the current month. */
  asOf: string;
  summary: RegistrySummary;
  /** Members aktif, units, dormant units and workers as every report counts them (null before the registry has any). */
  figures: RegistryFigures;
  membersByStatus: Record<MemberStatus, number>;
  /** Members (not counting those who left) by gender; `unknown` where none is stored. */
  membersByGender: { L: number; P: number; unknown: number };
  dormantUnits: number;
  members: Member[];
  units: Unit[];
}

/** Production, material use and exports of one business unit in the period. */
/** Fields e-Smart IKM asks of every unit that a unit's record may lack. */
export const UNIT_FIELDS = ['kbli', 'nib', 'address', 'village', 'categories', 'workers', 'capacity'] as const;
export type UnitField = (typeof UNIT_FIELDS)[number];

export interface GovernmentUnit {
  unit: Unit;
  /** Fields of this unit's record that are empty (workers and capacity: an active unit with none). */
  missingFields: UnitField[];
  /** Pieces the unit offered the cooperative in the period's months with production data (figures' capacity). */
  capacity: number | null;
  /** Pieces handed in (accepted + rejected) and accepted at QC; null without a delivery in the period. */
  producedQty: number | null;
  acceptedQty: number | null;
  /** Accepted pieces at the order lines' prices, in rupiah. */
  productionValueIdr: Rupiah | null;
  /** Material issued to the unit less returns, at the materials' unit cost, rupiah. */
  materialValueIdr: Rupiah | null;
}

export interface MaterialUse {
  category: string;
  /** Issued less returned, in the materials' own units (one line per unit of measure). */
  uom: string;
  qty: number;
  valueIdr: Rupiah;
}

export interface ProductLine {
  category: string;
  hsCode: string;
  products: number;
}

export interface GovernmentReport {
  period: ReportPeriod;
  asOf: string;
  months: number;
  summary: RegistrySummary;
  /** KBLI codes of the units and how many units have each. */
  kbli: { code: string; units: number }[];
  products: ProductLine[];
  /** The centre's figures of the period, as every other report shows them (registry, production, capacity, utilisation). */
  figures: CentreFigures;
  /** Per field, the units whose record lacks it (only fields some unit lacks). */
  completeness: { field: UnitField; units: number; unitCodes: string[] }[];
  /** figures.producedQty: null where there was no delivery in the period (unknown, not zero). */
  producedQty: number | null;
  productionValueIdr: Rupiah | null;
  /** figures.capacity: pieces offered over the months with production data; null without any. */
  installedCapacity: number | null;
  /** figures.utilisationPct. */
  utilisationPct: number | null;
  materials: MaterialUse[];
  materialValueIdr: Rupiah | null;
  /** US cents; null when no month of the period has an export fact. */
  exportUsdCents: UsdCents | null;
  /** Months of the period whose exports are known (db/export-facts knownExportMonths). */
  exportMonths: number;
  exportCountries: string[];
  /** Fields e-Smart IKM and SIINas ask for that the app does not keep (i18n keys under reportGovernment.missing). */
  missing: string[];
  units: GovernmentUnit[];
}

export interface RegistryReportOutputs {
  'reports:registry': RegistryReport;
  'reports:government': GovernmentReport;
}
