import type { filesInputs } from '../../../shared/api/files';
import type { registryInputs } from '../../../shared/api/registry';
import type { systemInputs } from '../../../shared/api/system';
import { AppError } from '../../../shared/result';
import type { AreaHandlers } from '../platform/handler-types';
import { listAudit, recordAudit } from '../platform/db/audit';
import { getCentre, listCategories, saveCentre } from '../platform/db/centre';
import { listMembers } from './member-queries';
import { getKnownPreference, setPreference } from '../platform/db/preferences';
import { isRegistryEmpty, registrySummary } from './registry-queries';
import { schemaVersion } from '../platform/db/migrate';
import { listUnits } from './unit-queries';
import { createDemoCentre } from '../demo';
import { addNationalPeriods } from '../planning/calendar-store';
import { exportFileName, registryWorkbook, templateFileName, templateWorkbook } from '../lists/workbooks';
import { commitImport, previewImport } from '../lists/import';
import { errorFileName, errorWorkbook } from '../platform/import/error-workbook';
import { memberWithHistory, removeMember, restoreMember, saveMember } from './members';
import { saveUnit, setUnitRemovedState, unitWithHistory } from './units';
import { writeTransaction } from '../platform/db/write';

type RegistryCall = keyof typeof registryInputs | keyof typeof filesInputs | keyof typeof systemInputs;

/** The registry's calls, the workbook calls and the system calls. */
export const registryHandlers = {
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
  'categories:list': (_args, ctx) => listCategories(ctx.app.db),
  'members:list': (args, ctx) => listMembers(ctx.app.db, args.includeRemoved),
  'members:get': (args, ctx) => memberWithHistory(ctx, args.id),
  'members:save': (args, ctx) => saveMember(ctx, args),
  'members:remove': (args, ctx) => removeMember(ctx, args.id, args.detachUnits ?? false),
  'members:restore': (args, ctx) => restoreMember(ctx, args.id),
  'units:list': (args, ctx) => listUnits(ctx.app.db, args.includeRemoved),
  'units:get': (args, ctx) => unitWithHistory(ctx, args.id),
  'units:save': (args, ctx) => saveUnit(ctx, args),
  'units:remove': (args, ctx) => setUnitRemovedState(ctx, args.id, true),
  'units:restore': (args, ctx) => setUnitRemovedState(ctx, args.id, false),
  'registry:summary': (args, ctx) => registrySummary(ctx.app.db, args.asOf ?? ctx.app.today()),
  'registry:timeline': (args, ctx) => {
    const today = ctx.app.today();
    const years: number[] = [];
    for (let year = args.fromYear; year <= args.toYear; year++) years.push(year);
    return years.map((year) => {
      const yearEnd = `${year}-12-31`;
      return registrySummary(ctx.app.db, yearEnd < today ? yearEnd : today);
    });
  },
  'audit:list': (args, ctx) => listAudit(ctx.app.db, args),
  'imports:preview': (args, ctx) => previewImport(ctx, args.kind, args.fileName, Buffer.from(args.dataBase64, 'base64'), args.update),
  'imports:commit': async (args, ctx) => {
    const outcome = await commitImport(ctx, args.importId, args.skipInvalid);
    if (outcome === null) throw new AppError('IMPORT_EXPIRED', ctx.t('errors.importExpired'));
    return outcome;
  },
  'imports:errorWorkbook': async (args, ctx) => ({
    fileName: errorFileName(ctx, args.fileName),
    dataBase64: (await errorWorkbook(ctx, Buffer.from(args.dataBase64, 'base64'), args, args.errors)).toString('base64'),
  }),
  'files:export': async (args, ctx) => ({
    fileName: exportFileName(ctx, args.kind),
    dataBase64: (await registryWorkbook(ctx, args.kind)).toString('base64'),
  }),
  'files:template': async (args, ctx) => ({
    fileName: templateFileName(args.kind),
    dataBase64: (await templateWorkbook(ctx, args.kind)).toString('base64'),
  }),
  'system:info': (_args, ctx) => ({
    dbPath: ctx.app.dbPath,
    schemaVersion: schemaVersion(ctx.app.db),
    isEmpty: isRegistryEmpty(ctx.app.db),
    appVersion: ctx.app.version,
  }),
  'demo:create': (args, ctx) => {
    if (!isRegistryEmpty(ctx.app.db)) throw new AppError('NOT_EMPTY', ctx.t('errors.notEmpty'));
    return createDemoCentre(ctx, args.seed ?? 1976, args.scale);
  },
  'prefs:get': (args, ctx) => ({ value: getKnownPreference(ctx.app.db, args.key) }),
  'prefs:set': (args, ctx) => {
    setPreference(ctx.app.db, args.key, args.value);
    return { saved: true as const };
  },
} satisfies AreaHandlers<RegistryCall>;
