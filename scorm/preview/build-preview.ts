// Builds the preview LMS page (scorm/preview/ -> dist/preview/). It is a separate build from the
// lesson on purpose: scorm-again is the LMS side and must never end up inside a package.
import path from "node:path";
import { build } from "vite";
import { PREVIEW_DIR, REPO_ROOT } from "../repo-paths";

export async function buildPreview(): Promise<void> {
  await build({
    configFile: false,
    root: path.join(REPO_ROOT, "scorm/preview"),
    base: "/",
    publicDir: false,
    logLevel: "warn",
    build: { outDir: PREVIEW_DIR, emptyOutDir: true, sourcemap: true, target: "es2020" },
  });
}
