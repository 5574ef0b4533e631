// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { StandaloneTracker } from "../../../../src/tracking/standalone/standalone-tracker";
import { CHOICE } from "../answer-fixtures";

const KEY = "call111-standalone-unit";
afterEach(() => localStorage.clear());

describe("StandaloneTracker", () => {
  it("keeps progress, language and outcome under the one key, and never the answers", () => {
    const tracker = new StandaloneTracker(KEY, "no-lms", window);
    expect(tracker.start()).toEqual({
      mode: "standalone",
      standaloneReason: "no-lms",
      learnerName: "",
      languagePreference: "",
      masteryPercent: null,
      resume: null,
    });
    tracker.saveProgress({ location: "quiz", data: '{"v":1}' });
    tracker.recordAnswer(CHOICE);
    tracker.setLanguagePreference("en");
    tracker.reportOutcome({ completion: "completed", success: "passed", scorePercent: 90, progress: 1 });
    expect(Object.keys(localStorage)).toEqual([KEY]);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({
      v: 1,
      progress: { location: "quiz", data: '{"v":1}' },
      language: "en",
      outcome: { completion: "completed", success: "passed", scorePercent: 90, progress: 1 },
    });
    expect(localStorage.getItem(KEY)).not.toContain(CHOICE.id);
  });

  it("starts fresh from corrupt or foreign saved state", () => {
    for (const junk of ["{not json", "[]", '{"v":2,"progress":{"location":"x","data":"y"}}', '{"v":1,"progress":{"location":3}}']) {
      localStorage.setItem(KEY, junk);
      expect(new StandaloneTracker(KEY, "no-lms", window).start().resume).toBeNull();
    }
  });

  it("runs without storage when localStorage itself throws (sandboxed iframe)", () => {
    const sandboxed = {
      get localStorage(): Storage {
        throw new DOMException("The document is sandboxed", "SecurityError");
      },
    } as unknown as Window;
    const tracker = new StandaloneTracker(KEY, "lms-refused", sandboxed);
    expect(tracker.start().resume).toBeNull();
    expect(() => tracker.saveProgress({ location: "a", data: "b" })).not.toThrow();
  });

  it("carries on when the storage is full", () => {
    const tracker = new StandaloneTracker(KEY, "no-lms", window);
    tracker.start();
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException("quota", "QuotaExceededError");
    };
    try {
      expect(() => tracker.saveProgress({ location: "a", data: "b" })).not.toThrow();
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it("writes nothing before start or after finish", () => {
    const tracker = new StandaloneTracker(KEY, "no-lms", window);
    tracker.saveProgress({ location: "early", data: "" });
    expect(localStorage.getItem(KEY)).toBeNull();
    tracker.start();
    tracker.finish();
    tracker.saveProgress({ location: "late", data: "" });
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});
