import { startShell } from './shell';

// The desktop entry (out/main/index.js). All logic lives in shell.ts, importable without starting.
void startShell();
