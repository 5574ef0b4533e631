import { describe, expect, it } from "vitest";
import { isAnswerTo, isCorrectAnswer, responseFor } from "../../../src/quiz/question-kinds";
import type { Question } from "../../../src/lesson/lesson-types";
import { fixtureQuestions } from "../player/fixture-lesson";

const q = (id: string): Question => fixtureQuestions.find((x) => x.id === id)!;

describe("single choice", () => {
  it("accepts only a known option id", () => {
    expect(isAnswerTo(q("q1_single"), "a")).toBe(true);
    expect(isAnswerTo(q("q1_single"), "z")).toBe(false);
    expect(isAnswerTo(q("q1_single"), ["a"])).toBe(false);
  });
  it("checks the answer and builds a choice response over all options", () => {
    expect(isCorrectAnswer(q("q1_single"), "a")).toBe(true);
    expect(isCorrectAnswer(q("q1_single"), "b")).toBe(false);
    expect(responseFor(q("q1_single"), "b")).toEqual({ type: "choice", options: ["a", "b", "c"], chosen: ["b"], correct: [["a"]] });
  });
});

describe("multiple choice", () => {
  it("is right only for exactly the set of answers, in any order", () => {
    expect(isCorrectAnswer(q("q2_multi"), ["always", "free"])).toBe(true);
    expect(isCorrectAnswer(q("q2_multi"), ["free"])).toBe(false);
    expect(isCorrectAnswer(q("q2_multi"), ["free", "always", "paid"])).toBe(false);
  });
  it("rejects empty, duplicate and unknown choices", () => {
    expect(isAnswerTo(q("q2_multi"), [])).toBe(false);
    expect(isAnswerTo(q("q2_multi"), ["free", "free"])).toBe(false);
    expect(isAnswerTo(q("q2_multi"), ["nope"])).toBe(false);
  });
  it("reports chosen ids in lesson order", () => {
    expect(responseFor(q("q2_multi"), ["paid", "free"])).toEqual({
      type: "choice",
      options: ["free", "always", "paid"],
      chosen: ["free", "paid"],
      correct: [["free", "always"]],
    });
  });
});

describe("true/false", () => {
  it("checks a boolean", () => {
    expect(isCorrectAnswer(q("q3_tf"), false)).toBe(true);
    expect(isCorrectAnswer(q("q3_tf"), true)).toBe(false);
    expect(isAnswerTo(q("q3_tf"), "false")).toBe(false);
    expect(responseFor(q("q3_tf"), true)).toEqual({ type: "true-false", chosen: true, correct: false });
  });
});

describe("matching", () => {
  const right = { fire: "n114", hurt: "n115", worry: "n111" };
  it("needs every prompt matched to a known target", () => {
    expect(isAnswerTo(q("q4_match"), right)).toBe(true);
    expect(isAnswerTo(q("q4_match"), { fire: "n114", hurt: "n115" })).toBe(false);
    expect(isAnswerTo(q("q4_match"), { ...right, worry: "n999" })).toBe(false);
    expect(isAnswerTo(q("q4_match"), { ...right, extra: "n111" })).toBe(false);
    expect(isAnswerTo(q("q4_match"), null)).toBe(false);
  });
  it("checks every pair and reports pairs in prompt order", () => {
    expect(isCorrectAnswer(q("q4_match"), right)).toBe(true);
    expect(isCorrectAnswer(q("q4_match"), { ...right, fire: "n111" })).toBe(false);
    const r = responseFor(q("q4_match"), { worry: "n111", hurt: "n111", fire: "n114" });
    expect(r).toEqual({
      type: "matching",
      sources: ["fire", "hurt", "worry"],
      targets: ["n111", "n114", "n115"],
      chosen: [["fire", "n114"], ["hurt", "n111"], ["worry", "n111"]],
      correct: [["fire", "n114"], ["hurt", "n115"], ["worry", "n111"]],
    });
  });
});

describe("ordering", () => {
  it("needs every item exactly once and is right only in lesson order", () => {
    expect(isAnswerTo(q("q5_order"), ["say", "dial", "tell"])).toBe(true);
    expect(isAnswerTo(q("q5_order"), ["say", "dial"])).toBe(false);
    expect(isAnswerTo(q("q5_order"), ["say", "say", "tell"])).toBe(false);
    expect(isCorrectAnswer(q("q5_order"), ["dial", "say", "tell"])).toBe(true);
    expect(isCorrectAnswer(q("q5_order"), ["say", "dial", "tell"])).toBe(false);
    expect(responseFor(q("q5_order"), ["say", "dial", "tell"])).toEqual({
      type: "sequencing",
      items: ["dial", "say", "tell"],
      chosen: ["say", "dial", "tell"],
      correct: ["dial", "say", "tell"],
    });
  });
});
