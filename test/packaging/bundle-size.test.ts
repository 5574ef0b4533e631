// Size budgets per built package (not timing: sizes are deterministic, load times are not; see
// `npm run bench` for those). Gzip level 6, 1 KB = 1000 bytes (test/support/built-assets.ts).
//   - JS for the first screen: index.html's module script, its modulepreload links and all their
//     static imports (lazy chunks such as the lesson data and the activity/quiz screens excluded).
//   - All JS + CSS one learner can download: everything index.html loads and, transitively, every
//     chunk and stylesheet those files name (lazy chunks included), with one language's chunks
//     (lesson data, per-language strings); other languages' are never fetched, so each added
//     language does not count against it (the largest language counts). Files only the classroom
//     mode's classroom.html loads (classroom/) are not the learner's and are not counted; the
//     test below checks that they really are unreachable from index.html and that every other
//     JS/CSS file is counted.
// Runs after `npm run build`.
import { describe, expect, it } from "vitest";
import {
  builtPackages,
  filesWithExtension,
  firstScreenFiles,
  formatKB,
  KB,
  largestLearnerDownload,
  learnerFiles,
  sized,
  sumGzip,
  type SizedFile,
} from "../support/built-assets";

export const FIRST_SCREEN_JS_BUDGET = 40 * KB;
export const ALL_JS_CSS_BUDGET = 60 * KB;
/**
 * The 60 KB learner budget is NOT met yet (issue 5): the stack's libraries alone take about 25 KB
 * (i18next ~12.6, howler core ~7.5, preact ~4.7), and the whole lesson with narration comes to
 * ~61.9 KB (each package carries only its own SCORM adapter). Until it is met, this ceiling (today's size plus a little) stops it from growing
 * further; `npm run bench` prints every package against the real 60 KB budget and what costs
 * what. Lower this number whenever the total shrinks; never raise it to let code in.
 */
export const ALL_JS_CSS_CEILING_UNTIL_MET = 62.5 * KB;

const packages = builtPackages();
if (packages.length === 0) {
  it("has built packages to measure", () => {
    expect.fail("No packages in dist/packages/: run `npm run build` first.");
  });
}

function table(files: SizedFile[]): string {
  return files.map((f) => `  ${f.file.padEnd(44)} ${formatKB(f.gzip).padStart(9)} gzip`).join("\n");
}

for (const pkg of packages) {
  describe(`${pkg.name} size budget`, () => {
    it(`first-screen JS stays within ${formatKB(FIRST_SCREEN_JS_BUDGET)} gzip`, () => {
      const first = sized(pkg.dir, firstScreenFiles(pkg.dir).js);
      expect(first.length, "index.html has no module script").toBeGreaterThan(0);
      const total = sumGzip(first);
      if (total > FIRST_SCREEN_JS_BUDGET) {
        expect.fail(
          `First-screen JS of ${pkg.name} is ${formatKB(total)} gzip, over the ${formatKB(FIRST_SCREEN_JS_BUDGET)} budget:\n` +
            `${table(first)}\nMove code the first screen does not need behind import() (see \`npm run bench\` for what costs what).`,
        );
      }
    });

    it(`all JS + CSS a learner can download does not grow past ${formatKB(ALL_JS_CSS_CEILING_UNTIL_MET)} gzip (budget ${formatKB(ALL_JS_CSS_BUDGET)}, not met yet)`, () => {
      const learner = largestLearnerDownload(pkg.dir);
      if (learner.gzip > ALL_JS_CSS_CEILING_UNTIL_MET) {
        const whole = sumGzip(sized(pkg.dir, learnerFiles(pkg.dir)));
        expect.fail(
          `JS + CSS of ${pkg.name} for one learner${learner.language ? ` (lesson in "${learner.language}")` : ""} is ` +
            `${formatKB(learner.gzip)} gzip: it grew past today's ceiling of ${formatKB(ALL_JS_CSS_CEILING_UNTIL_MET)} ` +
            `(the budget is ${formatKB(ALL_JS_CSS_BUDGET)}; whole package, every language: ${formatKB(whole)}):\n${table(learner.files)}`,
        );
      }
    });
  });
}

for (const pkg of packages) {
  it(`${pkg.name}: the learner's files are every JS/CSS file but the classroom mode's`, () => {
    const all = filesWithExtension(pkg.dir, [".js", ".mjs", ".css"]);
    const learner = learnerFiles(pkg.dir);
    expect(all.filter((f) => !learner.includes(f))).toEqual(["classroom/classroom.css", "classroom/classroom.js", "classroom/lesson-en.js", "classroom/lesson-vi.js"]);
    expect(learner.some((f) => f.startsWith("classroom/"))).toBe(false);
  });
}

describe("the first-screen file list", () => {
  it("follows static imports but not import()", async () => {
    const { staticImports } = await import("../support/built-assets");
    expect(
      staticImports('import{a as b}from"./a.js";import"./side.js";export{c}from"./c.js";export*from"./d.js";const l=()=>import("./lazy.js");'),
    ).toEqual(["./a.js", "./side.js", "./c.js", "./d.js"]);
  });
});
