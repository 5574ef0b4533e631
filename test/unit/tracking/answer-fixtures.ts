// One AnswerRecord per response type the lesson produces (no free text anywhere: DESIGN.md).
import type { AnswerRecord, Response } from "../../../src/quiz/answer-record";

/** 2025-03-10 09:15:30.123 UTC; 1.2 `time` uses the local clock, so tests compute it locally. */
export const SHOWN_AT = new Date(Date.UTC(2025, 2, 10, 9, 15, 30, 123));

const answer = (id: string, response: Response, isCorrect: boolean): AnswerRecord => ({
  id,
  response,
  isCorrect,
  latencyMs: 12_000,
  shownAt: SHOWN_AT,
  description: "Khi nào gọi 111?",
  language: "vi",
});

export const CHOICE = answer(
  "q1_when_to_call",
  { type: "choice", options: ["hit", "gift", "secret"], chosen: ["secret"], correct: [["secret"]] },
  true,
);
export const MULTI_CHOICE = answer(
  "q2_who_answers",
  { type: "choice", options: ["hit", "gift", "secret"], chosen: ["hit", "secret"], correct: [["secret", "hit"]] },
  true,
);
/** A dialogue step with two good replies: either one alone is right, so two patterns. */
export const EITHER_CHOICE = answer(
  "practice_call_what",
  { type: "choice", options: ["hang_up", "tell", "where"], chosen: ["where"], correct: [["tell"], ["where"]] },
  true,
);
export const TRUE_FALSE = answer("q3_is_111_free", { type: "true-false", chosen: false, correct: true }, false);
export const MATCHING = answer(
  "sorting_which_number",
  {
    type: "matching",
    sources: ["bruise", "hungry"],
    targets: ["call111", "tell_teacher", "call113"],
    chosen: [
      ["hungry", "call113"],
      ["bruise", "call111"],
    ],
    correct: [
      ["bruise", "call111"],
      ["hungry", "tell_teacher"],
    ],
  },
  false,
);
export const SEQUENCING = answer(
  "q5_call_steps",
  { type: "sequencing", items: ["safe", "dial", "explain"], chosen: ["dial", "safe", "explain"], correct: ["safe", "dial", "explain"] },
  false,
);
export const KEYPAD = answer("practice_dial", { type: "keypad", chosen: "111", correct: "111" }, true);

export const ALL_TYPES = [CHOICE, MULTI_CHOICE, EITHER_CHOICE, TRUE_FALSE, MATCHING, SEQUENCING, KEYPAD] as const;
