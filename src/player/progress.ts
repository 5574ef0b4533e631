// The student's progress through one lesson: the domain model the player renders and the
// resume data restores. Plain immutable data; navigation is linear (Next only after the
// current screen's activity is done), so "seen" is simply how far the student has got.
import { initialCallState, isCallDone, type CallState } from "../activities/practice-call/call-state";
import { isSortingDone, type SortingState } from "../activities/sorting/sorting-state";
import type { Lesson, Screen } from "../lesson/lesson-types";
import { drawSize, startQuiz, type QuizSession } from "../quiz/quiz-session";

export interface LessonProgress {
  /** Index of the screen on view. */
  current: number;
  /** Screens 0..seenCount-1 have been seen. Always > current. */
  seenCount: number;
  /** Activity and quiz state by screen id (only for screens of those kinds). */
  calls: Readonly<Record<string, CallState>>;
  sortings: Readonly<Record<string, SortingState>>;
  quizzes: Readonly<Record<string, QuizSession>>;
}

/** A fresh start. Each quiz gets its own random draw seed unless one is given (tests). */
export function initialProgress(lesson: Lesson, seed?: number): LessonProgress {
  const progress: LessonProgress = { current: 0, seenCount: lesson.screens.length ? 1 : 0, calls: {}, sortings: {}, quizzes: {} };
  return withDefaults(lesson, progress, seed);
}

/** Fills in a fresh state for every activity screen that has none. */
export function withDefaults(lesson: Lesson, p: LessonProgress, seed?: number): LessonProgress {
  const calls = { ...p.calls };
  const sortings = { ...p.sortings };
  const quizzes = { ...p.quizzes };
  for (const s of lesson.screens) {
    if (s.kind === "practice-call" && !calls[s.id]) calls[s.id] = initialCallState;
    if (s.kind === "sorting" && !sortings[s.id]) sortings[s.id] = {};
    if (s.kind === "quiz" && !quizzes[s.id]) quizzes[s.id] = startQuiz(s, seed);
  }
  return { ...p, calls, sortings, quizzes };
}

/** Whether the student may move on from this screen. */
export function isScreenDone(screen: Screen, p: LessonProgress): boolean {
  switch (screen.kind) {
    case "practice-call":
      return isCallDone(screen, p.calls[screen.id] ?? initialCallState);
    case "sorting":
      return isSortingDone(screen, p.sortings[screen.id] ?? {});
    case "quiz":
      return p.quizzes[screen.id]?.submitted ?? false;
    default:
      return true;
  }
}

/** Moves to a screen: any seen screen, or the next one once the current one is done. */
export function goToScreen(lesson: Lesson, p: LessonProgress, index: number): LessonProgress {
  if (index < 0 || index >= lesson.screens.length || index === p.current) return p;
  if (index >= p.seenCount) {
    const here = lesson.screens[p.current];
    if (index !== p.seenCount || p.current !== p.seenCount - 1 || !here || !isScreenDone(here, p)) return p;
  }
  return { ...p, current: index, seenCount: Math.max(p.seenCount, index + 1) };
}

export function screenIndex(lesson: Lesson, id: string): number {
  return lesson.screens.findIndex((s) => s.id === id);
}

export interface QuizSummary {
  submitted: boolean;
  scorePercent: number | null;
}

/** The quiz result across the lesson's quiz screens (one in every lesson so far): submitted
 *  once every quiz has a score; the score is the mean of those scores weighted by how many
 *  questions each attempt holds (the draw size, not the bank size). */
export function quizSummary(lesson: Lesson, p: LessonProgress): QuizSummary {
  let total = 0;
  let weighted = 0;
  let submitted = true;
  for (const s of lesson.screens) {
    if (s.kind !== "quiz") continue;
    const quiz = p.quizzes[s.id];
    const score = quiz?.lastScore ?? null;
    if (score === null) submitted = false;
    else {
      const size = quiz?.order.length || drawSize(s);
      total += size;
      weighted += score * size;
    }
  }
  if (!submitted || total === 0) return { submitted: submitted && total > 0, scorePercent: null };
  return { submitted: true, scorePercent: Math.round(weighted / total) };
}
