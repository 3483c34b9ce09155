import type { AppErrorShape, DetailsArgument, ErrorCode, ErrorDetails } from './errors';

/**
 * Errors travel as data, never as thrown exceptions across a transport: Electron keeps only a
 * thrown error's message, and the screens branch on `code`. The codes and the details each
 * carries are a closed union in shared/errors.ts.
 */
export type { AppErrorShape, ErrorCode, ErrorDetails } from './errors';

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/**
 * Thrown inside main/core; the handler table turns it into a failed Result. The code picks the
 * details it must carry: `new AppError('BAD_TRANSITION', message, { entity, from, to, allowed })`.
 */
export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  readonly details: ErrorDetails<C> | undefined;
  constructor(code: C, message: string, ...[details]: DetailsArgument<C>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  /** A refusal that arrived as data (a worker, a job, a call) thrown again as it was. */
  static from(error: AppErrorShape): AppError {
    return new AppError<ErrorCode>(error.code, error.message, error.details);
  }
  toShape(): AppErrorShape {
    // The constructor took details of this code's schema; TypeScript cannot pair a generic code with its member of the union.
    const shape = this.details === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, details: this.details };
    return shape as AppErrorShape;
  }
}
