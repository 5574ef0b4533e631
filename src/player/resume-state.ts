// Resume data: the player's progress as compact, versioned JSON for the LMS's suspend data.
//
// Why compact: SCORM 1.2 cmi.suspend_data is CMIString4096 (RTE 3.4.2.2.x: at most 4,096
// characters), and we keep to that limit for every LMS. So the format stores positions
// (indices into the lesson's own lists), never ids or text, and short keys:
//   {"v":2,"h":<lesson shape hash>,"l":<language>,"c":<current screen>,"s":<screens seen>,
//    "a":{<screen index>: <activity tuple>}}
//   practice-call: [dial 0|1|2, [[option index, ...] per step]]
//   sorting:       [bin index or -1, per item]
//   quiz:          [attempt, position, submitted 0|1, last score or -1, draw seed,
//                   [bank index per question drawn, in the order shown],
//                   [answer or null per question drawn]]
//
// Why so strict on decode: the data comes back from an LMS (or the browser) and may be
// garbage, truncated, from an older lesson or from another tool. Anything that does not fit
// this exact lesson gives null, so the student starts clean instead of in a half-restored lesson.
import type { Lesson } from "../lesson/lesson-types";
import { hashString } from "../quiz/seeded-shuffle";
import { decodeCall, decodeQuiz, decodeSorting, encodeCall, encodeQuiz, encodeSorting } from "./resume-codecs";
import { isScreenDone, withDefaults, type LessonProgress } from "./progress";

/** 2: quizzes store their draw (questionsPerAttempt) and draw seed. */
export const RESUME_VERSION = 2;
/** SCORM 1.2 limit for cmi.suspend_data. */
export const SUSPEND_DATA_LIMIT = 4096;

export interface ResumeState {
  language: string;
  progress: LessonProgress;
}

/** A fingerprint of the lesson's ids and order (the same in every language of a band), so data
 *  saved against a different version of the lesson is recognised and dropped. */
export function lessonShapeHash(lesson: Lesson): string {
  const parts = lesson.screens.map((s) => {
    switch (s.kind) {
      case "practice-call":
        return [s.id, s.kind, s.activityId, ...s.conversation.map((st) => `${st.id}:${st.options.map((o) => o.id).join(",")}`)].join("|");
      case "sorting":
        return [s.id, s.kind, s.activityId, s.bins.map((b) => b.id).join(","), s.items.map((i) => i.id).join(",")].join("|");
      case "quiz":
        return [s.id, s.kind, ...s.questions.map((q) => `${q.id}:${q.kind}`)].join("|");
      default:
        return `${s.id}|${s.kind}`;
    }
  });
  return hashString(parts.join("\n")).toString(36);
}

export function encodeResume(lesson: Lesson, state: ResumeState): string {
  const p = state.progress;
  const a: Record<string, unknown> = {};
  lesson.screens.forEach((s, i) => {
    if (s.kind === "practice-call") a[i] = encodeCall(s, p.calls[s.id]);
    if (s.kind === "sorting") a[i] = encodeSorting(s, p.sortings[s.id]);
    if (s.kind === "quiz") a[i] = encodeQuiz(s, p.quizzes[s.id]);
  });
  return JSON.stringify({ v: RESUME_VERSION, h: lessonShapeHash(lesson), l: state.language, c: p.current, s: p.seenCount, a });
}

function parseRecord(data: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(data);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The saved language, read before the lesson is loaded (the lesson to load depends on it). */
export function peekResumeLanguage(data: string, languages: readonly string[]): string | null {
  const raw = parseRecord(data);
  return raw && raw.v === RESUME_VERSION && typeof raw.l === "string" && languages.includes(raw.l) ? raw.l : null;
}

export function decodeResume(lesson: Lesson, data: string, languages: readonly string[]): ResumeState | null {
  const raw = parseRecord(data);
  if (!raw || raw.v !== RESUME_VERSION || raw.h !== lessonShapeHash(lesson)) return null;
  // Exactly the format's keys: anything more was not written by this lesson.
  if (Object.keys(raw).sort().join() !== "a,c,h,l,s,v") return null;
  const { l: language, c: current, s: seenCount, a } = raw;
  if (typeof language !== "string" || !languages.includes(language)) return null;
  const n = lesson.screens.length;
  if (!isIndex(seenCount, n + 1) || seenCount < 1 || !isIndex(current, seenCount)) return null;
  if (typeof a !== "object" || a === null || Array.isArray(a)) return null;
  const activities = a as Record<string, unknown>;

  const calls: Record<string, LessonProgress["calls"][string]> = {};
  const sortings: Record<string, LessonProgress["sortings"][string]> = {};
  const quizzes: Record<string, LessonProgress["quizzes"][string]> = {};
  const expectedKeys: string[] = [];
  for (let i = 0; i < n; i++) {
    const s = lesson.screens[i]!;
    if (s.kind !== "practice-call" && s.kind !== "sorting" && s.kind !== "quiz") continue;
    expectedKeys.push(String(i));
    const value = activities[i];
    if (s.kind === "practice-call") {
      const call = decodeCall(s, value);
      if (!call) return null;
      calls[s.id] = call;
    } else if (s.kind === "sorting") {
      const sorting = decodeSorting(s, value);
      if (!sorting) return null;
      sortings[s.id] = sorting;
    } else {
      const quiz = decodeQuiz(s, value);
      if (!quiz) return null;
      quizzes[s.id] = quiz;
    }
  }
  if (Object.keys(activities).length !== expectedKeys.length) return null;

  const progress = withDefaults(lesson, { current, seenCount, calls, sortings, quizzes });
  // Reachable states only: the student got past every screen before the furthest one seen.
  // A quiz that was submitted and is being retried still counts as got past.
  for (let i = 0; i < seenCount - 1; i++) {
    const s = lesson.screens[i]!;
    const passed = s.kind === "quiz" ? progress.quizzes[s.id]?.lastScore != null : isScreenDone(s, progress);
    if (!passed) return null;
  }
  return { language, progress };
}

export function isIndex(value: unknown, length: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value < length;
}
