// Builds the lesson app for one band with Vite's JS API. vite.config.ts reads LESSON_BAND and
// LESSON_OUT_DIR when it is evaluated; Vite bundles and re-imports the config on every build()
// call, so setting the variables before each call is enough (checked: two bands in one process
// each get their own lessons).
import path from "node:path";
import { build } from "vite";
import type { Band } from "../src/lesson/lesson-types";
import { versionSlug, type ScormVersion } from "./scorm-versions";
import { APP_BUILD_DIR, REPO_ROOT } from "./repo-paths";

/** Builds one band for one SCORM version: each package carries only the adapter it can use. */
export async function buildApp(band: Band, version: ScormVersion): Promise<string> {
  const outDir = path.join(APP_BUILD_DIR, `${band}-${versionSlug(version)}`);
  await viteBuildWith({ LESSON_BAND: band, LESSON_OUT_DIR: outDir, SCORM_BUILD: version });
  return outDir;
}

/** One production build of vite.config.ts with these variables set (it reads them when
 *  evaluated), removed again afterwards so the next build starts clean. */
export async function viteBuildWith(env: Record<string, string>): Promise<void> {
  Object.assign(process.env, env);
  // The config-loader notice is about vite.config.ts import style, not about this build.
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= "true";
  try {
    await build({ configFile: path.join(REPO_ROOT, "vite.config.ts"), mode: "production", logLevel: "warn" });
  } finally {
    for (const name of Object.keys(env)) delete process.env[name];
  }
}
