// Ordering: every item id exactly once; right only in the lesson's order.
import type { OrderingQuestion } from "../../lesson/lesson-types";
import { isStringArray, sameSet, type KindRules } from "./kind-rules";

export const ordering: KindRules<OrderingQuestion, readonly string[]> = {
  isAnswer: (q, value): value is readonly string[] =>
    isStringArray(value) && sameSet(value, q.items.map((i) => i.id)),
  isCorrect: (q, answer) => q.items.every((item, i) => answer[i] === item.id),
  toResponse: (q, answer) => {
    const items = q.items.map((i) => i.id);
    return { type: "sequencing", items, chosen: [...answer], correct: items };
  },
};
