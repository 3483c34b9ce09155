#!/usr/bin/env node
// The `sentra` command runs the TypeScript sources through tsx, so the CLI needs no build step.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// tsx looks for tsconfig.json in the working folder: run from anywhere else it would compile the
// report charts' JSX the classic way ("React is not defined"). The CLI and its workers (which
// inherit this environment) always use the product's own.
process.env.TSX_TSCONFIG_PATH ??= fileURLToPath(new URL('../../tsconfig.json', import.meta.url));
register();
const { main } = await import('./index.ts');
process.exitCode = await main(process.argv.slice(2));
