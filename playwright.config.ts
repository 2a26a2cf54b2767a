import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./scripts/lib/browser";

const port = Number(process.env.E2E_PORT ?? 3210);
// The system Chromium (Debian: apt-get install chromium) when present; Playwright's own otherwise.
// With neither, `npm test` stops before this suite with one message (scripts/check-browser.ts).
const browser = findChromium();

export default defineConfig({
  testDir: "tests/e2e",
  // Per port, so parallel runs on one machine do not wipe each other's artifacts.
  outputDir: `test-results/e2e-${port}`,
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: browser.found ? browser.path : undefined,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "tsx tests/e2e/support/server.ts",
    url: `http://localhost:${port}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // A metrics token, so the authorization matrix sees /api/metrics as it is when enabled. Request
    // lines stay out of the test output (it pipes the server's); warnings and errors still show.
    env: { E2E_PORT: String(port), METRICS_TOKEN: "e2e-metrics-token-0123456789abcdef", LOG_LEVEL: "warn" },
  },
});
