import type { AppErrorShape } from '../../shared/result';

/** Where a run of `sentra` writes: the process's streams for the command, captured ones in tests. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr };

/** With `--json` stdout carries exactly one JSON object; people's messages go to stderr. */
export interface Output {
  json: boolean;
  /** The streams themselves, for what is not a result: the served URL, a terminal's progress line. */
  io: CliIo;
  result(value: unknown, human: string): void;
  fail(error: AppErrorShape): number;
  info(text: string): void;
}

export function output(json: boolean, io: CliIo = processIo): Output {
  return {
    json,
    io,
    result(value, human) {
      if (json) io.stdout.write(`${JSON.stringify(value)}\n`);
      else io.stdout.write(`${human}\n`);
    },
    fail(error) {
      if (json) io.stdout.write(`${JSON.stringify({ error })}\n`);
      else io.stderr.write(`${error.message}\n`);
      return 1;
    },
    info(text) {
      io.stderr.write(`${text}\n`);
    },
  };
}
