import { configDefaults, defineConfig } from 'vitest/config';

// Files that replace modules (the fake `electron`, a stubbed dependency) or the clock run each in
// a fresh module graph; every other file shares its worker's already-loaded modules, since loading
// the core, exceljs and zod again for each of two hundred files cost more than all the tests.
const ISOLATED = ['test/electron/**/*.test.ts', 'test/core/outbox.test.ts', 'test/server/internal-error.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Real SQLite files and real Chromium: two workers suit this 2-core machine.
    maxWorkers: 2,
    allowOnly: false,
    // expect.poll waits for what the user would see (a saved layout, a recount); a busy CI machine
    // needs longer than vitest's default second. A bound on a wait, never a timed assertion.
    expect: { poll: { timeout: 10_000 } },
    projects: [
      {
        extends: true,
        test: { name: 'isolated', include: ISOLATED },
      },
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['test/**/*.test.ts', 'main/**/*.test.ts', 'shared/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...ISOLATED],
          isolate: false,
          // The demonstration centre made once for the run; tests copy it (test/helpers/demo-centre.ts).
          globalSetup: ['test/helpers/demo-setup.ts'],
        },
      },
    ],
  },
});
