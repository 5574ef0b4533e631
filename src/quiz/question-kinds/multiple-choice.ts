// Multiple choice: a set of option ids; right only when it is exactly the set of answers
// (all-or-nothing, so a student cannot score by ticking everything).
import type { MultipleChoiceQuestion } from "../../lesson/lesson-types";
import { isStringArray, sameSet, type KindRules } from "./kind-rules";

export const multipleChoice: KindRules<MultipleChoiceQuestion, readonly string[]> = {
  isAnswer: (q, value): value is readonly string[] =>
    isStringArray(value) &&
    value.length > 0 &&
    new Set(value).size === value.length &&
    value.every((id) => q.options.some((o) => o.id === id)),
  isCorrect: (q, answer) => sameSet(answer, q.answers),
  toResponse: (q, answer) => {
    const options = q.options.map((o) => o.id);
    // Lesson order, so an adapter can map ids to positions and the LMS shows a stable pattern.
    const inLessonOrder = (ids: readonly string[]) => options.filter((id) => ids.includes(id));
    return { type: "choice", options, chosen: inLessonOrder(answer), correct: [inLessonOrder(q.answers)] };
  },
};
