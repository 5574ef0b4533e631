// True/false: a boolean.
import type { TrueFalseQuestion } from "../../lesson/lesson-types";
import type { KindRules } from "./kind-rules";

export const trueFalse: KindRules<TrueFalseQuestion, boolean> = {
  isAnswer: (_q, value): value is boolean => typeof value === "boolean",
  isCorrect: (q, answer) => answer === q.answer,
  toResponse: (q, answer) => ({ type: "true-false", chosen: answer, correct: q.answer }),
};
