// Where the lesson stands, decided once, before any adapter sees it (STYLE.md "keep the rules of
// completion out of the transport"). Pure: the SCORM adapters only map the result to their own
// vocabulary (1.2 lesson_status; 2004 completion_status + success_status).
import type { LessonOutcome } from "./tracker";

export interface OutcomeInput {
  /** Distinct screens the student has seen (resume included). */
  screensSeen: number;
  screensTotal: number;
  quizSubmitted: boolean;
  /** Quiz score in percent 0–100; null before the quiz is submitted. */
  scorePercent: number | null;
  /** Pass mark in percent: the LMS's when it supplies one, else the lesson's (DESIGN.md: default 80). */
  masteryPercent: number;
}

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/** Completed when every screen was seen AND the quiz was submitted (DESIGN.md "SCORM behaviour");
 *  passed/failed from score ≥ mastery once the quiz was submitted, unknown before. */
export function decideOutcome(input: OutcomeInput): LessonOutcome {
  const total = Math.max(0, input.screensTotal);
  const seen = clamp(input.screensSeen, 0, total);
  // A lesson without screens has nothing left to see.
  const progress = total === 0 ? 1 : seen / total;
  const score =
    input.quizSubmitted && input.scorePercent !== null && Number.isFinite(input.scorePercent)
      ? clamp(input.scorePercent, 0, 100)
      : null;

  const completion = seen >= total && input.quizSubmitted ? "completed" : "incomplete";
  const success = score === null ? "unknown" : score >= input.masteryPercent ? "passed" : "failed";
  return { completion, success, scorePercent: score, progress };
}

const COMPLETION_RANK: Record<LessonOutcome["completion"], number> = { incomplete: 0, completed: 1 };
const SUCCESS_RANK: Record<LessonOutcome["success"], number> = { unknown: 0, failed: 1, passed: 2 };

/** The result to report when the LMS already held one at launch (an LMS that reopens a finished
 *  attempt in normal mode instead of review): the better of the two, field by field, so looking
 *  at the lesson again never turns "passed" into "incomplete" and a lower retake never lowers
 *  the grade. Within one session the latest result counts (a retry after failing replaces it). */
export function keepBest(earlier: LessonOutcome, now: LessonOutcome): LessonOutcome {
  const best = <K extends string>(rank: Record<K, number>, a: K, b: K): K => (rank[b] > rank[a] ? b : a);
  const scores = [earlier.scorePercent, now.scorePercent].filter((s): s is number => s !== null);
  return {
    completion: best(COMPLETION_RANK, earlier.completion, now.completion),
    success: best(SUCCESS_RANK, earlier.success, now.success),
    scorePercent: scores.length > 0 ? Math.max(...scores) : null,
    progress: Math.max(earlier.progress, now.progress),
  };
}
