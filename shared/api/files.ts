import { z } from 'zod';

/** Every list that moves through Excel; `sentra template|import|export <kind>`. */
export const IMPORT_KINDS = ['members', 'units', 'products', 'bom', 'materials', 'buyers', 'orders', 'stock', 'exports', 'shipments', 'rates'] as const;
export const importKind = z.enum(IMPORT_KINDS);
export type ImportKind = z.infer<typeof importKind>;

/** Calls that move workbooks in and out. Bytes travel as base64 so one JSON shape fits IPC and HTTP. */
export const filesInputs = {
  'imports:preview': z.object({
    kind: importKind,
    fileName: z.string().max(260),
    dataBase64: z.string().max(80_000_000),
  }),
  'imports:commit': z.object({ importId: z.string().min(1), skipInvalid: z.boolean().default(false) }),
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

export interface PreviewRow {
  row: number;
  values: Record<string, CellValue>;
  errors: ImportError[];
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
}

/** The shape `sentra import --json` prints; a contract with outside tools. */
export interface ImportOutcome {
  valid: number;
  imported: number;
  errors: ImportError[];
}

export interface FileBytes {
  fileName: string;
  dataBase64: string;
}

export interface FilesOutputs {
  'imports:preview': ImportPreview;
  'imports:commit': ImportOutcome;
  'files:export': FileBytes;
  'files:template': FileBytes;
}
