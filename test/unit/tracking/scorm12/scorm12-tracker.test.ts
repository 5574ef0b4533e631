// @vitest-environment jsdom
// Exact SCORM 1.2 values as scorm-again's real Scorm12API holds them after our adapter's calls.
import { describe, expect, it } from "vitest";
import { ALL_TYPES, CHOICE, EITHER_CHOICE, KEYPAD, MATCHING, MULTI_CHOICE, SEQUENCING, SHOWN_AT, TRUE_FALSE } from "../answer-fixtures";
import { cmiOf, launch12, logReads } from "../scorm-launch";

const localTime = (d: Date): string => [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, "0")).join(":");

describe("SCORM 1.2 adapter on scorm-again", () => {
  it("marks a first launch incomplete and suspendable", () => {
    const { api, tracker } = launch12();
    expect(api.cmi.core.lesson_status).toBe("not attempted");
    const info = tracker.start();
    expect(info).toEqual({ mode: "scorm12", learnerName: "Nguyen, An", languagePreference: "", masteryPercent: null, resume: null });
    expect(cmiOf(api).core.lesson_status).toBe("incomplete");
    expect(cmiOf(api).core.exit).toBe("suspend");
  });

  it("leaves a finished attempt's status alone when the learner comes back", () => {
    const { api, tracker } = launch12({ core: { lesson_status: "passed", entry: "" } });
    tracker.start();
    expect(cmiOf(api).core.lesson_status).toBe("passed");
    expect(cmiOf(api).core.exit).toBe("");
  });

  it("reads mastery_score as percent, and treats suspend_data with entry \"\" as resume", () => {
    const { tracker } = launch12({
      core: { entry: "", lesson_location: "quiz" },
      suspend_data: '{"v":1}',
      student_data: { mastery_score: "75.5" },
      student_preference: { language: "en" },
    });
    expect(tracker.start()).toMatchObject({ masteryPercent: 75.5, languagePreference: "en", resume: { location: "quiz", data: '{"v":1}' } });
  });

  it("ignores saved data on ab-initio, without even reading it", () => {
    const { api, tracker } = launch12({ core: { entry: "ab-initio", lesson_location: "quiz" }, suspend_data: "{}" });
    const log = logReads(api, "LMSGetValue");
    expect(tracker.start().resume).toBeNull();
    const reads = log.map(([element]) => element);
    expect(reads).toContain("cmi.core.entry");
    expect(reads).not.toContain("cmi.core.lesson_location");
    expect(reads).not.toContain("cmi.suspend_data");
  });

  it("reads each element once at start (lesson_status too), with no error codes", () => {
    const { api, tracker } = launch12({ core: { entry: "resume", lesson_status: "incomplete", lesson_location: "quiz" }, suspend_data: "{}" });
    const reads = logReads(api, "LMSGetValue");
    expect(tracker.start().resume).toEqual({ location: "quiz", data: "{}" });
    const elements = reads.map(([element]) => element);
    expect(elements.filter((e) => e === "cmi.core.lesson_status")).toHaveLength(1);
    expect(new Set(elements).size).toBe(elements.length);
    expect(reads.filter(([, error]) => error !== "0")).toEqual([]);
  });

  it("with entry \"\" and no suspend_data, does not read the bookmark", () => {
    const { api, tracker } = launch12({ core: { entry: "", lesson_status: "passed" } });
    const log = logReads(api, "LMSGetValue");
    expect(tracker.start().resume).toBeNull();
    const reads = log.map(([element]) => element);
    expect(reads).toContain("cmi.suspend_data");
    expect(reads).not.toContain("cmi.core.lesson_location");
  });

  it("writes every interaction field for each response type", () => {
    const { api, tracker } = launch12();
    tracker.start();
    for (const answer of ALL_TYPES) tracker.recordAnswer(answer);
    const interactions = cmiOf(api).interactions;
    expect(api.cmi.interactions._count).toBe(ALL_TYPES.length);
    const common = { weighting: "1", latency: "00:00:12", time: localTime(SHOWN_AT), objectives: {} };
    const expected = [
      { id: CHOICE.id, type: "choice", student_response: "c", result: "correct", patterns: ["c"] },
      { id: MULTI_CHOICE.id, type: "choice", student_response: "a,c", result: "correct", patterns: ["c,a"] },
      { id: EITHER_CHOICE.id, type: "choice", student_response: "c", result: "correct", patterns: ["b", "c"] },
      { id: TRUE_FALSE.id, type: "true-false", student_response: "f", result: "wrong", patterns: ["t"] },
      { id: MATCHING.id, type: "matching", student_response: "1.a,2.c", result: "wrong", patterns: ["1.a,2.b"] },
      { id: SEQUENCING.id, type: "sequencing", student_response: "b,a,c", result: "wrong", patterns: ["a,b,c"] },
      { id: KEYPAD.id, type: "fill-in", student_response: "111", result: "correct", patterns: ["111"] },
    ];
    expected.forEach(({ patterns, ...fields }, index) => {
      const correct_responses = Object.fromEntries(patterns.map((pattern, m) => [String(m), { pattern }]));
      expect(interactions[String(index)]).toEqual({ ...common, ...fields, correct_responses });
    });
  });

  it("writes one correct_responses pattern per good reply when any one of them is right", () => {
    const { api, tracker } = launch12();
    const sets: [string, string][] = [];
    api.on("LMSSetValue.cmi.*", (element: string, value: string) => sets.push([element, value]));
    tracker.start();
    sets.length = 0;
    tracker.recordAnswer(EITHER_CHOICE);
    // Not "b,c" (that would mean b AND c): two patterns, each a right answer alone.
    expect(sets).toEqual([
      ["cmi.interactions.0.id", "practice_call_what"],
      ["cmi.interactions.0.type", "choice"],
      ["cmi.interactions.0.correct_responses.0.pattern", "b"],
      ["cmi.interactions.0.correct_responses.1.pattern", "c"],
      ["cmi.interactions.0.student_response", "c"],
      ["cmi.interactions.0.result", "correct"],
      ["cmi.interactions.0.weighting", "1"],
      ["cmi.interactions.0.latency", "00:00:12"],
      ["cmi.interactions.0.time", localTime(SHOWN_AT)],
    ]);
    expect(api.LMSGetLastError()).toBe("0");
    expect(api.LMSGetValue("cmi.interactions.0.correct_responses._count")).toBe("2");
    expect(api.LMSGetLastError()).toBe("0");
    expect(cmiOf(api).interactions["0"].correct_responses).toEqual({ "0": { pattern: "b" }, "1": { pattern: "c" } });
  });

  it.each([
    [{ completion: "incomplete", success: "unknown", scorePercent: null, progress: 0.4 }, "incomplete", "", "suspend"],
    [{ completion: "completed", success: "unknown", scorePercent: null, progress: 1 }, "completed", "", ""],
    [{ completion: "completed", success: "passed", scorePercent: 85.3333, progress: 1 }, "passed", "85.33", ""],
    [{ completion: "completed", success: "failed", scorePercent: 40, progress: 1 }, "failed", "40", ""],
    [{ completion: "incomplete", success: "failed", scorePercent: 0, progress: 0.8 }, "failed", "0", "suspend"],
  ] as const)("maps %o to lesson_status %s, raw %s, exit %s", (outcome, status, raw, exit) => {
    const { api, tracker } = launch12();
    tracker.start();
    tracker.reportOutcome(outcome);
    const core = cmiOf(api).core;
    expect(core.lesson_status).toBe(status);
    expect(core.score).toEqual(raw === "" ? { raw: "", min: "", max: "100" } : { raw, min: "0", max: "100" });
    expect(core.exit).toBe(exit);
  });

  it("sets session_time as CMITimespan and exit at finish, then calls LMSFinish once", () => {
    const { api, tracker, clock } = launch12();
    let finishes = 0;
    api.on("LMSFinish", () => (finishes += 1));
    tracker.start();
    clock.now += 5 * 60_000 + 30_430;
    tracker.finish();
    tracker.finish();
    expect(cmiOf(api).core.session_time).toBe("00:05:30.43");
    expect(cmiOf(api).core.exit).toBe("suspend");
    expect(finishes).toBe(1);
    expect(api.isTerminated()).toBe(true);
  });

  it("refuses suspend_data over 4096 characters although scorm-again would take it", () => {
    const { api, tracker, warnings } = launch12();
    tracker.start();
    tracker.saveProgress({ location: "s1", data: "x".repeat(4096) });
    tracker.saveProgress({ location: "s2", data: "y".repeat(4097) });
    expect(api.cmi.suspend_data).toBe("x".repeat(4096));
    expect(api.cmi.core.lesson_location).toBe("s1");
    expect(warnings.join()).toMatch(/4097\/4096/);
    expect(api.LMSSetValue("cmi.suspend_data", "y".repeat(4097))).toBe("true"); // the runtime's leniency
  });

  it("refuses a lesson_location over 255 characters", () => {
    const { api, tracker } = launch12();
    tracker.start();
    tracker.saveProgress({ location: "l".repeat(256), data: "{}" });
    expect(api.cmi.core.lesson_location).toBe("");
    expect(api.cmi.suspend_data).toBe("");
  });

  it("makes no API call at all after finish (scorm-again would accept them)", () => {
    const { api, tracker } = launch12();
    tracker.start();
    tracker.finish();
    const seen: string[] = [];
    for (const name of ["LMSSetValue", "LMSGetValue", "LMSCommit", "LMSFinish", "LMSInitialize"]) {
      api.on(name, () => seen.push(name));
    }
    tracker.saveProgress({ location: "x", data: "x" });
    tracker.recordAnswer(CHOICE);
    tracker.reportOutcome({ completion: "completed", success: "passed", scorePercent: 100, progress: 1 });
    tracker.setLanguagePreference("en");
    tracker.flush();
    tracker.finish();
    expect(seen).toEqual([]);
    expect(api.cmi.core.lesson_location).toBe("");
  });

  it("writes the language preference", () => {
    const { api, tracker } = launch12();
    tracker.start();
    tracker.setLanguagePreference("en");
    expect(api.cmi.student_preference.language).toBe("en");
  });
});
