import { defineConfig } from '@playwright/test';
import { ADMIN, BASE_URL, PORT } from './support/world';

/**
 * Browser tests of the built app (`npm run build` first) against the built service on a fresh in-memory database,
 * driving Debian's Chromium (`/usr/bin/chromium`; browsers are not downloaded). Screenshots and traces of failures go
 * to web/test-results (ignored by git).
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.pw.ts',
  outputDir: '../test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Generous: axe-core runs twice per screen, and CI machines are shared.
  timeout: 480_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    locale: 'en-GB',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node dist/src/main.js',
    cwd: '../..',
    url: `${BASE_URL}/health/ready`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      NODE_ENV: 'test',
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATABASE_URL: 'pglite://memory',
      JWT_SECRET: 'browser-tests-secret-that-is-long-enough-0123456789',
      BCRYPT_ROUNDS: '4',
      RATE_LIMIT_ADDRESS_MAX: '0',
      RATE_LIMIT_BOOKINGS_PER_MINUTE: '0',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
      // Waitlist offers are made by the job runner: look for due work every second, not every 15.
      JOBS_INTERVAL_MS: '1000',
      WEB_ROOT: 'web/dist',
    },
  },
});
