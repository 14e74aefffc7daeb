import { defineConfig } from '@playwright/test';

/**
 * Browser tests of the console against a running platform (ONEDOOR_CONSOLE_URL, default the
 * gateway at http://localhost:8080), in the machine's own Chromium: nothing here downloads a
 * browser. system-tests' ConsoleBrowserSystemTest starts the platform, makes the people the
 * tests sign in as (ONEDOOR_E2E_PEOPLE, a JSON file) and runs them.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'target/playwright/results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['junit', { outputFile: 'target/playwright/junit.xml' }]],
  use: {
    baseURL: process.env.ONEDOOR_CONSOLE_URL ?? 'http://localhost:8080',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    // A wait that cannot succeed fails in a minute, not at the end of a long test's budget.
    navigationTimeout: 60_000,
    actionTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.ONEDOOR_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    },
  },
});
