// The lesson the e2e tests drive, read with the project's own loader (scorm/load-lessons.ts), so
// no spec hard-codes a prompt, an option or a right answer. Also the answer plan: which answer
// the driver gives to each question, right or deliberately wrong.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadBand } from "../../scorm/load-lessons";
import type {
  Lesson,
  PracticeCallScreen,
  Question,
  QuizScreen,
  ResultsScreen,
  Screen,
  SortingScreen,
  TakeHomeScreen,
} from "../../src/lesson/lesson-types";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

type UiStrings = typeof import("../../src/i18n/strings/vi.json");
// Read as a file: Node's ESM loader (Playwright) wants an import attribute for JSON, which the
// project's TypeScript setup does not use.
const vi = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "src/i18n/strings/vi.json"), "utf8")) as UiStrings;

let cached: Lesson | null = null;

/** lessons/primary/vi.yaml, parsed and validated exactly as the build does. */
export function primaryLesson(): Lesson {
  if (!cached) {
    const lessons = loadBand("primary", path.join(REPO_ROOT, "lessons"), path.join(REPO_ROOT, "media", "images"));
    const found = lessons.find((l) => l.language === "vi");
    if (!found) throw new Error("lessons/primary has no vi lesson");
    cached = found;
  }
  return cached;
}

/** The UI strings the learner sees (Vietnamese is the default language). */
export const UI = vi;

/** "Bước {{current}}/{{total}}" -> "Bước 3/11". */
export function uiText(key: keyof typeof vi, values: Record<string, string | number> = {}): string {
  return vi[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ""));
}

function only<K extends Screen["kind"]>(lesson: Lesson, kind: K): Extract<Screen, { kind: K }> {
  const found = lesson.screens.filter((s): s is Extract<Screen, { kind: K }> => s.kind === kind);
  if (found.length !== 1) throw new Error(`expected one ${kind} screen, found ${found.length}`);
  return found[0]!;
}

export const practiceCallOf = (lesson: Lesson): PracticeCallScreen => only(lesson, "practice-call");
export const sortingOf = (lesson: Lesson): SortingScreen => only(lesson, "sorting");
export const quizOf = (lesson: Lesson): QuizScreen => only(lesson, "quiz");
export const resultsOf = (lesson: Lesson): ResultsScreen => only(lesson, "results");
export const takeHomeOf = (lesson: Lesson): TakeHomeScreen => only(lesson, "take-home");

/** An answer in the lesson's own terms (ids), whatever the question kind. */
export type PlannedAnswer =
  | { kind: "single-choice"; chosen: string }
  | { kind: "multiple-choice"; chosen: string[] }
  | { kind: "true-false"; chosen: boolean }
  | { kind: "matching"; chosen: Record<string, string> }
  | { kind: "ordering"; chosen: string[] };

/** The answer the driver gives: the right one, or a plainly wrong one of the same kind. */
export function plannedAnswer(q: Question, wrong: boolean): PlannedAnswer {
  switch (q.kind) {
    case "single-choice": {
      const other = q.options.find((o) => o.id !== q.answer);
      return { kind: q.kind, chosen: wrong && other ? other.id : q.answer };
    }
    case "multiple-choice": {
      // Wrong: the right set minus its last member plus the first wrong option (lesson order).
      if (!wrong) return { kind: q.kind, chosen: [...q.answers] };
      const extra = q.options.find((o) => !q.answers.includes(o.id));
      const chosen = q.answers.slice(0, -1).concat(extra ? [extra.id] : []);
      return { kind: q.kind, chosen: q.options.map((o) => o.id).filter((id) => chosen.includes(id)) };
    }
    case "true-false":
      return { kind: q.kind, chosen: wrong ? !q.answer : q.answer };
    case "matching": {
      const chosen = Object.fromEntries(q.prompts.map((p) => [p.id, p.match]));
      if (wrong) {
        const first = q.prompts[0]!;
        chosen[first.id] = q.targets.find((t) => t.id !== first.match)!.id;
      }
      return { kind: q.kind, chosen };
    }
    case "ordering": {
      const chosen = q.items.map((i) => i.id);
      if (wrong) [chosen[0], chosen[1]] = [chosen[1]!, chosen[0]!];
      return { kind: q.kind, chosen };
    }
  }
}

/** Percent score the quiz engine must give for `wrongCount` wrong answers out of `total`. */
export function expectedScore(total: number, wrongCount: number): number {
  return Math.round(((total - wrongCount) / total) * 100);
}
