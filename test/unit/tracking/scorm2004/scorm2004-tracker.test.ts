// @vitest-environment jsdom
// Exact SCORM 2004 values as scorm-again's real Scorm2004API holds them after our adapter's calls.
import { describe, expect, it } from "vitest";
import { ALL_TYPES, CHOICE, EITHER_CHOICE, KEYPAD, MATCHING, MULTI_CHOICE, SEQUENCING, TRUE_FALSE } from "../answer-fixtures";
import { cmiOf, launch2004, logReads } from "../scorm-launch";

describe("SCORM 2004 adapter on scorm-again", () => {
  it("marks a first launch incomplete and suspendable", () => {
    const { api, tracker } = launch2004();
    const info = tracker.start();
    expect(info).toEqual({ mode: "scorm2004", learnerName: "Nguyen, An", languagePreference: "", masteryPercent: null, resume: null });
    expect(cmiOf(api).completion_status).toBe("incomplete");
    expect(cmiOf(api).exit).toBe("suspend");
  });

  it("reads scaled_passing_score as percent and resumes location + suspend_data", () => {
    const { tracker } = launch2004({
      entry: "resume",
      completion_status: "incomplete",
      location: "quiz",
      suspend_data: '{"v":1,"a":"bd"}',
      scaled_passing_score: "0.7",
      learner_preference: { language: "vi-VN" },
    });
    expect(tracker.start()).toMatchObject({
      masteryPercent: 70,
      languagePreference: "vi-VN",
      resume: { location: "quiz", data: '{"v":1,"a":"bd"}' },
    });
  });

  it("on a first launch reads nothing that has no value yet: no 403 for location or suspend_data", () => {
    const { api, tracker } = launch2004({ entry: "ab-initio", scaled_passing_score: "0.8" });
    const reads = logReads(api, "GetValue");
    expect(tracker.start().resume).toBeNull();
    const elements = reads.map(([element]) => element);
    expect(elements).not.toContain("cmi.location");
    expect(elements).not.toContain("cmi.suspend_data");
    expect(elements.filter((e) => e === "cmi.completion_status")).toHaveLength(1);
    expect(new Set(elements).size).toBe(elements.length);
    expect(reads.filter(([, error]) => error !== "0")).toEqual([]);
    expect(cmiOf(api).completion_status).toBe("incomplete");
  });

  it("treats suspend_data with entry \"\" as resume, like 1.2", () => {
    const { tracker } = launch2004({ entry: "", completion_status: "incomplete", location: "quiz", suspend_data: '{"v":1}' });
    expect(tracker.start().resume).toEqual({ location: "quiz", data: '{"v":1}' });
  });

  it("ignores saved data on ab-initio", () => {
    const { tracker } = launch2004({ entry: "ab-initio", location: "quiz", suspend_data: '{"v":1}' });
    expect(tracker.start().resume).toBeNull();
  });

  it("leaves a completed attempt's status alone when the learner comes back", () => {
    const { api, tracker } = launch2004({ entry: "", completion_status: "completed", success_status: "passed" });
    tracker.start();
    expect(cmiOf(api).completion_status).toBe("completed");
    expect(cmiOf(api).exit).toBe("normal");
  });

  it("treats a negative scaled_passing_score as 0 %", () => {
    const { tracker } = launch2004({ scaled_passing_score: "-0.5" });
    expect(tracker.start().masteryPercent).toBe(0);
  });

  it("writes every interaction field for each response type", () => {
    const { api, tracker } = launch2004();
    tracker.start();
    for (const answer of ALL_TYPES) tracker.recordAnswer(answer);
    const interactions = cmiOf(api).interactions;
    expect(api.cmi.interactions._count).toBe(ALL_TYPES.length);
    const common = {
      weighting: "1",
      latency: "PT12S",
      timestamp: "2025-03-10T09:15:30.12Z",
      description: "{lang=vi}Khi nào gọi 111?",
      objectives: {},
    };
    const expected = [
      { id: CHOICE.id, type: "choice", learner_response: "secret", result: "correct", patterns: ["secret"] },
      { id: MULTI_CHOICE.id, type: "choice", learner_response: "hit[,]secret", result: "correct", patterns: ["secret[,]hit"] },
      { id: EITHER_CHOICE.id, type: "choice", learner_response: "where", result: "correct", patterns: ["tell", "where"] },
      { id: TRUE_FALSE.id, type: "true-false", learner_response: "false", result: "incorrect", patterns: ["true"] },
      {
        id: MATCHING.id,
        type: "matching",
        learner_response: "hungry[.]call113[,]bruise[.]call111",
        result: "incorrect",
        patterns: ["bruise[.]call111[,]hungry[.]tell_teacher"],
      },
      { id: SEQUENCING.id, type: "sequencing", learner_response: "dial[,]safe[,]explain", result: "incorrect", patterns: ["safe[,]dial[,]explain"] },
      { id: KEYPAD.id, type: "fill-in", learner_response: "111", result: "correct", patterns: ["111"] },
    ];
    expected.forEach(({ patterns, ...fields }, index) => {
      const record = interactions[String(index)];
      expect(record).toMatchObject({ ...common, ...fields });
      expect(record.correct_responses).toEqual(Object.fromEntries(patterns.map((pattern, m) => [String(m), { pattern }])));
    });
  });

  it("writes one correct_responses pattern per good reply when any one of them is right", () => {
    const { api, tracker } = launch2004();
    const sets: [string, string][] = [];
    api.on("SetValue.cmi.*", (element: string, value: string) => sets.push([element, value]));
    tracker.start();
    sets.length = 0;
    tracker.recordAnswer(EITHER_CHOICE);
    // Not "tell[,]where" (that would mean tell AND where): two patterns, each right alone.
    expect(sets).toEqual([
      ["cmi.interactions.0.id", "practice_call_what"],
      ["cmi.interactions.0.type", "choice"],
      ["cmi.interactions.0.description", "{lang=vi}Khi nào gọi 111?"],
      ["cmi.interactions.0.correct_responses.0.pattern", "tell"],
      ["cmi.interactions.0.correct_responses.1.pattern", "where"],
      ["cmi.interactions.0.learner_response", "where"],
      ["cmi.interactions.0.result", "correct"],
      ["cmi.interactions.0.weighting", "1"],
      ["cmi.interactions.0.latency", "PT12S"],
      ["cmi.interactions.0.timestamp", "2025-03-10T09:15:30.12Z"],
    ]);
    expect(api.GetLastError()).toBe("0");
    expect(api.GetValue("cmi.interactions.0.correct_responses._count")).toBe("2");
    expect(api.GetValue("cmi.interactions.0.correct_responses.0.pattern")).toBe("tell");
    expect(api.GetValue("cmi.interactions.0.correct_responses.1.pattern")).toBe("where");
    expect(api.GetLastError()).toBe("0");
  });

  it("does not record a choice with more correct patterns than SCORM 2004 guarantees (10)", () => {
    const { api, tracker, warnings } = launch2004();
    tracker.start();
    const options = Array.from({ length: 11 }, (_, i) => `reply_${i}`);
    tracker.recordAnswer({ ...EITHER_CHOICE, response: { type: "choice", options, chosen: ["reply_0"], correct: options.map((id) => [id]) } });
    expect(api.cmi.interactions._count).toBe(0);
    expect(warnings.join()).toMatch(/11 correct choice patterns/);
  });

  it("shortens a long description to 250 characters, language prefix included", () => {
    const { api, tracker } = launch2004();
    tracker.start();
    tracker.recordAnswer({ ...CHOICE, description: "Lan ".repeat(100) });
    const description: string = cmiOf(api).interactions["0"].description;
    expect(description).toHaveLength(250);
    expect(description.startsWith("{lang=vi}Lan Lan")).toBe(true);
    expect(description.endsWith("…")).toBe(true);
  });

  it.each([
    [{ completion: "incomplete", success: "unknown", scorePercent: null, progress: 0.4 }, "incomplete", "unknown", "0.4", "", "", "suspend"],
    [{ completion: "completed", success: "passed", scorePercent: 85.3333, progress: 1 }, "completed", "passed", "1", "0.8533", "85.33", "normal"],
    [{ completion: "completed", success: "failed", scorePercent: 40, progress: 1 }, "completed", "failed", "1", "0.4", "40", "normal"],
    [{ completion: "incomplete", success: "passed", scorePercent: 100, progress: 2 / 3 }, "incomplete", "passed", "0.6667", "1", "100", "suspend"],
  ] as const)("maps %o to %s/%s, progress %s, scaled %s, raw %s, exit %s", (outcome, completion, success, progress, scaled, raw, exit) => {
    const { api, tracker } = launch2004();
    tracker.start();
    tracker.reportOutcome(outcome);
    const cmi = cmiOf(api);
    expect([cmi.completion_status, cmi.success_status, cmi.progress_measure, cmi.exit]).toEqual([completion, success, progress, exit]);
    expect(cmi.score).toEqual(raw === "" ? { scaled: "", raw: "", min: "", max: "" } : { scaled, raw, min: "0", max: "100" });
  });

  it("sets session_time as an ISO 8601 duration at finish and terminates once", () => {
    const { api, tracker, clock } = launch2004();
    let terminations = 0;
    api.on("Terminate", () => (terminations += 1));
    tracker.start();
    tracker.reportOutcome({ completion: "completed", success: "passed", scorePercent: 90, progress: 1 });
    clock.now += 3_600_000 + 5 * 60_000 + 30_430;
    tracker.finish();
    tracker.finish();
    expect(cmiOf(api).session_time).toBe("PT1H5M30.43S");
    expect(cmiOf(api).exit).toBe("normal");
    expect(terminations).toBe(1);
  });

  it("refuses location over 1000 and suspend_data over 64000 characters", () => {
    const { api, tracker, warnings } = launch2004();
    tracker.start();
    tracker.saveProgress({ location: "l".repeat(1000), data: "d".repeat(64000) });
    tracker.saveProgress({ location: "l".repeat(1001), data: "{}" });
    tracker.saveProgress({ location: "s", data: "e".repeat(64001) });
    expect(api.cmi.location).toBe("l".repeat(1000));
    expect(api.cmi.suspend_data).toBe("d".repeat(64000));
    expect(warnings).toHaveLength(2);
  });

  it("makes no API call after Terminate", () => {
    const { api, tracker } = launch2004();
    tracker.start();
    tracker.finish();
    const seen: string[] = [];
    for (const name of ["SetValue", "GetValue", "Commit", "Terminate", "Initialize"]) api.on(name, () => seen.push(name));
    const lastError = api.lastErrorCode;
    tracker.saveProgress({ location: "x", data: "x" });
    tracker.recordAnswer(CHOICE);
    tracker.flush();
    tracker.finish();
    expect(seen).toEqual([]);
    expect(api.lastErrorCode).toBe(lastError); // no 133/143/113 from late calls
  });
});
