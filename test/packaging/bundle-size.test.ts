// Size budgets per built package (not timing: sizes are deterministic, load times are not; see
// `npm run bench` for those). Gzip level 6, 1 KB = 1000 bytes (test/support/built-assets.ts).
//   - JS for the first screen: index.html's module script, its modulepreload links and all their
//     static imports (lazy chunks such as the lesson data and the activity/quiz screens excluded).
//   - All JS + CSS one learner can download: every screen's code (lazy chunks included) and one
//     language's chunks if a language ever has code of its own (other languages' are never
//     fetched; the largest language counts). Lesson text and UI strings are data
//     (lesson/<lang>-<hash>.json), not code: not counted here, printed by the bench. It is
//     everything index.html loads and, transitively, every chunk and stylesheet those files name;
//     files only the classroom mode's classroom.html loads (classroom/) are not the learner's —
//     a test below checks they really are unreachable from index.html and every other file counts.
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

    it(`all JS + CSS a learner can download stays within ${formatKB(ALL_JS_CSS_BUDGET)} gzip`, () => {
      const learner = largestLearnerDownload(pkg.dir);
      expect(learner.files.length, "no JS or CSS found").toBeGreaterThan(0);
      if (learner.gzip > ALL_JS_CSS_BUDGET) {
        const whole = sumGzip(sized(pkg.dir, learnerFiles(pkg.dir)));
        expect.fail(
          `JS + CSS of ${pkg.name} for one learner${learner.language ? ` (lesson in "${learner.language}")` : ""} is ` +
            `${formatKB(learner.gzip)} gzip, over the ${formatKB(ALL_JS_CSS_BUDGET)} budget ` +
            `(whole package, every language: ${formatKB(whole)}):\n${table(learner.files)}\nSee \`npm run bench\` for what costs what.`,
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
