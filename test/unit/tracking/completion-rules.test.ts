import { describe, expect, it } from "vitest";
import { decideOutcome, keepBest } from "../../../src/tracking/completion-rules";

const base = { screensSeen: 3, screensTotal: 8, quizSubmitted: false, scorePercent: null, masteryPercent: 80 };

describe("decideOutcome", () => {
  it("is incomplete with unknown success before the quiz", () => {
    expect(decideOutcome(base)).toEqual({ completion: "incomplete", success: "unknown", scorePercent: null, progress: 3 / 8 });
  });

  it("judges passed/failed as soon as the quiz is submitted, complete or not", () => {
    expect(decideOutcome({ ...base, quizSubmitted: true, scorePercent: 80 })).toMatchObject({ completion: "incomplete", success: "passed" });
    expect(decideOutcome({ ...base, quizSubmitted: true, scorePercent: 79.99 })).toMatchObject({ success: "failed", scorePercent: 79.99 });
  });

  it("is completed only when every screen was seen and the quiz submitted", () => {
    expect(decideOutcome({ ...base, screensSeen: 8 })).toMatchObject({ completion: "incomplete", progress: 1 });
    expect(decideOutcome({ ...base, screensSeen: 8, quizSubmitted: true, scorePercent: 100 })).toEqual({
      completion: "completed",
      success: "passed",
      scorePercent: 100,
      progress: 1,
    });
  });

  it("uses the mastery it is given (the LMS's when present)", () => {
    expect(decideOutcome({ ...base, quizSubmitted: true, scorePercent: 60, masteryPercent: 50 }).success).toBe("passed");
  });

  it("ignores a score before submission and clamps odd inputs", () => {
    expect(decideOutcome({ ...base, scorePercent: 90 })).toMatchObject({ success: "unknown", scorePercent: null });
    expect(decideOutcome({ ...base, screensSeen: 12, quizSubmitted: true, scorePercent: 140 })).toMatchObject({ progress: 1, scorePercent: 100 });
    expect(decideOutcome({ ...base, screensSeen: 0, screensTotal: 0, quizSubmitted: true, scorePercent: 0 })).toMatchObject({
      completion: "completed",
      success: "failed",
      progress: 1,
    });
  });
});

describe("keepBest (a result the LMS already held at launch)", () => {
  const held = { completion: "completed", success: "passed", scorePercent: 90, progress: 1 } as const;

  it("keeps a finished, passed result while the student only looks again", () => {
    expect(keepBest(held, { completion: "incomplete", success: "unknown", scorePercent: null, progress: 0.1 })).toEqual(held);
  });

  it("never lowers a score or a pass with a worse retake, but takes a better one", () => {
    expect(keepBest(held, { completion: "completed", success: "failed", scorePercent: 40, progress: 1 })).toEqual(held);
    expect(keepBest(held, { completion: "completed", success: "passed", scorePercent: 95, progress: 1 })).toEqual({ ...held, scorePercent: 95 });
  });

  it("lets a pass replace a failed result, and keeps a failed result over no result", () => {
    const failed = { completion: "incomplete", success: "failed", scorePercent: 60, progress: 0.8 } as const;
    expect(keepBest(failed, { completion: "incomplete", success: "unknown", scorePercent: null, progress: 0.2 })).toEqual(failed);
    expect(keepBest(failed, { completion: "completed", success: "passed", scorePercent: 85, progress: 1 })).toEqual({ completion: "completed", success: "passed", scorePercent: 85, progress: 1 });
  });
});
