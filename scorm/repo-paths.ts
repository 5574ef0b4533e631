// Where the build scripts, the preview server and the tests find things on disk.
// shared/ (XSDs, validator) sits BESIDE the repository, in CI as well as locally, so it is
// always resolved from the repo root, never from the current directory.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { BANDS, type Band } from "../src/lesson/lesson-types";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SHARED_DIR = path.resolve(REPO_ROOT, "../shared");
export const VALIDATOR = path.join(SHARED_DIR, "tools/validate-manifest.mjs");
export const XSD_DIR = path.join(SHARED_DIR, "scorm-xsd");

export const DIST_DIR = path.join(REPO_ROOT, "dist");
/** Vite output per band, before packaging (vite.config.ts writes here). */
export const APP_BUILD_DIR = path.join(DIST_DIR, "build");
/** Unzipped packages, byte for byte what is inside the zips; the preview LMS serves these. */
export const PACKAGES_DIR = path.join(DIST_DIR, "packages");
export const PREVIEW_DIR = path.join(DIST_DIR, "preview");

export const LESSONS_DIR = path.join(REPO_ROOT, "lessons");

/** Bands that have a lessons/<band>/ folder, in BANDS order. */
export function bandsWithLessons(lessonsDir = LESSONS_DIR): Band[] {
  return BANDS.filter((band) => fs.existsSync(path.join(lessonsDir, band)));
}
