import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Unit tests are fast, pure and run in Node; the page tests run in Playwright.
    environment: 'node',
  },
});
