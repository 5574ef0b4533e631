// Reads one screen: the fields every screen has, then the fields of its kind.
import { SCREEN_KINDS, type Leaflet, type Screen, type ScreenKind } from "./lesson-types";
import type { FieldReader, Fields } from "./field-reader";
import { itemPath, joinPath } from "./lesson-problem";
import { PRACTICE_CALL_KEYS, SORTING_KEYS, readPracticeCall, readSorting } from "./read-activities";
import { readCard, readImage } from "./read-parts";
import { readQuestion } from "./read-questions";

const BASE_KEYS = ["id", "kind", "title", "text", "image"];
const KIND_KEYS: Record<ScreenKind, readonly string[]> = {
  welcome: ["facts", "calmNote"],
  info: ["cards"],
  "practice-call": PRACTICE_CALL_KEYS,
  sorting: SORTING_KEYS,
  quiz: ["questions", "questionsPerAttempt"],
  results: ["passedText", "failedText", "closing"],
  "take-home": ["leaflet"],
};

type Base = { id: string; title: string; text: string[]; image?: { src: string; alt: string } };

/** The screen, or null when its kind is unknown (its other fields cannot be judged then). */
export function readScreen(r: FieldReader, raw: unknown, path: string): Screen | null {
  const f = r.fields(raw, path);
  if (!f) return null;
  const kind = r.oneOf(f, "kind", path, SCREEN_KINDS, "screen kind");
  // Every screen is narrated from `text`, so it needs at least one sentence (DESIGN.md).
  const base: Base = { id: r.id(f, "id", path), title: r.text(f, "title", path), text: r.textList(f, "text", path, 1, "sentence") };
  r.screenIds.push({ id: base.id, path: joinPath(path, "id") });
  const image = readImage(r, f, path);
  if (image) base.image = image;
  if (!kind) return null;
  r.onlyKeys(f, path, [...BASE_KEYS, ...KIND_KEYS[kind]]);

  switch (kind) {
    case "welcome":
      return { ...base, kind, facts: r.textList(f, "facts", path, 1, "fact"), calmNote: r.text(f, "calmNote", path) };
    case "info": {
      const screen: Screen = { ...base, kind };
      if (f.cards !== undefined) {
        const at = joinPath(path, "cards");
        screen.cards = r.list(f, "cards", path, 1, "card").map((c, i) => readCard(r, c, itemPath(at, i)));
      }
      return screen;
    }
    case "practice-call":
      return readPracticeCall(r, f, path, base);
    case "sorting":
      return readSorting(r, f, path, base);
    case "quiz": {
      const at = joinPath(path, "questions");
      const questions = r.list(f, "questions", path, 1, "question").map((q, i) => readQuestion(r, q, itemPath(at, i)));
      // Questions of an unknown kind were reported; dropping them is safe because no Lesson is
      // handed out when there are problems, and every place was already recorded while reading.
      const screen: Screen = { ...base, kind, questions: questions.filter((q) => q !== null) };
      const objectives = new Set(questions.map((q) => q?.objective).filter(Boolean)).size;
      const draw = readQuestionsPerAttempt(r, f, path, questions.length, objectives);
      if (draw !== undefined) screen.questionsPerAttempt = draw;
      return screen;
    }
    case "results":
      return {
        ...base,
        kind,
        passedText: r.textList(f, "passedText", path),
        failedText: r.textList(f, "failedText", path),
        closing: r.textList(f, "closing", path),
      };
    case "take-home":
      return { ...base, kind, leaflet: readLeaflet(r, f, path) };
  }
}

function readLeaflet(r: FieldReader, f: Fields, path: string): Leaflet {
  const at = joinPath(path, "leaflet");
  const raw = r.required(f, "leaflet", path);
  const lf = raw === undefined ? null : r.fields(raw, at);
  if (!lf) return { heading: "", lines: [], highlights: [] };
  r.onlyKeys(lf, at, ["heading", "lines", "highlights"]);
  return { heading: r.text(lf, "heading", at), lines: r.textList(lf, "lines", at), highlights: r.textList(lf, "highlights", at, 1, "highlight") };
}

/** A whole number from 1 to the size of the bank, when given, and no fewer than the objectives
 *  the bank covers: every attempt asks at least one question of each (quiz-session.ts). */
function readQuestionsPerAttempt(r: FieldReader, f: Fields, path: string, bankSize: number, objectives: number): number | undefined {
  const value = f.questionsPerAttempt;
  if (value === undefined) return undefined;
  const at = joinPath(path, "questionsPerAttempt");
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > bankSize) {
    r.report(at, `must be a whole number from 1 to ${bankSize} (the number of questions), got ${JSON.stringify(value)}`);
    return undefined;
  }
  if (value < objectives) {
    r.report(
      at,
      `must be at least ${objectives}, the number of objectives these questions check (every attempt asks at least one question of each objective), got ${value}`,
    );
    return undefined;
  }
  return value;
}
