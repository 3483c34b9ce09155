import { z } from 'zod';
import { CURRENCIES } from './money';

/**
 * Every refusal the backend can give, each code with its own details schema: the screens branch
 * on `code` and read `details` typed, never guessing its shape. Adding a code means one entry
 * here and a line in README.md (test/api/error-contract.test.ts checks both).
 */

/** Where a refusal points: the form field (`lines.2.qty`), and the 1-based line it names. */
const place = {
  field: z.string().optional(),
  line: z.number().int().positive().optional(),
};

/** One field's problem, as the contract's validation names it. */
export const fieldIssueSchema = z.object({ field: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

const paperGapSchema = z.object({ subject: z.enum(['exporter', 'buyer', 'order', 'product']), ref: z.string(), field: z.string() });
const shortLineSchema = z.object({ lineNo: z.number(), sku: z.string(), ordered: z.number(), accepted: z.number() });
const ownedUnitSchema = z.object({ id: z.number(), unitCode: z.string(), name: z.string() });
/** A unit a member still owns, as MEMBER_HAS_UNITS names it. */
export type OwnedUnit = z.infer<typeof ownedUnitSchema>;

/** Records whose status or use can lock them against a change, or whose status moves by a workflow. */
export const LOCKABLE_ENTITIES = ['order', 'shipment', 'purchase', 'assignment'] as const;
const entity = z.enum(LOCKABLE_ENTITIES);

const none = z.undefined();
const placeOnly = z.object(place).optional();

export const errorDetailSchemas = {
  /** A value the call does not take: the field, or each field's problem; a list of what is known. */
  INVALID_INPUT: z
    .object({
      ...place,
      fields: z.array(fieldIssueSchema).optional(),
      /** The names a value had to be one of (a report's name). */
      known: z.array(z.string()).optional(),
      /** An order declared ready that deliveries do not cover: what each line lacks. */
      short: z.array(shortLineSchema).optional(),
      /** A paper refused while details it prints are missing. */
      gaps: z.array(paperGapSchema).optional(),
      /** The file refused (restoring a centre from itself). */
      path: z.string().optional(),
    })
    .optional(),
  NOT_FOUND: z.object({ ...place, path: z.string().optional() }).optional(),
  DUPLICATE: placeOnly,
  /** Two records of one fact disagree and the user chooses (a month with shipments and a history row). */
  CONFLICT: z.object({
    ...place,
    entity: z.enum(['exportMonth']),
    id: z.string(),
    /** The figures that disagree, by name (USD cents). */
    values: z.record(z.string(), z.number()),
  }),
  /** A record its status (or the records built on it) no longer lets change. */
  LOCKED_RECORD: z.object({
    ...place,
    entity,
    id: z.number(),
    /** `status`: its status allows no change; `referenced`: other records rely on what would go. */
    reason: z.enum(['status', 'referenced']),
    status: z.string(),
  }),
  /** A status change the workflow does not allow; `allowed` lists where it may go from `from`. */
  BAD_TRANSITION: z.object({ ...place, entity, from: z.string(), to: z.string(), allowed: z.array(z.string()) }),
  /** Lines in more than one currency where one record holds one. */
  MIXED_CURRENCY: z.object({ ...place, currency: z.enum(CURRENCIES), other: z.enum(CURRENCIES) }),
  /** More received (goods from a supplier, pieces from a workshop) than is still open. */
  OVER_RECEIPT: z.object({ ...place, open: z.number(), qty: z.number() }),
  MEMBER_HAS_UNITS: z.object({ units: z.array(ownedUnitSchema) }),
  UNKNOWN_OWNER: placeOnly,
  IMPORT_UNREADABLE: none,
  IMPORT_NO_HEADER: z.object({ sheet: z.string(), row: z.number().optional(), column: z.string().optional() }).optional(),
  IMPORT_INVALID_ROWS: none,
  IMPORT_EXPIRED: none,
  NOT_EMPTY: none,
  UNKNOWN_CALL: none,
  UNAUTHORIZED: none,
  JOB_NOT_DONE: none,
  /** Another process holds the database's write lock past the busy timeout: try again. */
  BUSY: none,
  /** The centre's file is open in another process (restore refuses). */
  IN_USE: z.object({ path: z.string(), pid: z.number().optional() }),
  /** A file that is not a Sentra centre (restore, check): the test it failed. */
  NOT_A_CENTRE: z.object({
    test: z.enum(['empty', 'not-sqlite', 'no-schema', 'newer', 'unknown-migration', 'checksum', 'integrity', 'foreign-keys', 'no-centre']),
    path: z.string().optional(),
    version: z.number().optional(),
    integrity: z.array(z.string()).optional(),
    foreignKeys: z.number().optional(),
  }),
  /** An import past the row, cell or size limits: where, or the limit and the part. */
  IMPORT_TOO_LARGE: z
    .object({
      sheet: z.string().optional(),
      row: z.number().optional(),
      column: z.string().optional(),
      file: z.string().optional(),
      part: z.string().optional(),
      max: z.number().optional(),
      megabytes: z.number().optional(),
    })
    .optional(),
  /** Too many or too large requests at once (import previews). */
  TOO_MANY: none,
  /** Unusual but possible values (a free order line): saved only when the call says `confirm: true`. */
  NEEDS_CONFIRM: z.object({ warnings: z.array(z.object({ field: z.string(), line: z.number(), message: z.string() })) }),
  INTERNAL: none,
} satisfies Record<string, z.ZodType>;

export type ErrorCode = keyof typeof errorDetailSchemas;

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(errorDetailSchemas, value);
}

/** Every code, in the order above. */
export const ERROR_CODES: readonly ErrorCode[] = Object.keys(errorDetailSchemas).filter(isErrorCode);

/** The details a code carries (undefined where the code carries none or they are optional). */
export type ErrorDetails<C extends ErrorCode> = z.infer<(typeof errorDetailSchemas)[C]>;

/** The details argument of a code: required where its schema requires it, else optional. */
export type DetailsArgument<C extends ErrorCode> = undefined extends ErrorDetails<C> ? [details?: ErrorDetails<C>] : [details: ErrorDetails<C>];

/** A refusal as it travels (IPC, HTTP, CLI, worker messages): narrowing on `code` types `details`. */
export type AppErrorShape = {
  [C in ErrorCode]: undefined extends ErrorDetails<C>
    ? { code: C; message: string; details?: ErrorDetails<C> }
    : { code: C; message: string; details: ErrorDetails<C> };
}[ErrorCode];

/** Where a refusal points: a field, a 1-based line, or a problem per field. */
export interface ErrorPlace {
  field: string | null;
  line: number | null;
  fields: FieldIssue[];
}

/** Where a refusal points, whatever its code: for forms and import rows. */
export function placeOf(error: AppErrorShape): ErrorPlace {
  const details = error.details;
  if (details === undefined) return { field: null, line: null, fields: [] };
  return {
    field: 'field' in details ? (details.field ?? null) : null,
    line: 'line' in details ? (details.line ?? null) : null,
    fields: 'fields' in details ? (details.fields ?? []) : [],
  };
}
