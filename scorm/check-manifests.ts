// Runs the official manifest checker (../shared/tools/validate-manifest.mjs: the ADL/IMS XSDs
// plus the packaging rules XSDs cannot express) on built manifests.
// `tsx scorm/check-manifests.ts` checks every package in dist/packages/.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PACKAGES_DIR, REPO_ROOT, VALIDATOR } from "./repo-paths";
import { parseScormVersion, type ScormVersion } from "./scorm-versions";

export interface ValidationResult {
  ok: boolean;
  exitCode: number | null;
  output: string;
}

export function validateManifest(manifestPath: string, version: ScormVersion, checkFiles = true): ValidationResult {
  if (!fs.existsSync(VALIDATOR)) {
    return { ok: false, exitCode: null, output: `Validator not found at ${VALIDATOR}: shared/ must sit beside the repository` };
  }
  // cwd = repo root: the checker loads xmllint-wasm from the current directory's node_modules.
  const args = [VALIDATOR, manifestPath, version, ...(checkFiles ? ["--check-files"] : [])];
  const run = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: "utf8" });
  const output = `${run.stdout ?? ""}${run.stderr ?? ""}${run.error ? String(run.error) : ""}`.trim();
  return { ok: run.status === 0, exitCode: run.status, output };
}

/** Built package folders with the version each one claims by its name (…-scorm12 / …-scorm2004). */
export function builtPackages(): { dir: string; name: string; version: ScormVersion }[] {
  if (!fs.existsSync(PACKAGES_DIR)) return [];
  return fs
    .readdirSync(PACKAGES_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => {
      const version = parseScormVersion(e.name.split("-").pop());
      return version ? [{ dir: path.join(PACKAGES_DIR, e.name), name: e.name, version }] : [];
    });
}

function main(): void {
  const packages = builtPackages();
  if (packages.length === 0) {
    console.error("No packages in dist/packages/: run `npm run build` first.");
    process.exit(2);
  }
  let failed = 0;
  for (const pkg of packages) {
    const result = validateManifest(path.join(pkg.dir, "imsmanifest.xml"), pkg.version);
    console.log(`${result.ok ? "ok  " : "FAIL"} ${pkg.name}\n${result.output.replace(/^/gm, "     ")}`);
    if (!result.ok) failed++;
  }
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
