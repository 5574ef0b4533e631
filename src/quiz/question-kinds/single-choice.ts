// Single choice: exactly one option id.
import type { SingleChoiceQuestion } from "../../lesson/lesson-types";
import type { KindRules } from "./kind-rules";

export const singleChoice: KindRules<SingleChoiceQuestion, string> = {
  isAnswer: (q, value): value is string => typeof value === "string" && q.options.some((o) => o.id === value),
  isCorrect: (q, answer) => answer === q.answer,
  toResponse: (q, answer) => ({
    type: "choice",
    options: q.options.map((o) => o.id),
    chosen: [answer],
    correct: [[q.answer]],
  }),
};
