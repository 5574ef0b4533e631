// Every JavaScript file of every built package must run in Chrome/Edge 80, Firefox 78 and
// Safari 13.1 (vite.config.ts build.target; DESIGN.md "Old devices"): ES2019 syntax plus dynamic
// import(), and no built-in API those browsers lack unless it is feature-tested.
// test/support/old-browser-check.ts says exactly what is looked for. Runs after `npm run build`.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../scorm/repo-paths";
import { builtPackages, filesWithExtension } from "../support/built-assets";
import { findBeyondTarget, type Finding } from "../support/old-browser-check";
import { findCssBeyondTarget } from "../support/old-browser-css-check";

/**
 * Library code we cannot change that uses a newer API, reviewed: each entry is accepted only
 * where the source just before it contains `before`.
 */
const REVIEWED_LIBRARY_USES = [
  {
    what: "Intl.RelativeTimeFormat",
    before: "relativetime:",
    why: "i18next's Formatter creates it only for a `{{x, relativetime}}` string; ours use no formats (checked below)",
  },
  {
    what: "Intl.ListFormat",
    before: "list:",
    why: "i18next's Formatter creates it only for a `{{x, list}}` string; ours use no formats (checked below)",
  },
];

function reviewed(finding: Finding): boolean {
  const before = finding.context.slice(0, 60);
  return REVIEWED_LIBRARY_USES.some((r) => finding.what.startsWith(r.what) && before.includes(r.before));
}

function describeFindings(file: string, findings: Finding[]): string {
  return findings
    .map((f) => `${file}:${f.line}:${f.column + 1}: ${f.what}\n      near: …${f.context.replace(/\s+/g, " ")}…`)
    .join("\n");
}

describe("the old-browser check itself", () => {
  const rejected: [string, string, RegExp][] = [
    ["optional chaining", "export const f = (a) => a?.b;", /optional chaining/],
    ["optional call", "export const f = (a) => a.b?.();", /optional chaining/],
    ["nullish coalescing", "export const f = (a) => a ?? 1;", /nullish coalescing/],
    ["BigInt", "export const n = 10n;", /BigInt/],
    ["export * as", 'export * as ns from "./x.js";', /export \* as/],
    ["class fields", "export class A { x = 1; }", /newer than ES2020/],
    ["private methods", "export class A { #m() {} }", /newer than ES2020/],
    ["static blocks", "export class A { static { } }", /newer than ES2020/],
    ["numeric separators", "export const n = 1_000;", /newer than ES2020/],
    ["logical assignment", "export let a; a ||= 1;", /newer than ES2020/],
    ["nullish assignment", "export let a; a ??= 1;", /newer than ES2020/],
    ["top-level await", "await Promise.resolve(); export {};", /newer than ES2020/],
    ["regexp lookbehind", "export const r = /(?<=a)b/;", /lookbehind/],
    ["negative lookbehind via RegExp()", 'export const r = new RegExp("(?<!a)b");', /lookbehind/],
    ["regexp d flag", "export const r = /a/d;", /newer than ES2020/],
    ["structuredClone", "export const c = (x) => structuredClone(x);", /structuredClone/],
    ["Array.prototype.at", "export const last = (a) => a.at(-1);", /\.at\(\)/],
    ["Object.hasOwn", "export const h = (o) => Object.hasOwn(o, 'x');", /Object\.hasOwn/],
    ["findLast", "export const f = (a) => a.findLast(Boolean);", /findLast/],
    ["replaceAll", "export const r = (s) => s.replaceAll('a', 'b');", /replaceAll/],
    ["replaceAll inside a test", "export const r = (s) => { if (s.replaceAll('a', 'b')) return 1; };", /replaceAll/],
    ["Promise.any", "export const p = Promise.any([]);", /Promise\.any/],
    ["AggregateError", "export const e = new AggregateError([]);", /AggregateError/],
    ["WeakRef", "export const w = new WeakRef({});", /WeakRef/],
    ["replaceChildren", "export const r = (el, c) => el.replaceChildren(c);", /replaceChildren/],
    ["import.meta.resolve", 'export const u = import.meta.resolve("./x.js");', /import\.meta\.resolve/],
  ];
  it.each(rejected)("rejects %s", (_name, code, expected) => {
    const findings = findBeyondTarget(code);
    expect(findings.map((f) => f.what).join("\n")).toMatch(expected);
    expect(findings[0]!.line).toBe(1);
  });

  it("reports the line and column of what it found", () => {
    const findings = findBeyondTarget("export const a = 1;\nexport const f = (o) =>\n  o?.b;\n");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 3, column: 2, what: expect.stringMatching(/optional chaining/) });
  });

  it("accepts ES2019, dynamic import(), import.meta.url and feature-tested APIs", () => {
    const code = [
      'import { x } from "./x.js";',
      "export const load = () => import(`./lazy.js`);",
      "export const base = new URL('.', import.meta.url);",
      "export const url = (s) => import.meta.resolve ? new URL(import.meta.resolve(s)) : new URL(s, import.meta.url);",
      "export const safe = (o) => o == null ? void 0 : o.b;",
      "export async function* gen() { for await (const v of x) yield { ...v }; }",
      "export const flat = (a) => a.flat().flatMap((v) => [v]);",
      "export const all = (p) => Promise.allSettled(p).then(() => Object.fromEntries([]));",
      'export const named = /(?<year>\\d{4})/su;',
      "export const clone = (v) => typeof structuredClone === 'function' ? structuredClone(v) : JSON.parse(JSON.stringify(v));",
      "export const dir = (l) => { try { return new Intl.Locale(l); } catch { return null; } };",
      "export const put = (el, c) => { if ('replaceChildren' in el) el.replaceChildren(c); else el.appendChild(c); };",
      "export const q = () => queueMicrotask(() => globalThis.x = ''.matchAll(/a/g));",
      "export const obj = { at: 1, hasOwn: 2 }; obj.at = 3;",
    ].join("\n");
    expect(findBeyondTarget(code)).toEqual([]);
  });
});

describe("the old-browser CSS check itself", () => {
  const rejected: [string, string, RegExp][] = [
    ["gap in a flex box", ".row{display:flex;gap:.5rem}", /gap outside a grid/],
    ["gap with the display set elsewhere", ".row{gap:.5rem 1rem}", /gap outside a grid/],
    ["row-gap in a flex box inside @media", "@media (min-width:40em){.row{flex-wrap:wrap;row-gap:1rem}}", /gap outside a grid/],
    ["aspect-ratio", ".pic{aspect-ratio:4/3}", /aspect-ratio/],
    ["inset", ".dialog{position:fixed;inset:0}", /inset/],
    [":is()", ":is(h1,h2){margin:0}", /:is\(\) \/ :where\(\)/],
    [":has()", ".card:has(img){padding:0}", /:has\(\)/],
    ["dynamic viewport units", ".app{min-height:100dvh}", /dynamic viewport/],
    ["@container", "@container (min-width:30em){.a{color:red}}", /@container/],
  ];
  it.each(rejected)("rejects %s", (_name, css, expected) => {
    expect(findCssBeyondTarget(css).map((f) => f.what).join("\n")).toMatch(expected);
  });

  it("accepts gap in a grid, margins in a flex box, and what the targets have", () => {
    const css = [
      ".grid{display:grid;grid-template-columns:1fr 1fr;gap:.6rem}",
      "@media (min-width:40em){.keys{display:inline-grid;gap:1rem}}",
      ".row{display:flex;flex-wrap:wrap;margin:-.3rem}.row>*{margin:.3rem}",
      ".box{min-height:100vh;padding:clamp(.5rem,2vw,1rem);width:min(100%,50rem)}",
      "a:focus-visible{outline:3px solid}",
      "@font-face{font-family:x;src:url(x.woff2)}",
    ].join("");
    expect(findCssBeyondTarget(css)).toEqual([]);
  });
});

describe("i18next formatting", () => {
  it("our UI strings use no i18next formats (so its Intl.RelativeTimeFormat/ListFormat never run)", () => {
    const dir = path.join(REPO_ROOT, "src/i18n/strings");
    const formats = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .flatMap((f) => (fs.readFileSync(path.join(dir, f), "utf8").match(/\{\{[^}]*,[^}]*\}\}/g) ?? []).map((m) => `${f}: ${m}`));
    expect(formats, "`{{value, format}}` makes i18next build Intl formatters; check them against the targets").toEqual([]);
  });
});

const packages = builtPackages();
if (packages.length === 0) {
  it("has built packages to check", () => {
    expect.fail("No packages in dist/packages/: run `npm run build` first.");
  });
}

for (const pkg of packages) {
  describe(`${pkg.name}: every shipped stylesheet works in Chrome/Edge 80, Firefox 78, Safari 13.1`, () => {
    const files = filesWithExtension(pkg.dir, [".css"]);
    it("has CSS to check", () => {
      expect(files.length).toBeGreaterThan(0);
    });
    for (const file of files) {
      it(file, () => {
        const findings = findCssBeyondTarget(fs.readFileSync(path.join(pkg.dir, file), "utf8"));
        expect(findings.map((f) => `${f.selector}: ${f.what}`), `dist/packages/${pkg.name}/${file}`).toEqual([]);
      });
    }
  });

  describe(`${pkg.name}: every shipped JS file runs in Chrome/Edge 80, Firefox 78, Safari 13.1`, () => {
    const files = filesWithExtension(pkg.dir, [".js", ".mjs"]);
    it("has JavaScript to check", () => {
      expect(files.length).toBeGreaterThan(0);
    });
    for (const file of files) {
      it(file, () => {
        const findings = findBeyondTarget(fs.readFileSync(path.join(pkg.dir, file), "utf8")).filter((f) => !reviewed(f));
        if (findings.length > 0) {
          expect.fail(
            `${findings.length} construct(s) beyond the browser target in dist/packages/${pkg.name}/${file}:\n` +
              describeFindings(`dist/packages/${pkg.name}/${file}`, findings),
          );
        }
      });
    }
  });
}
