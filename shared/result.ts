/**
 * Errors travel as data, never as thrown exceptions across a transport: Electron keeps only a
 * thrown error's message, and the screens branch on `code`.
 */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'DUPLICATE'
  | 'MEMBER_HAS_UNITS'
  | 'UNKNOWN_OWNER'
  | 'IMPORT_UNREADABLE'
  | 'IMPORT_NO_HEADER'
  | 'IMPORT_INVALID_ROWS'
  | 'IMPORT_EXPIRED'
  | 'NOT_EMPTY'
  | 'UNKNOWN_CALL'
  | 'UNAUTHORIZED'
  | 'JOB_NOT_DONE'
  /** Another process holds the database's write lock past the busy timeout: try again. */
  | 'BUSY'
  /** The centre's file is open in another process (restore refuses). */
  | 'IN_USE'
  /** A file that is not a Sentra centre (restore, check). */
  | 'NOT_A_CENTRE'
  /** An import past the row, cell or size limits. */
  | 'IMPORT_TOO_LARGE'
  /** Too many or too large requests at once (import previews). */
  | 'TOO_MANY'
  /** Unusual but possible values (a free order line): saved only when the call says `confirm: true`. */
  | 'NEEDS_CONFIRM'
  | 'INTERNAL';

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** Thrown inside main/core; the handler table turns it into a failed Result. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  toShape(): AppErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}
