// Matching: every prompt gets one target (several prompts may share a target).
// The answer maps prompt id -> target id.
import type { MatchingQuestion } from "../../lesson/lesson-types";
import type { KindRules } from "./kind-rules";

export type MatchingAnswer = Readonly<Record<string, string>>;

export const matching: KindRules<MatchingQuestion, MatchingAnswer> = {
  isAnswer: (q, value): value is MatchingAnswer => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
    const entries = Object.entries(value as Record<string, unknown>);
    return (
      entries.length === q.prompts.length &&
      q.prompts.every((p) => {
        const target = (value as Record<string, unknown>)[p.id];
        return typeof target === "string" && q.targets.some((t) => t.id === target);
      })
    );
  },
  isCorrect: (q, answer) => q.prompts.every((p) => answer[p.id] === p.match),
  toResponse: (q, answer) => ({
    type: "matching",
    sources: q.prompts.map((p) => p.id),
    targets: q.targets.map((t) => t.id),
    chosen: q.prompts.map((p) => [p.id, answer[p.id] ?? ""] as const),
    correct: q.prompts.map((p) => [p.id, p.match] as const),
  }),
};
