// `npm run bench [-- --no-build] [-- --no-throttle] [-- --runs N] [-- --package primary-scorm12] [-- --no-analysis]`
//
// Builds the packages (unless --no-build), prints the gzip size of every JS and CSS file and each
// zip, a bundle analysis (which modules cost what), then serves each band's SCORM 1.2 package
// (unzipped, gzip like an LMS web server: test/bench/gzip-server.ts) and loads it standalone (no
// LMS) in Chromium, cold cache, N runs (default 5), by default throttled like a cheap phone on a
// slow shared connection: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip, 4x CPU slowdown.
// Prints median / min / max. Asserts nothing about time (machines are noisy); exits 0 unless it
// could not measure at all.
//
// "Usable": a MutationObserver installed before any page script watches for the first screen's
// main button (nav "Next", "Tiếp theo") to be in the DOM, rendered (has a layout box) and enabled.
// Preact attaches the click handler while creating the element, so it can be clicked from then
// on; we then wait for the next frame (requestAnimationFrame + setTimeout 0) so the figure
// includes painting it. Times are performance.now() in the page: ms since navigation start.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { DIST_DIR, REPO_ROOT } from "../../scorm/repo-paths";
import {
  builtPackages,
  filesWithExtension,
  firstScreenFiles,
  formatKB,
  languageChunks,
  largestLearnerDownload,
  learnerFiles,
  sized,
  sumGzip,
  type BuiltPackage,
} from "../support/built-assets";
import { CHROMIUM_ARGS, findChromium } from "../support/find-chromium";
import { analyseBand } from "./bundle-analysis";
import { servePackage } from "./gzip-server";

const THROTTLE = {
  downloadKbit: 1600,
  uploadKbit: 750,
  latencyMs: 150,
  cpuRate: 4,
};
const VIEWPORT = { width: 360, height: 740 }; // a cheap Android phone

interface Options {
  build: boolean;
  throttle: boolean;
  runs: number;
  analysis: boolean;
  packages: string[];
}

function parseArgs(argv: string[]): Options {
  const options: Options = { build: true, throttle: true, runs: 5, analysis: true, packages: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--no-build") options.build = false;
    else if (arg === "--no-throttle") options.throttle = false;
    else if (arg === "--no-analysis") options.analysis = false;
    else if (arg === "--runs") options.runs = Math.max(1, Number(argv[++i]) || 5);
    else if (arg === "--package") options.packages.push(argv[++i] ?? "");
    else {
      console.error(`Unknown option ${arg}. Options: --no-build --no-throttle --no-analysis --runs N --package <dist/packages folder>`);
      process.exit(2);
    }
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.build) {
    console.log("Building (npm run build)…");
    const result = spawnSync("npm", ["run", "build"], { cwd: REPO_ROOT, stdio: "inherit" });
    if (result.status !== 0) throw new Error("npm run build failed");
  }
  const all = builtPackages();
  if (all.length === 0) throw new Error("No packages in dist/packages/: run `npm run build` first (or drop --no-build).");

  printSizes(all);
  const toLoad = options.packages.length
    ? all.filter((p) => options.packages.includes(p.name))
    : all.filter((p) => p.name.endsWith("-scorm12"));
  if (toLoad.length === 0) throw new Error(`No such package: ${options.packages.join(", ")}`);
  if (options.analysis) {
    for (const band of new Set(toLoad.map((p) => p.name.replace(/-scorm(?:12|2004)$/, "")))) await printAnalysis(band);
  }

  const chromiumChoice = findChromium();
  const browser = await chromium.launch({ executablePath: chromiumChoice.executablePath, args: CHROMIUM_ARGS });
  try {
    console.log(
      `\nLoad: Chromium ${browser.version()} (${chromiumChoice.source}), ${os.cpus()[0]?.model ?? "unknown CPU"} x${os.cpus().length}, ` +
        (options.throttle
          ? `throttled: ${THROTTLE.downloadKbit / 1000} Mbit/s down, ${THROTTLE.uploadKbit} kbit/s up, ${THROTTLE.latencyMs} ms RTT, ${THROTTLE.cpuRate}x CPU`
          : "no throttling") +
        `, ${options.runs} cold-cache runs, viewport ${VIEWPORT.width}x${VIEWPORT.height}, standalone (no LMS)`,
    );
    for (const pkg of toLoad) await benchPackage(browser, pkg, options);
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Sizes

function printSizes(packages: BuiltPackage[]): void {
  console.log("\nSizes (gzip -6 as served by the bench server; gzip -1 = nginx's default level; 1 KB = 1000 bytes)");
  const seen = new Map<string, string>(); // identical app files in both SCORM versions: print once per band
  for (const pkg of packages) {
    const band = pkg.name.replace(/-scorm(?:12|2004)$/, "");
    const files = filesWithExtension(pkg.dir, [".js", ".mjs", ".css"]);
    const signature = files.join(",");
    if (seen.get(band) === signature) {
      console.log(`  ${pkg.name}: same JS/CSS as ${band}-scorm12`);
      continue;
    }
    seen.set(band, signature);
    const first = firstScreenFiles(pkg.dir);
    const learnerSet = new Set(learnerFiles(pkg.dir));
    const firstSet = new Set([...first.js, ...first.css]);
    const langOf = new Map([...languageChunks(pkg.dir)].flatMap(([lang, fs_]) => fs_.map((f) => [f, lang] as const)));
    const level1 = new Map(sized(pkg.dir, files, 1).map((f) => [f.file, f.gzip]));
    console.log(`  ${pkg.name}`);
    console.log(`    ${"file".padEnd(42)} ${"raw".padStart(9)} ${"gzip -6".padStart(9)} ${"gzip -1".padStart(9)}  loaded`);
    for (const f of sized(pkg.dir, files)) {
      const when = firstSet.has(f.file)
        ? "first screen"
        : !learnerSet.has(f.file)
          ? "classroom only"
          : langOf.has(f.file)
            ? `lazy, ${langOf.get(f.file)} only`
            : "lazy";
      console.log(
        `    ${f.file.padEnd(42)} ${formatKB(f.bytes).padStart(9)} ${formatKB(f.gzip).padStart(9)} ${formatKB(level1.get(f.file) ?? 0).padStart(9)}  ${when}`,
      );
    }
    // Words ship as data, one file per language (lesson + UI strings); the default one is preloaded.
    const dataFiles = fs.existsSync(path.join(pkg.dir, "lesson")) ? fs.readdirSync(path.join(pkg.dir, "lesson")).sort().map((n) => `lesson/${n}`) : [];
    const level1Data = new Map(sized(pkg.dir, dataFiles, 1).map((f) => [f.file, f.gzip]));
    for (const f of sized(pkg.dir, dataFiles)) {
      const preloaded = fs.readFileSync(path.join(pkg.dir, "index.html"), "utf8").includes(`href="./${f.file}"`);
      console.log(
        `    ${f.file.padEnd(42)} ${formatKB(f.bytes).padStart(9)} ${formatKB(f.gzip).padStart(9)} ${formatKB(level1Data.get(f.file) ?? 0).padStart(9)}  ${preloaded ? "first screen (data, preloaded)" : "data, when that language is chosen"}`,
      );
    }
    const firstJs = sumGzip(sized(pkg.dir, first.js));
    const learner = largestLearnerDownload(pkg.dir);
    const whole = sumGzip(sized(pkg.dir, files.filter((f) => learnerSet.has(f))));
    console.log(`    first-screen JS (entry + static imports):  ${formatKB(firstJs)}  (budget 40.0 KB)`);
    console.log(`    all JS + CSS one learner can load${learner.language ? ` (${learner.language})` : ""}:  ${formatKB(learner.gzip)}  (budget 60.0 KB)`);
    console.log(`    all JS + CSS of the learner's app, every language:  ${formatKB(whole)}`);
  }
  console.log("  Zips:");
  for (const name of fs.readdirSync(DIST_DIR).filter((n) => /^call-111-.*\.zip$/.test(n)).sort()) {
    console.log(`    dist/${name.padEnd(38)} ${formatKB(fs.statSync(path.join(DIST_DIR, name)).size).padStart(9)}`);
  }
}

async function printAnalysis(band: string): Promise<void> {
  console.log(`\nBundle analysis, ${band} (fresh in-memory build of the working tree; modules minified and gzipped alone,`);
  console.log(`share = that scaled to the chunk's real gzip size, so shares add up to the chunk)`);
  for (const chunk of await analyseBand(band)) {
    const kind = chunk.isEntry ? "entry (first screen)" : chunk.isDynamicEntry ? "lazy" : "shared lazy";
    console.log(`  ${chunk.fileName}  ${formatKB(chunk.gzip)} gzip  [${kind}]`);
    for (const g of chunk.groups) {
      console.log(
        `    ${g.group.padEnd(36)} ${formatKB(g.minified).padStart(9)} min ${formatKB(g.gzipAlone).padStart(9)} gz alone ${formatKB(g.gzipShare).padStart(9)} share`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Load timing

interface RunResult {
  usable: number;
  usableDom: number;
  fcp: number;
  bytesToUsable: number;
  requestsToUsable: number;
  bytesTotal: number;
  requestsTotal: number;
}

/**
 * Installed before any page script (as source text: tsx would wrap a passed function in helpers
 * that do not exist in the page).
 */
function probeScript(nextTexts: string[]): string {
  return `(() => {
    const nextTexts = ${JSON.stringify(nextTexts)};
    const bench = (window.__bench = {});
    const found = () => Array.from(document.querySelectorAll("button")).some((b) =>
      nextTexts.some((t) => (b.textContent || "").includes(t)) &&
      !b.disabled && b.getAttribute("aria-disabled") !== "true" && b.getClientRects().length > 0);
    const observer = new MutationObserver(() => {
      if (bench.usableDom !== undefined || !found()) return;
      bench.usableDom = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => { bench.usable = performance.now(); }, 0));
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["disabled", "class", "hidden"] });
  })();`;
}

function nextButtonTexts(): string[] {
  const dir = path.join(REPO_ROOT, "src/i18n/strings");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => (JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as Record<string, string>)["nav.next"])
    .filter((t): t is string => typeof t === "string" && t.length > 0);
}

async function oneRun(browser: Browser, url: string, throttle: boolean): Promise<RunResult> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: "vi-VN", serviceWorkers: "block" });
  try {
    await context.addInitScript({ content: probeScript(nextButtonTexts()) });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.clearBrowserCache");
    let inflight = 0;
    let lastActivity = Date.now();
    cdp.on("Network.requestWillBeSent", () => {
      inflight++;
      lastActivity = Date.now();
    });
    const done = () => {
      inflight = Math.max(0, inflight - 1);
      lastActivity = Date.now();
    };
    cdp.on("Network.loadingFinished", done);
    cdp.on("Network.loadingFailed", done);
    if (throttle) {
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: THROTTLE.latencyMs,
        downloadThroughput: (THROTTLE.downloadKbit * 1000) / 8,
        uploadThroughput: (THROTTLE.uploadKbit * 1000) / 8,
      });
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE.cpuRate });
    }
    page.on("pageerror", (e) => console.error(`    page error: ${e.message}`));
    await page.goto(url, { waitUntil: "commit", timeout: 60_000 });
    await page.waitForFunction(() => (window as unknown as { __bench: { usable?: number } }).__bench.usable !== undefined, null, {
      timeout: 60_000,
      polling: 100,
    });
    // Let the idle preload of the lazy screens (1.5 s after the first screen) finish too.
    const settleFrom = Date.now();
    while (Date.now() - settleFrom < 2500 || inflight > 0 || Date.now() - lastActivity < 1000) {
      if (Date.now() - settleFrom > 30_000) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    // A string, not a function: tsx would add helpers (__name) that do not exist in the page.
    return (await page.evaluate(`(() => {
      const bench = window.__bench;
      const entries = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")];
      const until = entries.filter((e) => e.responseEnd <= bench.usable);
      const bytes = (list) => list.reduce((s, e) => s + e.transferSize, 0);
      const fcp = performance.getEntriesByName("first-contentful-paint")[0];
      return {
        usable: bench.usable,
        usableDom: bench.usableDom,
        fcp: fcp ? fcp.startTime : NaN,
        bytesToUsable: bytes(until),
        requestsToUsable: until.length,
        bytesTotal: bytes(entries),
        requestsTotal: entries.length,
      };
    })()`)) as RunResult;
  } finally {
    await context.close();
  }
}

async function benchPackage(browser: Browser, pkg: BuiltPackage, options: Options): Promise<void> {
  const server = await servePackage(pkg.dir);
  const runs: RunResult[] = [];
  try {
    console.log(`\n  ${pkg.name}  ${server.url}index.html`);
    for (let i = 0; i < options.runs; i++) {
      const r = await oneRun(browser, `${server.url}index.html`, options.throttle);
      runs.push(r);
      console.log(
        `    run ${i + 1}: usable ${ms(r.usable)} (DOM ${ms(r.usableDom)}), FCP ${ms(r.fcp)}, ` +
          `${formatKB(r.bytesToUsable)} in ${r.requestsToUsable} requests until usable, ${formatKB(r.bytesTotal)} in ${r.requestsTotal} after idle preload`,
      );
    }
  } finally {
    await server.close();
  }
  const rows: [string, (r: RunResult) => number, (n: number) => string][] = [
    ["first screen usable", (r) => r.usable, ms],
    ["  (button in DOM, before paint)", (r) => r.usableDom, ms],
    ["First Contentful Paint", (r) => r.fcp, ms],
    ["bytes until usable", (r) => r.bytesToUsable, formatKB],
    ["requests until usable", (r) => r.requestsToUsable, String],
    ["bytes incl. idle preload", (r) => r.bytesTotal, formatKB],
    ["requests incl. idle preload", (r) => r.requestsTotal, String],
  ];
  console.log(`    ${"".padEnd(34)} ${"median".padStart(9)} ${"min".padStart(9)} ${"max".padStart(9)}`);
  for (const [label, pick, fmt] of rows) {
    const values = runs.map(pick).sort((a, b) => a - b);
    console.log(`    ${label.padEnd(34)} ${fmt(median(values)).padStart(9)} ${fmt(values[0]!).padStart(9)} ${fmt(values[values.length - 1]!).padStart(9)}`);
  }
  if (options.throttle) {
    const med = median(runs.map((r) => r.usable).sort((a, b) => a - b));
    console.log(`    budget: first screen usable <= 1500 ms median: ${med <= 1500 ? "within" : "OVER"} (${ms(med)}; not asserted)`);
  }
}

function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function ms(n: number): string {
  return Number.isFinite(n) ? `${Math.round(n)} ms` : "n/a";
}

main().catch((error: unknown) => {
  console.error(`\nbench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
