// Build-time loading of lesson files (Node): reads lessons/<band>/<language>.yaml, parses each with
// the pure src/lesson/parse-lesson.ts, then checks what needs the file system or several files:
// file and folder names, pictures present in media/images/, and parity between languages.
// Any problem throws LessonBuildError listing all of them, so the Vite build stops and prints them.
//
// Also a command: `npx tsx scorm/load-lessons.ts` checks every band's folder and prints problems.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { checkLessonParity, type LessonFile } from "../src/lesson/check-lesson-parity";
import { BANDS, type Band, type Lesson, objectiveIdPrefix } from "../src/lesson/lesson-types";
import { type LessonProblem, formatProblem, parseLesson } from "../src/lesson/parse-lesson";

/** Vietnamese is the default language: every band has it and it comes first. */
const DEFAULT_LANGUAGE = "vi";
const LESSON_FILE = /\.(?:ya?ml|json)$/i;

export class LessonBuildError extends Error {
  constructor(readonly problems: readonly LessonProblem[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`Lesson files have ${count}:\n${problems.map(formatProblem).join("\n")}`);
    this.name = "LessonBuildError";
  }
}

export interface BandCheck {
  lessons: Lesson[];
  problems: LessonProblem[];
}

/** The lessons of one band, "vi" first; throws LessonBuildError listing every problem. */
export function loadBand(
  band: Band,
  lessonsDir = path.resolve("lessons"),
  imagesDir = path.resolve(lessonsDir, "..", "media", "images"),
): Lesson[] {
  const { lessons, problems } = checkBand(band, lessonsDir, imagesDir);
  if (problems.length > 0) throw new LessonBuildError(problems);
  return lessons;
}

/** Like loadBand, but hands back the problems instead of throwing. */
export function checkBand(band: Band, lessonsDir: string, imagesDir: string): BandCheck {
  const dir = path.join(lessonsDir, band);
  const problems: LessonProblem[] = [];
  const problem = (file: string, line: number | null, at: string, message: string) => problems.push({ file, line, path: at, message });
  if (!fs.existsSync(dir)) {
    problem(shown(dir), null, "", `there is no lesson folder for the band "${band}"`);
    return { lessons: [], problems };
  }
  const names = fs.readdirSync(dir).filter((n) => LESSON_FILE.test(n) && !n.startsWith(".")).sort();

  const parsed: LessonFile[] = [];
  for (const name of names) {
    const file = shown(path.join(dir, name));
    // A byte-order mark from some Windows editors is not part of the lesson.
    const outcome = parseLesson(fs.readFileSync(path.join(dir, name), "utf8").replace(/^\uFEFF/, ""), file);
    if (!outcome.ok) {
      problems.push(...outcome.problems);
      continue;
    }
    const { lesson, lineOf } = outcome;
    const language = name.replace(LESSON_FILE, "");
    if (lesson.band !== band) {
      problem(file, lineOf("band"), "band", `is "${lesson.band}" but the file is in the folder for "${band}"; fix band or move the file`);
    } else {
      lesson.objectives.forEach((o, i) => {
        const at = `objectives[${i}].id`;
        if (!o.id.startsWith(objectiveIdPrefix(band))) problem(file, lineOf(at), at, `"${o.id}" must start with "${objectiveIdPrefix(band)}" (objective ids name their band)`);
      });
    }
    if (lesson.language !== language) {
      problem(file, lineOf("language"), "language", `is "${lesson.language}" but the file is named ${name}; name the file after its language, e.g. ${lesson.language}${path.extname(name)}`);
    }
    const twin = parsed.find((p) => p.lesson.language === lesson.language);
    if (twin) problem(file, lineOf("language"), "language", `"${lesson.language}" already has a lesson file: ${twin.file}`);
    for (const { src, at } of imagesOf(lesson)) {
      if (!fs.existsSync(path.join(imagesDir, src))) problem(file, lineOf(at), at, `"${src}" is not in ${shown(imagesDir)}/`);
    }
    parsed.push({ file, lesson, lineOf });
  }

  if (names.length === 0) problem(shown(dir), null, "", `no lesson files (expected ${DEFAULT_LANGUAGE}.yaml and one file per other language)`);
  else if (problems.length === 0 && !parsed.some((p) => p.lesson.language === DEFAULT_LANGUAGE)) {
    problem(shown(dir), null, "", `no Vietnamese lesson (${DEFAULT_LANGUAGE}.yaml): Vietnamese is the default language and every band needs it`);
  }
  problems.push(...checkLessonParity(parsed));

  const lessons = parsed.map((p) => p.lesson);
  lessons.sort((a, b) => rank(a) - rank(b) || a.language.localeCompare(b.language));
  return { lessons, problems };
}

/** Checks every band that has a folder under lessonsDir; for a command line or a test. */
export function checkAllLessons(
  lessonsDir = path.resolve("lessons"),
  imagesDir = path.resolve(lessonsDir, "..", "media", "images"),
): { bands: { band: Band; languages: string[] }[]; problems: LessonProblem[] } {
  const bands: { band: Band; languages: string[] }[] = [];
  const problems: LessonProblem[] = [];
  for (const band of BANDS) {
    if (!fs.existsSync(path.join(lessonsDir, band))) continue;
    const result = checkBand(band, lessonsDir, imagesDir);
    bands.push({ band, languages: result.lessons.map((l) => l.language) });
    problems.push(...result.problems);
  }
  if (bands.length === 0) problems.push({ file: shown(lessonsDir), line: null, path: "", message: `no band folders (${BANDS.join(", ")})` });
  return { bands, problems };
}

/** Every picture a lesson points at, with the place that names it. */
function imagesOf(lesson: Lesson): { src: string; at: string }[] {
  const found: { src: string; at: string }[] = [];
  lesson.screens.forEach((screen, i) => {
    if (screen.image) found.push({ src: screen.image.src, at: `screens[${i}].image.src` });
    if (screen.kind === "info") {
      screen.cards?.forEach((card, j) => {
        if (card.image) found.push({ src: card.image.src, at: `screens[${i}].cards[${j}].image.src` });
      });
    }
  });
  return found;
}

function rank(lesson: Lesson): number {
  return lesson.language === DEFAULT_LANGUAGE ? 0 : 1;
}

/** Paths as the author sees them in the project: "lessons/primary/vi.yaml". */
function shown(p: string): string {
  const relative = path.relative(process.cwd(), p);
  return (relative && !relative.startsWith("..") ? relative : p).split(path.sep).join("/");
}

// Run as a command: print each problem on its own line and fail, or say what was checked.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { bands, problems } = checkAllLessons();
  for (const p of problems) console.error(formatProblem(p));
  if (problems.length > 0) process.exit(1);
  for (const b of bands) console.log(`lessons/${b.band}: ${b.languages.join(", ")} OK`);
}
