// @vitest-environment jsdom
// A SetValue that fails (throws, or returns "false" with a general error) on the real runtime:
// the value is kept, sent again on the retry, and an interaction is written once at one index.
import { describe, expect, it } from "vitest";
import type { DeliveryStatus } from "../../../src/tracking/tracker";
import { CHOICE, TRUE_FALSE } from "./answer-fixtures";
import { cmiOf, launch12, launch2004 } from "./scorm-launch";

describe("retrying failed SetValue calls", () => {
  it("1.2: completes a half-written interaction at the same index and keeps the order", () => {
    const { api, tracker, timers } = launch12();
    tracker.start();
    const statuses: DeliveryStatus[] = [];
    tracker.onDeliveryStatus((s) => statuses.push(s));
    const setValue = api.LMSSetValue.bind(api);
    let failOnce = true;
    api.LMSSetValue = (element: string, value: string) => {
      if (failOnce && element === "cmi.interactions.0.result") {
        failOnce = false;
        throw new Error("connection reset");
      }
      return setValue(element, value);
    };
    tracker.recordAnswer(CHOICE);
    expect(statuses).toEqual(["retrying"]);
    expect(api.cmi.interactions._count).toBe(1);
    expect(timers.delays).toHaveLength(1);
    // The next answer triggers delivery at once: the first record is finished, then the second.
    tracker.recordAnswer(TRUE_FALSE);
    expect(statuses).toEqual(["retrying", "ok"]);
    expect(timers.delays).toEqual([]);
    const interactions = cmiOf(api).interactions;
    expect(Object.keys(interactions)).toEqual(["0", "1"]);
    expect(interactions["0"]).toMatchObject({ id: CHOICE.id, result: "correct", student_response: "c", weighting: "1" });
    expect(interactions["1"]).toMatchObject({ id: TRUE_FALSE.id, result: "wrong" });
  });

  it("2004: keeps a progress value the LMS failed to take and sends the newest one", () => {
    const { api, tracker, timers } = launch2004();
    tracker.start();
    const setValue = api.SetValue.bind(api);
    let failures = 1;
    api.SetValue = (element: string, value: string) => {
      if (failures > 0 && element === "cmi.suspend_data") {
        failures -= 1;
        api.lastErrorCode = "351"; // general set failure: worth another try
        return "false";
      }
      return setValue(element, value);
    };
    tracker.saveProgress({ location: "s3", data: '{"p":3}' });
    expect(api.cmi.suspend_data).toBe("");
    tracker.saveProgress({ location: "s4", data: '{"p":4}' });
    timers.fireAll();
    expect([api.cmi.location, api.cmi.suspend_data]).toEqual(["s4", '{"p":4}']);
  });

  it("drops a value the LMS rejects as wrong instead of retrying it forever", () => {
    const { api, tracker, timers, warnings } = launch2004();
    tracker.start();
    tracker.setLanguagePreference("not a language!");
    expect(timers.delays).toEqual([]);
    expect(warnings.join()).toMatch(/learner_preference\.language.*406/);
    tracker.saveProgress({ location: "next", data: "{}" });
    expect(api.cmi.location).toBe("next");
  });
});
