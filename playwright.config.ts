import { defineConfig } from '@playwright/test';
import { browserLaunchOptions } from './tests/browser/support/launch.ts';
import { APP_PORT, HOST_PORT } from './tests/browser/support/ports.ts';

// Browser tests run on the production build served by `vite preview`.
const PORT = APP_PORT;

export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: browserLaunchOptions(),
    viewport: { width: 1280, height: 800 },
    timezoneId: 'UTC',
    locale: 'en-GB',
    serviceWorkers: 'block',
  },
  webServer: [
    {
      command: `npx vite build --logLevel warn && npx vite build --mode single --logLevel warn && npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // Pages that embed the map from another origin (tests/browser/fixtures/host).
      command: `npx tsx tests/browser/support/hostServer.ts ${HOST_PORT} ${PORT}`,
      url: `http://127.0.0.1:${HOST_PORT}/other.html`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
