import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';

// Browser tests run against the production build (`vite build`, run once by `npm test`), served by
// `vite preview`, in Debian's Chromium: test tools cannot download browsers on these machines.
// PW_PORT and PW_DIST let two runs side by side each serve their own build.
const PORT = Number(process.env.PW_PORT ?? 4173);
const DIST = process.env.PW_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // The suite mostly waits (media playing in real time, polls): on two cores, three workers take
  // 7.8 min where two took 8.7–9.4 (the CI budget is 10 minutes for everything).
  workers: 3,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }], ['html', { open: 'never', outputFolder: 'reports/playwright-html' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Recording a trace costs about a fifth of the suite's time: in CI, only a retried test records
    // one (its first attempt failed); locally, every test records and keeps it if it fails.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: findChromium(),
          args: [...CHROMIUM_ARGS],
        },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
