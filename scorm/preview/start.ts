// `npm start`: build the packages and the preview LMS (always, so what you try is what the
// sources say now), serve them, and print the address to open.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "../repo-paths";
import { createPreviewServer, listen } from "./serve";

const build = spawnSync(process.execPath, [path.join(REPO_ROOT, "node_modules/tsx/dist/cli.mjs"), "scorm/build-packages.ts"], {
  cwd: REPO_ROOT,
  stdio: "inherit",
});
if (build.status !== 0) process.exit(build.status ?? 1);

listen(createPreviewServer()).then(
  (url) => {
    console.log(`\nPreview LMS: ${url}`);
    console.log(`  SCORM 2004:        ${url}?version=2004`);
    console.log(`  fresh start:       ${url}?fresh=1`);
    console.log("Stop with Ctrl+C.\n");
  },
  (error: unknown) => {
    console.error(`Cannot start the preview server: ${error instanceof Error ? error.message : String(error)}` +
      " (another `npm start` running? set PORT=4112)");
    process.exit(1);
  },
);
