// The upstream XSDs that ship beside imsmanifest.xml. ADL's and Rustici's sample packages carry
// the schema set that the manifest's xsi:schemaLocation names (and what those files include or
// import), so an LMS or validator that resolves schemaLocation finds them offline. We copy the
// whole upstream folder from ../shared/scorm-xsd/<version>/ — never the validate-*.xsd drivers,
// which were written for this project's checker and are not part of any SCORM package.
import fs from "node:fs";
import path from "node:path";
import { XSD_DIR } from "../repo-paths";
import type { ScormVersion } from "../scorm-versions";

export function schemaSourceDir(version: ScormVersion): string {
  return path.join(XSD_DIR, version === "1.2" ? "scorm12" : "scorm2004-4th");
}

const isDriver = (relative: string) => /^validate-.*\.xsd$/.test(path.basename(relative));

/** Schema files for a version, as "/"-separated paths relative to the package root. */
export function schemaFiles(version: ScormVersion): string[] {
  const root = schemaSourceDir(version);
  if (!fs.existsSync(root)) {
    throw new Error(`No SCORM schemas at ${root}: the shared/ folder must sit beside the repository`);
  }
  return listFiles(root).filter((f) => !isDriver(f) && /\.(xsd|dtd)$/.test(f));
}

/** True for a path inside a package that is one of the shipped schema files. */
export function isSchemaFile(version: ScormVersion, relative: string): boolean {
  return schemaFiles(version).includes(relative);
}

export function copySchemaFiles(version: ScormVersion, packageDir: string): string[] {
  const files = schemaFiles(version);
  for (const file of files) {
    const to = path.join(packageDir, file);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(path.join(schemaSourceDir(version), file), to);
  }
  return files;
}

function listFiles(root: string, dir = ""): string[] {
  return fs
    .readdirSync(path.join(root, dir), { withFileTypes: true })
    .flatMap((entry) => {
      const relative = dir ? `${dir}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(root, relative) : [relative];
    })
    .sort();
}
