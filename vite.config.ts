import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { lessonsPlugin } from "./scorm/lessons-plugin";
import { BANDS, type Band } from "./src/lesson/lesson-types";

// One app build per grade band: LESSON_BAND picks which band's lesson files are inlined
// (each language becomes its own lazily loaded chunk). scorm/build-packages.ts runs this per band.
const band = (process.env.LESSON_BAND ?? "primary") as Band;
if (!BANDS.includes(band)) throw new Error(`LESSON_BAND must be one of ${BANDS.join(", ")}, got "${band}"`);
// SCORM_BUILD ("1.2" | "2004") makes a package build carry only that version's adapter
// (src/tracking/lms-adapters.ts); unset, both are in (dev server, tests).
const ADAPTER_FILES: Record<string, string> = { "1.2": "lms-adapters-scorm12.ts", "2004": "lms-adapters-scorm2004.ts" };
const scormBuild = process.env.SCORM_BUILD;
if (scormBuild !== undefined && !ADAPTER_FILES[scormBuild]) throw new Error(`SCORM_BUILD must be 1.2 or 2004, got "${scormBuild}"`);
const adapterAlias = scormBuild
  ? [{ find: /^\.\/lms-adapters$/, replacement: fileURLToPath(new URL(`./src/tracking/${ADAPTER_FILES[scormBuild]}`, import.meta.url)) }]
  : [];

// CLASSROOM_BUILD=1 builds the classroom (projector) app instead: one band-independent bundle of
// classic scripts (no ES modules, no code splitting), because a teacher may open it from an
// unzipped folder (file://), where Chromium refuses module scripts and fetch(). The lesson comes
// as a script per band and language, written by scorm/classroom/build-classroom.ts.
const classroom = process.env.CLASSROOM_BUILD === "1";

const classroomBuild = {
  outDir: process.env.LESSON_OUT_DIR ?? "../dist/build/classroom",
  emptyOutDir: true,
  target: ["es2019", "chrome80", "edge80", "firefox78", "safari13.1"],
  sourcemap: false,
  assetsInlineLimit: 0,
  modulePreload: false as const,
  cssCodeSplit: false,
  rolldownOptions: {
    // Vite's lazy-import helper reads import.meta.url; with every import inlined it is never used.
    checks: { emptyImportMeta: false },
    input: fileURLToPath(new URL("./src/classroom/main.tsx", import.meta.url)),
    output: {
      format: "iife" as const,
      codeSplitting: false,
      entryFileNames: "classroom/classroom.js",
      assetFileNames: "classroom/classroom[extname]",
    },
  },
};

export default defineConfig({
  root: "src",
  // Relative URLs: an LMS serves the package from a path we cannot know.
  base: "./",
  publicDir: false,
  resolve: {
    alias: classroom
      ? [{ find: /^\.\/narration-timings$/, replacement: fileURLToPath(new URL("./src/classroom/classroom-narration-timings.ts", import.meta.url)) }]
      : adapterAlias,
  },
  // vitest loads this file too: its tests check lessons themselves, so one broken lesson must
  // not stop every unrelated test from starting.
  plugins: process.env.VITEST ? [] : classroom ? [] : [lessonsPlugin({ band })],
  build: classroom ? classroomBuild : {
    outDir: process.env.LESSON_OUT_DIR ?? `../dist/build/${band}`,
    emptyOutDir: true,
    // Browsers from 2020 (DESIGN.md "Old devices"). "es2019" first: no ?. or ?? reaches Safari 13.0
    // (13.1 has them); checked by test/packaging/browser-target.test.ts.
    target: ["es2019", "chrome80", "edge80", "firefox78", "safari13.1"],
    sourcemap: false,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  test: {
    root: ".",
    include: ["test/{unit,contract,content,packaging}/**/*.test.ts"],
    environment: "node",
    testTimeout: 20000,
  },
});
