// Which Chromium the e2e tests launch: Playwright's own build when `npx playwright install
// chromium` has been run, else the distribution's (Debian: /usr/bin/chromium, which CI installs
// with apt). Either way with flags that keep a headless run quiet and offline.
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

export const CHROMIUM_ARGS = [
  // Containers and CI runners have no user namespaces for Chromium's sandbox.
  "--no-sandbox",
  "--disable-gpu",
  // No update checks, sync or component downloads: tests must not touch the network.
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export const NO_CHROMIUM_MESSAGE =
  "No Chromium found. Install one: `apt-get install chromium` (Debian) or `npx playwright install chromium`";

export interface ChromiumChoice {
  executablePath: string;
  source: "playwright" | "system";
}

export function findChromium(): ChromiumChoice {
  const bundled = safeExecutablePath();
  if (bundled && fs.existsSync(bundled)) return { executablePath: bundled, source: "playwright" };
  const system = ["/usr/bin/chromium", ...onPath(["chromium", "chromium-browser"])].find(isExecutable);
  if (system) return { executablePath: system, source: "system" };
  throw new Error(NO_CHROMIUM_MESSAGE);
}

function safeExecutablePath(): string | null {
  try {
    return chromium.executablePath();
  } catch {
    return null; // Playwright throws when its browser registry has no Chromium entry
  }
}

function onPath(names: string[]): string[] {
  const dirs = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  return dirs.flatMap((dir) => names.map((name) => path.join(dir, name)));
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
