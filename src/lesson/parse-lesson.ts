// The edge between lesson authors and the player: lesson file text -> a typed Lesson, or every
// problem found, each with file, line, place and reason. Runs once at build time (in Node, from
// scorm/load-lessons.ts) but stays pure and browser-safe: no fs, no Node modules.
import { BANDS, type Band, type Lesson, type Screen, type TalkToSomeone } from "./lesson-types";
import { checkLessonIds } from "./check-lesson-ids";
import { FieldReader, type Fields } from "./field-reader";
import { type LessonProblem, itemPath, joinPath } from "./lesson-problem";
import { checkObjectives, readObjectives } from "./read-objectives";
import { readScreen } from "./read-screens";
import { type LineOf, readYaml } from "./yaml-source";

export { formatProblem, type LessonProblem } from "./lesson-problem";

export type ParseOutcome = { ok: true; lesson: Lesson; lineOf: LineOf } | { ok: false; problems: LessonProblem[] };

/** The pass mark when a lesson names none (DESIGN.md "Quiz": default 80%). */
export const DEFAULT_MASTERY_PERCENT = 80;

/** BCP 47, as far as a lesson needs: a 2-3 letter language, then optional subtags ("vi", "en-GB"). */
const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

const LESSON_KEYS = ["band", "language", "title", "masteryPercent", "talkToSomeone", "objectives", "screens"];

/** Parses one lesson file (YAML, or JSON, which is valid YAML). `file` is only used in problems. */
export function parseLesson(source: string, file: string): ParseOutcome {
  const yaml = readYaml(source, file);
  if (!yaml.ok) return yaml;
  const r = new FieldReader(file, yaml.lineOf);
  if (yaml.value === null || yaml.value === undefined) {
    r.report("", "the file is empty; a lesson starts with band:, language:, title:, talkToSomeone:, objectives: and screens:");
    return { ok: false, problems: r.problems };
  }
  const lesson = readLesson(r, yaml.value);
  checkLessonIds(r);
  if (lesson) checkObjectives(r, lesson.band);
  // In file order, so an author can fix them top to bottom.
  if (r.problems.length > 0 || !lesson) return { ok: false, problems: inFileOrder(r.problems) };
  return { ok: true, lesson, lineOf: yaml.lineOf };
}

function readLesson(r: FieldReader, value: unknown): Lesson | null {
  const f = r.fields(value, "");
  if (!f) return null;
  r.onlyKeys(f, "", LESSON_KEYS);
  const objectives = readObjectives(r, f);
  const screens = r.list(f, "screens", "", 1, "screen").map((s, i) => readScreen(r, s, itemPath("screens", i)));
  return {
    band: readBand(r, f),
    language: readLanguage(r, f),
    title: r.text(f, "title", ""),
    masteryPercent: readMastery(r, f),
    talkToSomeone: readTalkToSomeone(r, f),
    objectives,
    screens: screens.filter((s): s is Screen => s !== null),
  };
}

function readBand(r: FieldReader, f: Fields): Band {
  const band = r.text(f, "band", "");
  if (!band || (BANDS as readonly string[]).includes(band)) return band as Band;
  r.report("band", `"${band}" is not a band; use one of ${BANDS.join(", ")}`);
  return "primary";
}

function readLanguage(r: FieldReader, f: Fields): string {
  const language = r.text(f, "language", "");
  if (language && !LANGUAGE_CODE.test(language)) {
    r.report("language", `"${language}" is not a language code; use a BCP 47 code such as "vi" or "en"`);
  }
  return language;
}

function readMastery(r: FieldReader, f: Fields): number {
  const value = f.masteryPercent;
  if (value === undefined) return DEFAULT_MASTERY_PERCENT;
  if (typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 100) return value;
  r.report("masteryPercent", `must be a number from 0 to 100, got ${value === null ? "nothing" : JSON.stringify(value)}`);
  return DEFAULT_MASTERY_PERCENT;
}

function readTalkToSomeone(r: FieldReader, f: Fields): TalkToSomeone {
  const at = "talkToSomeone";
  const raw = r.required(f, at, "");
  const t = raw === undefined ? null : r.fields(raw, at);
  if (!t) return { title: "", text: [] };
  r.onlyKeys(t, at, ["title", "text"]);
  return { title: r.text(t, "title", at), text: r.textList(t, "text", at) };
}

function inFileOrder(problems: LessonProblem[]): LessonProblem[] {
  return [...problems].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
}

// Re-exported for callers that build places for their own problems (load-lessons, parity).
export { itemPath, joinPath };
