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
