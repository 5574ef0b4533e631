// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { bindPageLifecycle } from "../../../src/tracking/page-lifecycle";
import type { Tracker } from "../../../src/tracking/tracker";

/** Records which Tracker methods the page lifecycle calls (no LMS involved here). */
function recordingTracker(calls: string[]): Tracker {
  const record = (name: string) => () => {
    calls.push(name);
  };
  return {
    mode: "standalone",
    start: () => ({ mode: "standalone", learnerName: "", languagePreference: "", masteryPercent: null, resume: null }),
    saveProgress: record("saveProgress"),
    recordAnswer: record("recordAnswer"),
    reportOutcome: record("reportOutcome"),
    reportObjectives: record("reportObjectives"),
    setLanguagePreference: record("setLanguagePreference"),
    flush: record("flush"),
    finish: record("finish"),
    onDeliveryStatus: () => () => undefined,
  };
}

const setVisibility = (state: DocumentVisibilityState): void => {
  Object.defineProperty(document, "visibilityState", { configurable: true, get: () => state });
  document.dispatchEvent(new Event("visibilitychange"));
};

afterEach(() => {
  Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "visible" });
});

describe("bindPageLifecycle", () => {
  it("flushes when the page is hidden and finishes on pagehide", () => {
    const calls: string[] = [];
    const unbind = bindPageLifecycle(recordingTracker(calls), window);
    setVisibility("visible");
    setVisibility("hidden");
    window.dispatchEvent(new Event("pagehide"));
    expect(calls).toEqual(["flush", "finish"]);
    unbind();
  });

  it("does nothing on unload or beforeunload, and nothing after unbinding", () => {
    const calls: string[] = [];
    const unbind = bindPageLifecycle(recordingTracker(calls), window);
    window.dispatchEvent(new Event("beforeunload"));
    window.dispatchEvent(new Event("unload"));
    unbind();
    setVisibility("hidden");
    window.dispatchEvent(new Event("pagehide"));
    expect(calls).toEqual([]);
  });
});
