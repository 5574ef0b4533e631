// End-to-end tests run against what ships: the built, unzipped packages in dist/packages/,
// played by the preview LMS (scorm-again as window.API / API_1484_11). `npm test` builds first;
// on its own run `npm run build` before `npm run test:e2e`.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../support/find-chromium";
import { freePort } from "../support/free-port";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
// Each run starts its own server on a free port (never 4111, `npm start`'s). The port goes into
// the environment because Playwright loads this file again in every worker process.
const port = Number(process.env.E2E_PORT) || (await freePort());
process.env.E2E_PORT = String(port);
const baseURL = `http://127.0.0.1:${port}`;

if (!fs.existsSync(path.join(repoRoot, "dist/preview/index.html")) || !fs.existsSync(path.join(repoRoot, "dist/packages"))) {
  throw new Error("dist/preview or dist/packages is missing: run `npm run build` first (npm test does).");
}

const chromium = findChromium();

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  outputDir: path.join(repoRoot, "test-results"),
  // Two cores: the server, Chromium and the runner share them.
  workers: 2,
  fullyParallel: true,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL,
    browserName: "chromium",
    viewport: { width: 1366, height: 768 },
    launchOptions: { executablePath: chromium.executablePath, args: CHROMIUM_ARGS },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  webServer: {
    command: "npx tsx scorm/preview/serve.ts",
    cwd: repoRoot,
    url: `${baseURL}/lms/packages`,
    env: { PORT: String(port) },
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
