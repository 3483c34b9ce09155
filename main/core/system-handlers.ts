import type { registryInputs } from '../../shared/api/registry';
import type { systemInputs } from '../../shared/api/system';
import { isRegistryEmpty } from './registry/registry-queries';
import { listAudit, recordAudit } from './platform/db/audit';
import { readBackupState } from './platform/db/backup-state';
import { getCentre, saveCentre } from './platform/db/centre';
import { writeTransaction } from './platform/db/write';
import { addNationalPeriods } from './planning/calendar-store';
import { schemaVersion } from './platform/db/migrate';
import { getKnownPreference, setPreference } from './platform/db/preferences';
import type { AreaHandlers } from './platform/handler-types';

type SystemCall = Exclude<keyof typeof systemInputs, 'demo:create'> | Extract<keyof typeof registryInputs, 'audit:list' | 'centre:get' | 'centre:save'>;

/**
 * What the app itself answers: the database file and version, the centre's profile (a new centre
 * also gets the national holidays in its calendar), the screens' preferences, the audit log.
 */
export const systemHandlers = {
  'centre:get': (_args, ctx) => getCentre(ctx.app.db),
  'centre:save': (args, ctx) => {
    const { db } = ctx.app;
    const now = ctx.app.now();
    writeTransaction(db, () => {
      const before = getCentre(db);
      saveCentre(db, args, now);
      recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'centre', entityId: 1, action: 'update', before, after: args });
      // A new centre starts with the national holidays in its production calendar.
      if (!before.isConfigured) addNationalPeriods(db, ctx.app.actor, now);
    });
    return getCentre(db);
  },
  'system:info': (_args, ctx) => ({
    dbPath: ctx.app.dbPath,
    schemaVersion: schemaVersion(ctx.app.db),
    isEmpty: isRegistryEmpty(ctx.app.db),
    appVersion: ctx.app.version,
    backup: readBackupState(ctx.app.db, ctx.app.dbPath),
  }),
  'audit:list': (args, ctx) => listAudit(ctx.app.db, args),
  'prefs:get': (args, ctx) => ({ value: getKnownPreference(ctx.app.db, args.key) }),
  'prefs:set': (args, ctx) => {
    setPreference(ctx.app.db, args.key, args.value);
    return { saved: true as const };
  },
} satisfies AreaHandlers<SystemCall>;
