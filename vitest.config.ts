import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Unit tests run in Node; the page tests run in Playwright.
    environment: 'node',
    // Most tests take milliseconds; those of the commands run the real thing (a worker thread
    // that loads the reading stages, child processes), which takes seconds on a busy machine.
    testTimeout: 30_000,
  },
});
