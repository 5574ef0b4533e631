// Dispatch by question kind: the one place that maps a Question to its rules.
import type { Question } from "../../lesson/lesson-types";
import type { Response } from "../answer-record";
import { matching, type MatchingAnswer } from "./matching";
import { multipleChoice } from "./multiple-choice";
import { ordering } from "./ordering";
import { singleChoice } from "./single-choice";
import { trueFalse } from "./true-false";

/** Any kind's answer: option id, option ids, boolean, prompt->target map, or ordered ids. */
export type QuizAnswer = string | readonly string[] | boolean | MatchingAnswer;

export function isAnswerTo(q: Question, value: unknown): value is QuizAnswer {
  switch (q.kind) {
    case "single-choice": return singleChoice.isAnswer(q, value);
    case "multiple-choice": return multipleChoice.isAnswer(q, value);
    case "true-false": return trueFalse.isAnswer(q, value);
    case "matching": return matching.isAnswer(q, value);
    case "ordering": return ordering.isAnswer(q, value);
  }
}

/** False for an answer that does not fit the question (never throws). */
export function isCorrectAnswer(q: Question, answer: QuizAnswer): boolean {
  if (!isAnswerTo(q, answer)) return false;
  switch (q.kind) {
    case "single-choice": return singleChoice.isCorrect(q, answer as string);
    case "multiple-choice": return multipleChoice.isCorrect(q, answer as readonly string[]);
    case "true-false": return trueFalse.isCorrect(q, answer as boolean);
    case "matching": return matching.isCorrect(q, answer as MatchingAnswer);
    case "ordering": return ordering.isCorrect(q, answer as readonly string[]);
  }
}

/** Callers check isAnswerTo first; the casts below rely on that. */
export function responseFor(q: Question, answer: QuizAnswer): Response {
  switch (q.kind) {
    case "single-choice": return singleChoice.toResponse(q, answer as string);
    case "multiple-choice": return multipleChoice.toResponse(q, answer as readonly string[]);
    case "true-false": return trueFalse.toResponse(q, answer as boolean);
    case "matching": return matching.toResponse(q, answer as MatchingAnswer);
    case "ordering": return ordering.toResponse(q, answer as readonly string[]);
  }
}
