// @vitest-environment jsdom
// Faults and leaving, on the real scorm-again runtime:
//   - an outage (every SetValue answers "false", every Commit fails) across several answers and
//     retry timers: once the LMS recovers, every answer is in cmi.interactions exactly once, in
//     the order given;
//   - leaving at any moment (page hidden, pagehide, a second pagehide after a back/forward
//     restore, answers arriving late): Commit on hidden, Terminate exactly once on pagehide,
//     and no API call after it.
import { afterEach, describe, expect, it } from "vitest";
import type { AnswerRecord } from "../../../src/quiz/answer-record";
import { bindPageLifecycle } from "../../../src/tracking/page-lifecycle";
import type { ObjectiveResult } from "../../../src/quiz/objective-results";
import type { DeliveryStatus } from "../../../src/tracking/tracker";
import { CHOICE, TRUE_FALSE } from "./answer-fixtures";
import { cmiOf, launch12, launch2004 } from "./scorm-launch";

const answers: AnswerRecord[] = Array.from({ length: 6 }, (_, i) => ({ ...(i % 2 ? TRUE_FALSE : CHOICE), id: `q${i}_answer` }));

type Api = Record<string, (...args: string[]) => string>;

/** Wraps the runtime's methods: logs every call, and fails SetValue/Commit while `down.on`. */
function outage(api: object, names: { set: string; commit: string; all: string[] }) {
  const target = api as Api;
  const down = { on: false };
  const log: string[] = [];
  for (const name of names.all) {
    const original = target[name]!.bind(api);
    target[name] = (...args: string[]) => {
      log.push(`${name}(${args[0] ?? ""})`);
      if (down.on && (name === names.set || name === names.commit)) return "false";
      return original(...args);
    };
  }
  return { down, log };
}

const NAMES12 = { set: "LMSSetValue", commit: "LMSCommit", finish: "LMSFinish", all: ["LMSInitialize", "LMSGetValue", "LMSSetValue", "LMSCommit", "LMSFinish"] };
const NAMES2004 = { set: "SetValue", commit: "Commit", finish: "Terminate", all: ["Initialize", "GetValue", "SetValue", "Commit", "Terminate"] };

afterEach(() => {
  Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "visible" });
});

describe.each([
  ["1.2", launch12, NAMES12],
  ["2004", launch2004, NAMES2004],
] as const)("SCORM %s", (_version, launch, names) => {
  it("an LMS outage across several answers loses nothing and duplicates nothing once it recovers", () => {
    const { api, tracker, timers } = launch();
    const { down } = outage(api, names);
    tracker.start();
    const statuses: DeliveryStatus[] = [];
    tracker.onDeliveryStatus((s) => statuses.push(s));

    down.on = true;
    for (const [i, answer] of answers.entries()) {
      tracker.recordAnswer(answer);
      // Retry timers fire during the outage too: still nothing written twice.
      if (i % 2) timers.fireAll();
    }
    tracker.flush();
    expect(statuses).toEqual(["retrying"]);
    expect(cmiOf(api).interactions ? Object.keys(cmiOf(api).interactions) : []).toEqual([]);

    down.on = false;
    timers.fireAll();
    expect(statuses).toEqual(["retrying", "ok"]);
    expect(timers.delays).toEqual([]);
    const interactions = cmiOf(api).interactions as Record<string, { id: string }>;
    expect(Object.values(interactions).map((x) => x.id)).toEqual(answers.map((a) => a.id));
  });

  it("an outage that starts in the middle of a record completes that record at its index", () => {
    const { api, tracker, timers } = launch();
    const target = api as unknown as Api;
    const original = target[names.set]!.bind(api);
    let failures = 0;
    target[names.set] = (element: string, value: string) => {
      // The 2nd field of the 2nd record fails three times.
      if (/^cmi\.interactions\.1\.(type|student_response|learner_response)$/.test(element) && failures < 3) {
        failures++;
        return "false";
      }
      return original(element, value);
    };
    tracker.start();
    for (const answer of answers.slice(0, 3)) tracker.recordAnswer(answer);
    timers.fireAll();
    timers.fireAll();
    timers.fireAll();
    expect(failures).toBe(3);
    const interactions = cmiOf(api).interactions as Record<string, { id: string }>;
    expect(Object.values(interactions).map((x) => x.id)).toEqual(answers.slice(0, 3).map((a) => a.id));
  });

  it("hidden commits, pagehide terminates exactly once, and nothing is called after it", () => {
    const { api, tracker, timers } = launch();
    const { down, log } = outage(api, names);
    tracker.start();
    const unbind = bindPageLifecycle(tracker, window);
    const hide = () => {
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
      document.dispatchEvent(new Event("visibilitychange"));
    };

    tracker.recordAnswer(answers[0]!);
    const before = log.length;
    hide();
    expect(log.slice(before), "page hidden: a commit").toContain(`${names.commit}()`);

    // The LMS is failing as the student leaves: a retry is pending when pagehide comes.
    down.on = true;
    tracker.recordAnswer(answers[1]!);
    expect(timers.delays.length).toBe(1);
    down.on = false;
    window.dispatchEvent(new Event("pagehide"));
    const finishAt = log.lastIndexOf(`${names.finish}()`);
    expect(log.filter((c) => c === `${names.finish}()`)).toHaveLength(1);
    // The answer waiting for the retry went out in the last-chance send before Terminate.
    expect(Object.values(cmiOf(api).interactions as Record<string, { id: string }>).map((x) => x.id)).toEqual([answers[0]!.id, answers[1]!.id]);

    // Back/forward restore and leave again, late answers, a hidden page, a retry timer: nothing.
    window.dispatchEvent(new Event("pageshow"));
    hide();
    window.dispatchEvent(new Event("pagehide"));
    tracker.recordAnswer(answers[2]!);
    tracker.saveProgress({ location: "x", data: "{}" });
    tracker.setLanguagePreference("en");
    tracker.flush();
    tracker.finish();
    timers.fireAll();
    expect(log.slice(finishAt + 1), "API calls after Terminate").toEqual([]);
    unbind();
  });
});

describe.each([
  ["1.2", launch12, "LMSGetValue"],
  ["2004", launch2004, "GetValue"],
] as const)("SCORM %s: an LMS that claims objectives it does not have", (_version, launch, get) => {
  it("reads ids only as far as they exist and adds the lesson's objectives right after them", () => {
    const { api, tracker, warnings, timers } = launch();
    const target = api as unknown as Record<string, (element: string) => string>;
    const original = target[get]!.bind(api);
    const reads: string[] = [];
    target[get] = (element: string) => {
      reads.push(element);
      return element === "cmi.objectives._count" ? "5000" : original(element);
    };
    tracker.start();
    expect(reads.filter((e) => /^cmi\.objectives\.\d+\.id$/.test(e)), "one read finds there is no first objective").toEqual(["cmi.objectives.0.id"]);
    const result: ObjectiveResult = { id: "primary-obj-remember-111", description: "Nhớ số 111", language: "vi", asked: 2, correct: 2, scorePercent: 100, success: "passed" };
    tracker.reportObjectives([result]);
    timers.fireAll();
    tracker.flush();
    const objectives = cmiOf(api).objectives as Record<string, { id: string }>;
    expect(Object.values(objectives).map((o) => o.id)).toEqual(["primary-obj-remember-111"]);
    expect(warnings).toEqual([]);
  });
});
