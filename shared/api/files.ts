import { z } from 'zod';

/** Every list that moves through Excel; `sentra template|import|export <kind>`. */
export const IMPORT_KINDS = ['members', 'units', 'products', 'bom', 'materials', 'buyers', 'orders', 'stock', 'exports', 'shipments', 'rates'] as const;
export const importKind = z.enum(IMPORT_KINDS);
export type ImportKind = z.infer<typeof importKind>;

/** Lists with a key a file may update (`--update`); stock is a ledger and is only added to. */
export const UPDATABLE_KINDS: readonly ImportKind[] = ['members', 'units', 'products', 'bom', 'materials', 'buyers', 'orders'];

/** Calls that move workbooks in and out. Bytes travel as base64 so one JSON shape fits IPC and HTTP. */
export const filesInputs = {
  'imports:preview': z.object({
    kind: importKind,
    fileName: z.string().max(260),
    dataBase64: z.string().max(80_000_000),
    /** Rows whose key is stored update that record instead of being refused (lists with a key only). */
    update: z.boolean().default(false),
  }),
  'imports:commit': z.object({ importId: z.string().min(1), skipInvalid: z.boolean().default(false) }),
  /** The rows of a file that failed, as they were, with a column saying why: to fix in Excel and import again. */
  'imports:errorWorkbook': z.object({
    fileName: z.string().max(260),
    dataBase64: z.string().max(80_000_000),
    /** Where the preview found the list (a header is looked for in the first 30 rows). */
    sheetName: z.string().max(200),
    headerRow: z.number().int().min(1).max(30),
    errors: z.array(z.object({ row: z.number().int().min(0), column: z.string().max(400), message: z.string().max(4000) })).max(200_000),
  }),
  'files:export': z.object({ kind: importKind }),
  'files:template': z.object({ kind: importKind }),
};

/** One problem, named as the user sees it in Excel: sheet row number, column header, reason. */
export interface ImportError {
  row: number;
  column: string;
  message: string;
}

export type CellValue = string | number | boolean | null;

/** What a valid row does in update mode; `cells` are the changed ones, by column key. */
export interface RowChange {
  state: 'new' | 'changed' | 'unchanged';
  cells: { key: string; before: CellValue; after: CellValue }[];
}

export interface PreviewRow {
  row: number;
  values: Record<string, CellValue>;
  errors: ImportError[];
  /** Update mode only. */
  change?: RowChange;
}

/** Update mode's counts of valid rows: new records, changed records, rows equal to their record. */
export interface UpdateCounts {
  newRows: number;
  changedRows: number;
  unchangedRows: number;
}

export interface ImportPreview {
  importId: string;
  kind: ImportKind;
  fileName: string;
  sheetName: string;
  headerRow: number;
  columns: { key: string; header: string; column: string }[];
  ignoredHeaders: string[];
  total: number;
  valid: number;
  /** The rows of the problems listed and the first rows without one, for the preview grid. */
  rows: PreviewRow[];
  /** The first problems (at most 1.000), in sheet order; `errorCount` says how many in all. */
  errors: ImportError[];
  errorCount: number;
  /** Rows with at least one problem. */
  invalidRows: number;
  /** Present in update mode. */
  update?: UpdateCounts;
}

/** The shape `sentra import --json` prints; a contract with outside tools. */
export interface ImportOutcome {
  valid: number;
  /** New records written (in update mode too). */
  imported: number;
  /** Update mode only: records changed, and valid rows equal to their record (not written). */
  updated?: number;
  unchanged?: number;
  errors: ImportError[];
}

/**
 * A file the app made (a report, a list, a paper), waiting in the app's outbox under an
 * unguessable id: the desktop's save dialog moves it, browser mode downloads it once from
 * `/download/<fileId>`, the CLI moves it to --out. Its bytes never travel in a call.
 */
export interface MadeFile {
  fileId: string;
  fileName: string;
  /** Its size. */
  bytes: number;
}

export interface FilesOutputs {
  'imports:preview': ImportPreview;
  'imports:commit': ImportOutcome;
  'imports:errorWorkbook': MadeFile;
  'files:export': MadeFile;
  'files:template': MadeFile;
}
