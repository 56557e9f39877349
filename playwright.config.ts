import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './tests/e2e/browser.ts';

const port = Number(process.env.PREVIEW_PORT ?? 4329);

/**
 * Page tests run in a real Chromium against the built site served by
 * `astro preview` (build first: `npm run test:e2e` does). Playwright cannot
 * download browsers here, so it drives the system Chromium found by tests/e2e/browser.ts.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      executablePath: findChromium(),
      // Root in a container needs --no-sandbox; background networking stays off on a closed network.
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined }, testIgnore: /lighthouse\.spec\.ts$/ },
    // Lighthouse times the pages, so it runs alone once the other page tests are done
    // (`--no-deps` runs it by itself).
    { name: 'lighthouse', testMatch: /lighthouse\.spec\.ts$/, dependencies: ['chromium'] },
  ],
  webServer: {
    command: `astro preview --port ${port} --host localhost --ignore-lock`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
