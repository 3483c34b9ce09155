import type { DemoSummary } from '../../../shared/api/system';
import { centreInput } from '../../../shared/domain/centre';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { recordAudit } from '../platform/db/audit';
import { saveCentre } from '../platform/db/centre';
import type { Db } from '../platform/db/connection';
import { isRegistryEmpty, registrySummary } from '../registry/registry-queries';
import { addNationalPeriods } from '../planning/calendar-store';
import { setPreference } from '../platform/db/preferences';
import { RATE_PER_MINUTE_PREF_KEY } from '../../../shared/api/system';
import { DEMO_RATE_PER_MINUTE } from './piece-rates';
import { planMembers, writeDemoMember } from './members';
import { offerCapacity } from './offered';
import { writeCalendar2023 } from './calendar-2023';
import { createRandom } from './random';
import { writeDemoRoadmap } from './roadmap';
import { writeDemoSupply, type DemoScale } from './supply';
import { buildUnits, writeDemoUnit } from './units';
import { writeTransaction } from '../platform/db/write';

export type { DemoScale } from './supply';

/** The reference centre's letterhead; the people and the registration number are fictional. */
const DEMO_CENTRE = centreInput.parse({
  name: 'Sentra IKM Tas dan Koper Tanggulangin',
  cooperativeName: 'Koperasi Industri Tas dan Koper (INTAKO)',
  cooperativeRegNo: '3515060020001976',
  address: 'Jl. Raya Kludan No. 68 RT 02/RW 01',
  village: 'Kludan',
  district: 'Tanggulangin',
  regency: 'Sidoarjo',
  province: 'Jawa Timur',
  postalCode: '61272',
  phone: '(031) 8851 276',
  email: 'sekretariat@intako.example',
  chairName: 'H. Bambang Sugiarto',
  chairTitle: 'Ketua',
  secretaryName: 'Sri Wahyuningsih',
  secretaryTitle: 'Sekretaris',
  signCity: 'Sidoarjo',
  // The exporter as its papers print it; the NIB, NPWP and account number are fictional.
  legalName: 'KOPERASI INDUSTRI TAS DAN KOPER (INTAKO)',
  addressEn: 'Jl. Raya Kludan No. 68, Tanggulangin, Sidoarjo 61272, East Java, Indonesia',
  nib: '9120301762548',
  npwp: '0017352846143000',
  contactPerson: 'Sri Wahyuningsih (Export Administration)',
  bankName: 'PT Bank Rakyat Indonesia (Persero) Tbk',
  bankBranch: 'KCP Tanggulangin, Sidoarjo',
  bankAccountNo: '0621 01 000318 30 7',
  bankAccountName: 'KOPERASI INDUSTRI TAS DAN KOPER (INTAKO)',
  swift: 'BRINIDJA',
});

/** The registry check does not look at the supply tables; a catalogue typed in by hand counts too. */
function hasSupplyData(db: Db): boolean {
  const row = db
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM product) OR EXISTS (SELECT 1 FROM material)
           OR EXISTS (SELECT 1 FROM buyer) OR EXISTS (SELECT 1 FROM sales_order) OR EXISTS (SELECT 1 FROM export_history)
           OR EXISTS (SELECT 1 FROM roadmap) AS found`,
    )
    .get() as { found: number };
  return row.found === 1;
}

/**
 * Fills an empty database with a demonstration centre like Tanggulangin's: the centre, 276
 * members and 410 business units with their history since 1976, then the supply chain
 * (catalogue, materials and stock, buyers, rates, orders; `stress` makes 1,000,000 order
 * lines). The same seed and the same "today" give the same rows. Everything goes in one
 * transaction; the registry through the services, so the audit log and the history tables
 * read as if it had been kept by hand, the supply tables by bulk statements.
 */
export function createDemoCentre(ctx: CallContext, seed: number, scale: DemoScale = 'demo'): DemoSummary {
  const { db } = ctx.app;
  const today = ctx.app.today();
  const random = createRandom(seed);
  const members = planMembers(random, today);
  const units = buildUnits(random, members, today);
  // A stream of its own, so that the registry's other values stay what every seed made before.
  offerCapacity(createRandom((Math.imul(seed, 0x2c1b3c6d) ^ 0x6f1e) >>> 0), units);
  const supply = writeTransaction(db, () => {
    // Checked here as well as in the handler: the CLI calls this function directly.
    if (!isRegistryEmpty(db) || hasSupplyData(db)) throw new AppError('NOT_EMPTY', ctx.t('errors.notEmpty'));
    const now = ctx.app.now();
    saveCentre(db, DEMO_CENTRE, now);
    recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'centre', entityId: 1, action: 'create', after: DEMO_CENTRE });
    // The production calendar every new centre starts with: holidays, cuti bersama, Lebaran, Ramadan.
    addNationalPeriods(db, ctx.app.actor, now);
    writeCalendar2023(db, now);
    setPreference(db, RATE_PER_MINUTE_PREF_KEY, DEMO_RATE_PER_MINUTE);
    for (const member of members) writeDemoMember(ctx, member);
    const unitIds = units.map((unit) => writeDemoUnit(ctx, unit));
    const supply = writeDemoSupply(ctx, seed, scale, units, unitIds);
    // Last: its actuals are measured from the registry and export history written above.
    writeDemoRoadmap(ctx);
    return supply;
  });
  return {
    members: members.length,
    units: units.length,
    unitsWithoutOwner: units.filter((unit) => unit.values.ownerMemberNo === null).length,
    workers: registrySummary(db, today).workers,
    ...supply,
  };
}
