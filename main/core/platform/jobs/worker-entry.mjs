// A report worker started from the TypeScript sources (CLI, browser mode, tests) runs them through
// tsx like the `sentra` command does; the desktop build starts its bundled report-worker.js instead.
import { register } from 'tsx/esm/api';

register();
await import('../../report-worker.ts');
