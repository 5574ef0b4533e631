// `npm run build`: for every band with a lessons/<band>/ folder, build the app per SCORM version
// (each carries only its own adapter) and make a SCORM 1.2 and a SCORM 2004 4th Edition package:
//   dist/build/<band>-scorm12/          Vite output
//   dist/packages/<band>-scorm12/       unzipped package (what the preview LMS and e2e tests play)
//   dist/call-111-<band>-scorm12.zip    the same files, zipped for teachers
// Each package also holds classroom.html, the classroom (projector) mode, and
// dist/call-111-classroom.zip holds that mode for every band with a start page, for use without an
// LMS (scorm/classroom/build-classroom.ts).
// Each manifest is checked with the official validator before zipping, and the preview LMS page
// is built last (dist/preview/), so `npm test` has everything it needs.
import fs from "node:fs";
import path from "node:path";
import type { Band, Lesson } from "../src/lesson/lesson-types";
import { buildApp } from "./build-app";
import { addClassroomToPackage, buildClassroomApp, buildClassroomZip } from "./classroom/build-classroom";
import { ClassroomNotesError, readClassroomNotes, type ClassroomNotes } from "./classroom/classroom-notes";
import { validateManifest } from "./check-manifests";
import { loadBand } from "./load-lessons";
import { fillManifest } from "./manifest/fill-manifest";
import { copySchemaFiles } from "./manifest/schema-files";
import { copyFiles, pinScormVersion, shippableFiles } from "./package-files";
import { buildPreview } from "./preview/build-preview";
import { buildTeacherGuide } from "./teacher-guide/build-teacher-guide";
import { APP_BUILD_DIR, bandsWithLessons, DIST_DIR, PACKAGES_DIR, REPO_ROOT } from "./repo-paths";
import { packageDirName, SCORM_VERSIONS, zipFileName, type ScormVersion } from "./scorm-versions";
import { readUiStrings } from "./ui-strings-files";
import { zipPackage } from "./zip-package";

interface Built {
  zip: string;
  files: number;
  zipBytes: number;
  unzippedBytes: number;
}

/** Thrown for problems the author must fix; printed as a message, without a stack. */
class PackagingError extends Error {}

async function main(): Promise<void> {
  // vite.config.ts (root "src") and the lessons plugin resolve paths from the current directory.
  process.chdir(REPO_ROOT);
  const bands = bandsWithLessons();
  if (bands.length === 0) throw new PackagingError("No lessons/<band>/ folder found: nothing to package.");
  const packageVersion = (JSON.parse(fs.readFileSync("package.json", "utf8")) as { version: string }).version;

  cleanOldOutput();
  const notes = classroomNotes(bands);
  await buildClassroomApp();
  const built: Built[] = [];
  for (const band of bands) {
    // Checked here first, so a broken lesson file stops the build with the validator's own
    // message rather than wrapped in a Vite plugin stack trace.
    const lesson = vietnameseLesson(band);
    for (const version of SCORM_VERSIONS) {
      const appDir = await buildApp(band, version);
      const appFiles = shippableFiles(appDir);
      built.push(makePackage({ band, version, lesson, appDir, appFiles, packageVersion, notes: notes.get(band)! }));
    }
  }
  const classroom = buildClassroomZip(bands.map((band) => ({ band, languages: loadBand(band).map((l) => l.language) })), readUiStrings());
  await buildPreview();
  printSummary(built);
  console.log(`Classroom mode (no LMS): ${path.relative(REPO_ROOT, classroom.zip)}  ${classroom.files} files  ${(classroom.bytes / 1024).toFixed(1)} KB zipped; unzipped copy: dist/classroom/\n`);
  // The printable teacher guide (dist/teacher-guide/), from lessons/teacher-guide/ and the lessons.
  const guide = await buildTeacherGuide();
  console.log(`Teacher guide: dist/teacher-guide/ (${guide.html.length} HTML, ${guide.pdf.length} PDF${guide.pdfSkipped ? `; PDF skipped: ${guide.pdfSkipped}` : ""})\n`);
}

/** The teacher notes of every band and language, checked against the lessons. */
function classroomNotes(bands: Band[]): Map<Band, Map<string, ClassroomNotes>> {
  try {
    return readClassroomNotes(new Map(bands.map((band) => [band, loadBand(band)])));
  } catch (error) {
    if (error instanceof ClassroomNotesError) throw new PackagingError(`Classroom teacher notes:\n${error.message}`);
    throw error;
  }
}

function vietnameseLesson(band: Band): Lesson {
  let lessons: Lesson[];
  try {
    lessons = loadBand(band);
  } catch (error) {
    throw new PackagingError(error instanceof Error ? error.message : String(error));
  }
  const vi = lessons.find((l) => l.language === "vi");
  if (!vi) throw new PackagingError(`lessons/${band}/: no Vietnamese lesson (vi); the package title comes from it`);
  return vi;
}

function makePackage(args: {
  band: Band;
  version: ScormVersion;
  lesson: Lesson;
  appDir: string;
  appFiles: string[];
  packageVersion: string;
  notes: Map<string, ClassroomNotes>;
}): Built {
  const { band, version, lesson, appDir, packageVersion, notes } = args;
  const dir = path.join(PACKAGES_DIR, packageDirName(band, version));
  fs.mkdirSync(dir, { recursive: true });
  copyFiles(appDir, dir, args.appFiles);
  pinScormVersion(path.join(dir, "index.html"), version);
  // classroom.html and its files: listed in the SCO's resource, launched only by a teacher.
  const classroomFiles = addClassroomToPackage({ packageDir: dir, band, lessons: loadBand(band), notes });
  const appFiles = [...new Set([...args.appFiles, ...classroomFiles])].sort();
  const manifest = fillManifest({
    version,
    band,
    title: lesson.title,
    masteryPercent: lesson.masteryPercent,
    packageVersion,
    files: appFiles,
  });
  const manifestPath = path.join(dir, "imsmanifest.xml");
  fs.writeFileSync(manifestPath, manifest);
  const schemas = copySchemaFiles(version, dir);

  const check = validateManifest(manifestPath, version);
  if (!check.ok) throw new PackagingError(`The ${version} manifest for ${band} does not validate:\n${check.output}`);

  const zip = path.join(DIST_DIR, zipFileName(band, version));
  const { files, bytes } = zipPackage(dir, zip);
  const unzippedBytes = [...appFiles, ...schemas, "imsmanifest.xml"].reduce(
    (sum, f) => sum + fs.statSync(path.join(dir, f)).size,
    0,
  );
  return { zip, files, zipBytes: bytes, unzippedBytes };
}

/** Packages and zips of bands that no longer exist must not linger next to fresh ones. */
function cleanOldOutput(): void {
  fs.rmSync(PACKAGES_DIR, { recursive: true, force: true });
  fs.rmSync(APP_BUILD_DIR, { recursive: true, force: true });
  if (!fs.existsSync(DIST_DIR)) return;
  for (const name of fs.readdirSync(DIST_DIR)) {
    if (/^call-111-.*\.zip$/.test(name)) fs.rmSync(path.join(DIST_DIR, name));
  }
}

function printSummary(built: Built[]): void {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log("\nSCORM packages (manifests valid):");
  for (const b of built) {
    const name = path.relative(REPO_ROOT, b.zip);
    console.log(`  ${name.padEnd(40)} ${String(b.files).padStart(4)} files  ${kb(b.zipBytes).padStart(10)} zipped  ${kb(b.unzippedBytes).padStart(10)} unzipped`);
  }
  console.log(`Unzipped copies: ${path.relative(REPO_ROOT, PACKAGES_DIR)}/   Preview LMS: dist/preview/ (npm start)\n`);
}

main().catch((error: unknown) => {
  if (error instanceof PackagingError) console.error(`\nBuild failed:\n${error.message}\n`);
  else console.error(error);
  process.exit(1);
});
