// What every question kind provides to the quiz engine. A kind knows its own answer shape;
// the engine and the resume code only ever go through these three functions.
import type { Response } from "../answer-record";

export interface KindRules<Q, A> {
  /** True when `value` is a complete, well-formed answer to `question` (every id known).
   *  Also the guard used when reading saved answers back from the LMS. */
  isAnswer(question: Q, value: unknown): value is A;
  isCorrect(question: Q, answer: A): boolean;
  /** The version-free response the tracker turns into a SCORM interaction. */
  toResponse(question: Q, answer: A): Response;
}

export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}

/** Same members, any order, no duplicates in `chosen`. */
export function sameSet(chosen: readonly string[], wanted: readonly string[]): boolean {
  return chosen.length === wanted.length && new Set(chosen).size === chosen.length && chosen.every((id) => wanted.includes(id));
}
