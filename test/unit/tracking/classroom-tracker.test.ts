import { afterEach, describe, expect, it } from "vitest";
import { ClassroomTracker } from "../../../src/tracking/classroom-tracker";
import { ALL_TYPES } from "./answer-fixtures";

describe("ClassroomTracker", () => {
  const touched: string[] = [];
  const globals = globalThis as Record<string, unknown>;
  const names = ["window", "localStorage", "sessionStorage", "document", "fetch", "navigator", "API", "API_1484_11"];
  const saved = new Map(names.map((n) => [n, Object.getOwnPropertyDescriptor(globalThis, n)]));
  afterEach(() => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete globals[name];
    }
  });

  it("starts with no learner, no resume and no LMS, and touches no global (storage, network, LMS API)", () => {
    for (const name of names) {
      Object.defineProperty(globalThis, name, { configurable: true, get: () => (touched.push(name), undefined) });
    }
    const tracker = new ClassroomTracker();
    const start = tracker.start();
    expect(start).toEqual({ mode: "classroom", learnerName: "", languagePreference: "", masteryPercent: null, resume: null });
    for (const record of ALL_TYPES) tracker.recordAnswer(record);
    tracker.saveProgress({ location: "quiz", data: "x" });
    tracker.reportOutcome({ completion: "completed", success: "passed", scorePercent: 100, progress: 1 });
    tracker.setLanguagePreference("en");
    tracker.setAudioMuted(true);
    tracker.flush();
    tracker.finish();
    const seen: string[] = [];
    tracker.onDeliveryStatus((s) => seen.push(s))();
    expect(seen).toEqual([]);
    expect(touched).toEqual([]);
  });
});
