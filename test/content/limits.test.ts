// The real lessons against the LMS's size limits, in the worst case a student can produce:
//   - suspend_data (the real encodeResume) stays under SCORM 1.2's 4,096 characters for every
//     band and language with every activity done the longest way, every question answered
//     with its widest answer, the last attempt number we accept, the largest draw seed and the
//     bank questions with the longest indices drawn;
//   - every interaction id fits 255 characters (1.2 CMIIdentifier, 2004 long_identifier_type
//     is wider) and every 2004 description fits 250 (localized_string_type SPM), for every
//     question and activity step of every band and language, as the adapters write them;
//   - every question names an objective of its lesson, written as the interaction's
//     objectives.0.id, and every objective id fits 255 (1.2 CMIIdentifier) and its 2004
//     description 250, as the adapters write cmi.objectives.n.
import { describe, expect, it } from "vitest";
import { loadBand } from "../../scorm/load-lessons";
import { chooseOption, placeCall, type CallState } from "../../src/activities/practice-call/call-state";
import { placeItem, type SortingState } from "../../src/activities/sorting/sorting-state";
import { BANDS, type Lesson, type Question, type QuizScreen } from "../../src/lesson/lesson-types";
import { initialProgress, type LessonProgress } from "../../src/player/progress";
import { decodeResume, encodeResume, SUSPEND_DATA_LIMIT } from "../../src/player/resume-state";
import type { AnswerRecord } from "../../src/quiz/answer-record";
import { questionRecord } from "../../src/quiz/answer-records";
import { objectiveResults } from "../../src/quiz/objective-results";
import type { QuizAnswer } from "../../src/quiz/question-kinds";
import { drawSize, type QuizSession } from "../../src/quiz/quiz-session";
import { scorm12Dialect } from "../../src/tracking/scorm12/scorm12-tracker";
import { scorm2004Dialect } from "../../src/tracking/scorm2004/scorm2004-tracker";

const t = { shownAt: new Date(0), answeredAt: new Date(1000) };
const bands = BANDS.map((band) => ({ band, lessons: loadBand(band) }));

/** The widest answer a question can get (most indices, the longest ones). */
function widestAnswer(q: Question): QuizAnswer {
  switch (q.kind) {
    case "single-choice":
      return q.options[q.options.length - 1]!.id;
    case "multiple-choice":
      return q.options.map((o) => o.id);
    case "true-false":
      return true;
    case "matching":
      return Object.fromEntries(q.prompts.map((p) => [p.id, q.targets[q.targets.length - 1]!.id]));
    case "ordering":
      return [...q.items].reverse().map((i) => i.id);
  }
}

/** Every step: each bad reply tried first, then the good one (the longest call state). */
function longestCall(lesson: Lesson, screenId: string, records: AnswerRecord[]): CallState {
  const s = lesson.screens.find((x) => x.id === screenId);
  if (s?.kind !== "practice-call") throw new Error(screenId);
  let change = placeCall(s, { dial: "idle", choices: {} }, "0".repeat(12), t, lesson.language);
  if (change.record) records.push(change.record);
  change = placeCall(s, change.state, s.number, t, lesson.language);
  let state = change.state;
  for (const step of s.conversation) {
    const order = [...step.options.filter((o) => !o.good), step.options.find((o) => o.good)!];
    for (const option of order) {
      const c = chooseOption(s, state, step.id, option.id, t, lesson.language);
      if (c.record) records.push(c.record);
      state = c.state;
    }
  }
  return state;
}

function sortedAll(lesson: Lesson, screenId: string, records: AnswerRecord[]): SortingState {
  const s = lesson.screens.find((x) => x.id === screenId);
  if (s?.kind !== "sorting") throw new Error(screenId);
  let state: SortingState = {};
  for (const item of s.items) {
    // The last bin for every item but the right one for the last: any bin is as long as another.
    const c = placeItem(s, state, item.id, s.bins[s.bins.length - 1]!.id, t, lesson.language);
    if (c.record) records.push(c.record);
    state = c.state;
  }
  return state;
}

/** A submitted attempt at the highest attempt number, drawing the bank's longest indices. */
function worstQuiz(s: QuizScreen): QuizSession {
  const size = drawSize(s);
  const drawn = s.questions.slice(s.questions.length - size).reverse();
  const answers = Object.fromEntries(drawn.map((q) => [q.id, widestAnswer(q)]));
  return { attempt: 9999, order: drawn.map((q) => q.id), position: size - 1, answers, submitted: true, lastScore: 100, seed: 0xffffffff };
}

/** Everything done, on the last screen, with every record the lesson can emit. */
function worstCase(lesson: Lesson): { progress: LessonProgress; records: AnswerRecord[] } {
  const records: AnswerRecord[] = [];
  const base = initialProgress(lesson);
  const calls: Record<string, CallState> = { ...base.calls };
  const sortings: Record<string, SortingState> = { ...base.sortings };
  const quizzes: Record<string, QuizSession> = { ...base.quizzes };
  for (const s of lesson.screens) {
    if (s.kind === "practice-call") calls[s.id] = longestCall(lesson, s.id, records);
    if (s.kind === "sorting") sortings[s.id] = sortedAll(lesson, s.id, records);
    if (s.kind === "quiz") {
      quizzes[s.id] = worstQuiz(s);
      for (const q of s.questions) records.push(questionRecord(q, widestAnswer(q), t, lesson.language));
    }
  }
  const progress: LessonProgress = { ...base, current: lesson.screens.length - 1, seenCount: lesson.screens.length, calls, sortings, quizzes };
  return { progress, records };
}

describe.each(bands)("$band", ({ lessons }) => {
  const languages = lessons.map((l) => l.language);

  it.each(lessons.map((l) => [l.language, l] as const))("%s: the worst-case suspend_data fits SCORM 1.2's 4,096 characters", (language, lesson) => {
    const { progress } = worstCase(lesson);
    // Any language code the band offers, saved in any lesson language: take the longest.
    const longestCode = [...languages].sort((a, b) => b.length - a.length)[0]!;
    const data = encodeResume(lesson, { language: longestCode, progress });
    // It is a state the player can really be in: it decodes back to itself.
    expect(decodeResume(lesson, data, languages)?.progress).toEqual(progress);
    expect(data.length, `${language}: ${data.length} characters`).toBeLessThan(SUSPEND_DATA_LIMIT);
  });

  it.each(lessons.map((l) => [l.language, l] as const))("%s: interaction ids ≤ 255 and 2004 descriptions ≤ 250 characters", (_language, lesson) => {
    const { records } = worstCase(lesson);
    const quizzes = lesson.screens.filter((s): s is QuizScreen => s.kind === "quiz");
    // One record per question, per dialogue step, per keypad and per sorting activity.
    expect(records.length).toBeGreaterThanOrEqual(quizzes.reduce((n, q) => n + q.questions.length, 0));
    for (const record of records) {
      const f12 = new Map(scorm12Dialect.interactionFields(record));
      expect(f12.get("id")?.length ?? 0, record.id).toBeGreaterThan(0);
      expect(f12.get("id")!.length, record.id).toBeLessThanOrEqual(255);
      const f2004 = new Map(scorm2004Dialect.interactionFields(record));
      expect(f2004.get("id")!.length, record.id).toBeLessThanOrEqual(255);
      const description = f2004.get("description");
      expect(description, `${record.id} has a description`).toBeTruthy();
      expect(description!.length, record.id).toBeLessThanOrEqual(250);
    }
  });

  it.each(lessons.map((l) => [l.language, l] as const))("%s: every question has an objective; objective ids ≤ 255 and 2004 descriptions ≤ 250 characters", (_language, lesson) => {
    const ids = lesson.objectives.map((o) => o.id);
    expect(ids.length).toBeGreaterThan(0);
    const questions = lesson.screens.flatMap((s) => (s.kind === "quiz" ? s.questions : []));
    for (const q of questions) {
      expect(ids, `${q.id} names an objective of the lesson`).toContain(q.objective);
      const record = questionRecord(q, widestAnswer(q), t, lesson.language);
      for (const dialect of [scorm12Dialect, scorm2004Dialect]) {
        expect(new Map(dialect.interactionFields(record)).get("objectives.0.id"), `${dialect.mode} ${q.id}`).toBe(q.objective);
      }
    }
    for (const id of ids) expect(questions.some((q) => q.objective === id), `${id} has a question`).toBe(true);
    // Results as the quiz reports them after an attempt that asked every question.
    const { progress } = worstCase(lesson);
    for (const result of objectiveResults(lesson, progress.quizzes, lesson.masteryPercent, lesson.language)) {
      expect(result.id.length, result.id).toBeLessThanOrEqual(255);
      const description = new Map(scorm2004Dialect.objectiveFields(result)).get("description");
      // The whole text fits: the adapter would shorten a longer one with "…", losing words.
      expect(description, `${result.id}: the description is the whole objective text`).toBe(`{lang=${lesson.language}}${result.description}`);
      expect(description!.length, result.id).toBeLessThanOrEqual(250);
    }
  });
});
