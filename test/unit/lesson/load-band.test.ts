// loadBand reads a lessons folder the way the build does: it returns the band's lessons with
// Vietnamese first, or throws one LessonBuildError that lists every problem with file and place.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LessonBuildError, checkAllLessons, loadBand } from "../../../scorm/load-lessons";
import { FIXTURE_EN, FIXTURE_IMAGES, FIXTURE_LESSONS, FIXTURE_VI, changed } from "./lesson-fixture";

const BROKEN_LESSONS = "test/content/fixtures/broken-lessons";
const WHY = "(every language of a band must have the same screens, ids, answers and pictures)";

/** The error loadBand throws, so a test can look at its message and problems. */
function buildErrorOf(run: () => unknown): LessonBuildError {
  try {
    run();
  } catch (e) {
    if (e instanceof LessonBuildError) return e;
    throw e;
  }
  throw new Error("expected a LessonBuildError");
}

const temporaryDirs: string[] = [];
/** A lessons folder in the system's temp dir, with the given files under <band>/. */
function lessonsFolder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "call-111-lessons-"));
  temporaryDirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
afterEach(() => {
  for (const dir of temporaryDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("loadBand", () => {
  it("returns every language of the band with Vietnamese first", () => {
    const lessons = loadBand("primary", FIXTURE_LESSONS, FIXTURE_IMAGES);
    expect(lessons.map((l) => l.language)).toEqual(["vi", "en"]);
  });

  it("throws one LessonBuildError naming file, line and place of every problem", () => {
    const error = buildErrorOf(() => loadBand("primary", BROKEN_LESSONS, FIXTURE_IMAGES));
    expect(error.message.split("\n")).toEqual([
      "Lesson files have 4 problems:",
      `${BROKEN_LESSONS}/primary/en.yaml:4 band: is "lower-secondary" but the file is in the folder for "primary"; fix band or move the file`,
      `${BROKEN_LESSONS}/primary/vi.yaml:16 screens[0].image.src: "no-such-picture.svg" is not in test/content/fixtures/media/images/`,
      `${BROKEN_LESSONS}/primary/en.yaml:16 screens[0].image.src: is "phone-111.svg" here but "no-such-picture.svg" in vi.yaml ${WHY}`,
      `${BROKEN_LESSONS}/primary/en.yaml:89 screens[4].questions[0].answer: is "b" here but "a" in vi.yaml ${WHY}`,
    ]);
    expect(error.problems).toHaveLength(4);
  });

  it("reports parse problems of one file and still checks the others", () => {
    const dir = lessonsFolder({
      "primary/vi.yaml": changed(FIXTURE_VI, "answer: a", "answer: e"),
      "primary/en.yaml": changed(FIXTURE_EN, "language: en", "language: de"),
    });
    const error = buildErrorOf(() => loadBand("primary", dir, FIXTURE_IMAGES));
    expect(error.problems.map((p) => [path.relative(dir, p.file), p.line, p.path, p.message])).toEqual([
      ["primary/en.yaml", 4, "language", 'is "de" but the file is named en.yaml; name the file after its language, e.g. de.yaml'],
      ["primary/vi.yaml", 88, "screens[4].questions[0].answer", '"e" is not one of the options (a, b)'],
    ]);
  });

  it("requires objective ids to name the band of their folder", () => {
    const rename = (source: string) => source.split("primary-obj-how-to-call").join("lower-secondary-obj-how-to-call");
    const dir = lessonsFolder({ "primary/vi.yaml": rename(FIXTURE_VI), "primary/en.yaml": rename(FIXTURE_EN) });
    const error = buildErrorOf(() => loadBand("primary", dir, FIXTURE_IMAGES));
    const message = '"lower-secondary-obj-how-to-call" must start with "primary-obj-" (objective ids name their band)';
    expect(error.problems.map((p) => [path.relative(dir, p.file), p.line, p.path, p.message])).toEqual([
      ["primary/en.yaml", 167, "objectives[2].id", message],
      ["primary/vi.yaml", 167, "objectives[2].id", message],
    ]);
  });

  it("requires a Vietnamese lesson in every band", () => {
    const dir = lessonsFolder({ "primary/en.yaml": FIXTURE_EN });
    const error = buildErrorOf(() => loadBand("primary", dir, FIXTURE_IMAGES));
    expect(error.problems.map((p) => p.message)).toEqual([
      "no Vietnamese lesson (vi.yaml): Vietnamese is the default language and every band needs it",
    ]);
  });

  it("reports a band without a folder or without lesson files", () => {
    const dir = lessonsFolder({ "primary/notes.txt": "not a lesson" });
    expect(buildErrorOf(() => loadBand("upper-secondary", dir, FIXTURE_IMAGES)).problems.map((p) => p.message)).toEqual([
      'there is no lesson folder for the band "upper-secondary"',
    ]);
    expect(buildErrorOf(() => loadBand("primary", dir, FIXTURE_IMAGES)).problems.map((p) => p.message)).toEqual([
      "no lesson files (expected vi.yaml and one file per other language)",
    ]);
  });

  it("reads .json lesson files like .yaml ones", () => {
    const dir = lessonsFolder({ "primary/vi.json": JSON.stringify(loadBand("primary", FIXTURE_LESSONS, FIXTURE_IMAGES)[0]) });
    expect(loadBand("primary", dir, FIXTURE_IMAGES).map((l) => l.language)).toEqual(["vi"]);
  });
});

describe("checkAllLessons", () => {
  it("checks every band that has a folder and returns problems instead of throwing", () => {
    expect(checkAllLessons(FIXTURE_LESSONS, FIXTURE_IMAGES)).toEqual({ bands: [{ band: "primary", languages: ["vi", "en"] }], problems: [] });
    expect(checkAllLessons(BROKEN_LESSONS, FIXTURE_IMAGES).problems).toHaveLength(4);
  });
});
