import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'main/**/*.test.ts', 'shared/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Real SQLite files and real Chromium: two workers suit this 2-core machine.
    maxWorkers: 2,
    allowOnly: false,
  },
});
