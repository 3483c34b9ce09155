import type { DemoSummary } from '../../../shared/api/system';
import { centreInput } from '../../../shared/domain/centre';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../app';
import { recordAudit } from '../db/audit';
import { saveCentre } from '../db/centre';
import { isRegistryEmpty, registrySummary } from '../db/registry';
import { planMembers, writeDemoMember } from './members';
import { createRandom } from './random';
import { buildUnits, writeDemoUnit } from './units';

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
});

/**
 * Fills an empty database with a demonstration centre like Tanggulangin's: the centre, 276
 * members and 410 business units with their history since 1976. The same seed and the same
 * "today" give the same rows. Everything goes in one transaction through the services, so
 * the audit log and the history tables read as if the registry had been kept by hand.
 */
export function createDemoCentre(ctx: CallContext, seed: number): DemoSummary {
  const { db } = ctx.app;
  const today = ctx.app.today();
  const random = createRandom(seed);
  const members = planMembers(random, today);
  const units = buildUnits(random, members, today);
  db.transaction(() => {
    // Checked here as well as in the handler: the CLI calls this function directly.
    if (!isRegistryEmpty(db)) throw new AppError('NOT_EMPTY', ctx.t('errors.notEmpty'));
    const now = ctx.app.now();
    saveCentre(db, DEMO_CENTRE, now);
    recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'centre', entityId: 1, action: 'create', after: DEMO_CENTRE });
    for (const member of members) writeDemoMember(ctx, member);
    for (const unit of units) writeDemoUnit(ctx, unit);
  })();
  return {
    members: members.length,
    units: units.length,
    unitsWithoutOwner: units.filter((unit) => unit.values.ownerMemberNo === null).length,
    workers: registrySummary(db, today).workers,
  };
}
