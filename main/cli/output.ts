import type { AppErrorShape } from '../../shared/result';

/** With `--json` stdout carries exactly one JSON object; people's messages go to stderr. */
export interface Output {
  json: boolean;
  result(value: unknown, human: string): void;
  fail(error: AppErrorShape): number;
  info(text: string): void;
}

export function output(json: boolean): Output {
  return {
    json,
    result(value, human) {
      if (json) process.stdout.write(`${JSON.stringify(value)}\n`);
      else process.stdout.write(`${human}\n`);
    },
    fail(error) {
      if (json) process.stdout.write(`${JSON.stringify({ error })}\n`);
      else process.stderr.write(`${error.message}\n`);
      return 1;
    },
    info(text) {
      process.stderr.write(`${text}\n`);
    },
  };
}
