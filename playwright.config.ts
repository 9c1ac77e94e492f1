import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests run against the built site served with its real headers (scripts/serve.mjs).
 * TEST_DIST points them at another build folder (default dist/), e.g. `astro build --outDir /tmp/x`.
 */
const PORT = Number(process.env.TEST_PORT ?? 4823);
export const HOST_PORT = PORT + 1;

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT} --dir ${process.env.TEST_DIST ?? 'dist'}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
