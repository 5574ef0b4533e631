// @vitest-environment jsdom
// What each clip reads (media/README.md "What is read") and how sentence times are found.
import { describe, expect, it } from "vitest";
import type { Question, Screen } from "../../../src/lesson/lesson-types";
import { questionParts, screenParts } from "../../../src/narration/narration-script";
import { sentenceStarts } from "../../../src/narration/narrator";

const WORDS = { true: "Đúng", false: "Sai" };

describe("narration script", () => {
  it("reads title and sentences, plus facts and the calm note on welcome, trimmed, blanks dropped", () => {
    const welcome = { id: "welcome", kind: "welcome", title: " Chào ", text: ["A.", " "], facts: ["Miễn phí"], calmNote: "Không sao cả." } as Screen;
    expect(screenParts(welcome)).toEqual(["Chào", "A.", "Miễn phí", "Không sao cả."]);
    const call = { id: "c", kind: "practice-call", title: "T", text: ["x"], dialPrompt: "Bấm 1, 1, 1." } as Screen;
    expect(screenParts(call)).toEqual(["T", "x", "Bấm 1, 1, 1."]);
    const results = { id: "r", kind: "results", title: "T", text: ["x"], passedText: ["p"], failedText: ["f"], closing: ["111"] } as Screen;
    expect(screenParts(results)).toEqual(["T", "x", "111"]);
  });

  it("reads a question with what can be chosen, but never an ordering question's items", () => {
    const choice = { id: "q", kind: "single-choice", prompt: "P?", options: [{ id: "a", text: "A" }, { id: "b", text: "B" }] } as Question;
    expect(questionParts(choice, WORDS)).toEqual(["P?", "A", "B"]);
    expect(questionParts({ id: "q", kind: "true-false", prompt: "P?" } as Question, WORDS)).toEqual(["P?", "Đúng", "Sai"]);
    const ordering = { id: "q", kind: "ordering", prompt: "Xếp", items: [{ id: "a", text: "first" }] } as Question;
    expect(questionParts(ordering, WORDS)).toEqual(["Xếp"]);
  });
});

describe("sentence times", () => {
  it("uses the generated start times when they fit the sentences", () => {
    expect(sentenceStarts(["a", "b"], 4, { duration: 4, starts: [0.4, 2.1] })).toEqual([0.4, 2.1]);
  });

  it("estimates by text length for recorded clips and for times that do not fit", () => {
    expect(sentenceStarts(["aa", "bbbbbb"], 8, { duration: 0, starts: [], recorded: true })).toEqual([0, 2]);
    expect(sentenceStarts(["aa", "bb"], 4, { duration: 4, starts: [0] })).toEqual([0, 2]);
    expect(sentenceStarts(["aa", "bb"], 4, undefined)).toEqual([0, 2]);
  });
});
