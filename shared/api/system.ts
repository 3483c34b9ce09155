import { z } from 'zod';
import type { Locale } from '../i18n';

/*
 * Screen preferences: only these keys, each with its own bounded value, so a preference can
 * neither grow without end nor hold something a screen cannot read back.
 */

/** The screens' language (renderer/src/i18n.ts). */
export const LANGUAGE_PREF_KEY = 'ui.language';
/** Rupiah per minute of labour for an SPK without its own rate (main/core/production/piece-rates.ts). */
export const RATE_PER_MINUTE_PREF_KEY = 'production.ratePerMinute';
/** A grid's column order, widths, hidden columns and sort (renderer/src/platform/grid/useColumnState.ts): `grid.members`. */
export const GRID_COLUMNS_PREF_KEY = /^grid\.[a-z][A-Za-z0-9]{0,39}$/;

export const MAX_GRID_COLUMNS = 200;
export const MAX_GRID_COLUMNS_JSON = 20_000;

const LOCALE_VALUES = ['id', 'en'] as const satisfies readonly Locale[];

const optionalOrder = z.number().int().min(0).max(MAX_GRID_COLUMNS).nullable().optional();
const optionalSort = z.enum(['asc', 'desc']).nullable().optional();

/**
 * One column as ag-grid's getColumnState() gives it. Fields a grid of this app never sets
 * (pivot, "show values as") are dropped on save; applyColumnState leaves them at their defaults.
 */
const columnState = z.object({
  colId: z.string().min(1).max(100),
  hide: z.boolean().nullable().optional(),
  width: z.number().min(0).max(10_000).nullable().optional(),
  flex: z.number().min(0).max(1_000).nullable().optional(),
  sort: optionalSort,
  sortType: z.enum(['absolute', 'default']).nullable().optional(),
  sortIndex: optionalOrder,
  aggFunc: z.string().max(40).nullable().optional(),
  valueIndex: optionalOrder,
  pivot: z.boolean().nullable().optional(),
  pivotIndex: optionalOrder,
  pivotSort: optionalSort,
  pinned: z.union([z.enum(['left', 'right']), z.boolean()]).nullable().optional(),
  rowGroup: z.boolean().nullable().optional(),
  rowGroupIndex: optionalOrder,
  headerName: z.string().max(200).nullable().optional(),
});

const gridColumns = z
  .array(columnState)
  .max(MAX_GRID_COLUMNS, { error: 'invalid.tooLong' })
  .refine((columns) => JSON.stringify(columns).length <= MAX_GRID_COLUMNS_JSON, { error: 'invalid.tooLong' });

const FIXED_PREFS: Record<string, z.ZodType> = {
  [LANGUAGE_PREF_KEY]: z.enum(LOCALE_VALUES, { error: 'invalid.prefLanguage' }),
  [RATE_PER_MINUTE_PREF_KEY]: z.number({ error: 'invalid.notNumber' }).min(0, { error: 'invalid.negative' }).max(100_000, { error: 'invalid.tooLarge' }),
};

/** The schema of a known preference's value; null for a key no screen uses. */
export function prefValueSchema(key: string): z.ZodType | null {
  if (Object.hasOwn(FIXED_PREFS, key)) return FIXED_PREFS[key];
  return GRID_COLUMNS_PREF_KEY.test(key) ? gridColumns : null;
}

const prefKey = z.string().min(1).max(80);

function unknownKeyIssue(key: string) {
  return { code: 'custom' as const, path: ['key'], message: 'invalid.prefKey', params: { value: JSON.stringify(key) }, input: key };
}

export const systemInputs = {
  'system:info': z.object({}),
  'demo:create': z.object({
    seed: z.number().int().min(0).max(2 ** 31).optional(),
    /** `stress`: 410 workshops, 100,000 orders, 1,000,000 order lines, for `npm run bench`. */
    scale: z.enum(['demo', 'stress']).default('demo'),
  }),
  'prefs:get': z.object({ key: prefKey }).superRefine((input, ctx) => {
    if (!prefValueSchema(input.key)) ctx.addIssue(unknownKeyIssue(input.key));
  }),
  'prefs:set': z.object({ key: prefKey, value: z.json() }).transform((input, ctx) => {
    const schema = prefValueSchema(input.key);
    if (!schema) {
      ctx.addIssue(unknownKeyIssue(input.key));
      return z.NEVER;
    }
    const parsed = schema.safeParse(input.value);
    if (parsed.success) return { key: input.key, value: parsed.data };
    for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: ['value', ...issue.path] });
    return z.NEVER;
  }),
};

/**
 * Why the last backup failed, in terms a treasurer can act on: the disk is full, the backup folder
 * cannot be written (no permission, read-only, a file where the folder should be), the copy of the
 * database failed its check (the database itself is damaged), or something else (see `failureMessage`).
 */
export const BACKUP_FAILURES = ['disk-full', 'not-writable', 'damaged', 'other'] as const;
export type BackupFailure = (typeof BACKUP_FAILURES)[number];

/**
 * The daily backup as the desktop shell and browser mode last saw it, kept in the centre's database
 * so that a failure is still shown after a restart, until a later backup succeeds.
 */
export interface BackupState {
  /** The folder the daily backups go to (`backups/` beside the database). */
  folder: string;
  /** When the newest good backup was made (ISO timestamp, UTC); null when none is known. */
  lastAt: string | null;
  /** That backup's file; null when none is known. */
  lastFile: string | null;
  /** When the latest backup failed (ISO timestamp, UTC); null unless it failed after the last good one. */
  failedAt: string | null;
  /** Why it failed; null when `failedAt` is. */
  failure: BackupFailure | null;
  /** The system's own words for the failure (for whoever helps); null when `failedAt` is. */
  failureMessage: string | null;
}

export interface SystemInfo {
  dbPath: string;
  schemaVersion: number;
  isEmpty: boolean;
  appVersion: string;
  backup: BackupState;
}

export interface DemoSummary {
  members: number;
  units: number;
  unitsWithoutOwner: number;
  workers: number;
  /** Supply-chain rows the demo wrote; absent where only the registry was created. */
  products?: number;
  materials?: number;
  buyers?: number;
  orders?: number;
  orderLines?: number;
}

export interface SystemOutputs {
  'system:info': SystemInfo;
  'demo:create': DemoSummary;
  'prefs:get': { value: unknown };
  'prefs:set': { saved: true };
}
