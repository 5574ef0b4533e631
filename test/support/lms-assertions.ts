// Assertions on what the preview LMS (scorm-again) holds and on the API calls the lesson made,
// shared by the e2e specs. Everything is compared with what the SCORM spec and the lesson data
// say it must be (expected-cmi.ts), never with what the adapters happen to write.
import { expect } from "@playwright/test";
import type { ApiCall } from "../../scorm/preview/runtime-api";
import type { ScormVersion } from "../../scorm/scorm-versions";
import {
  DURATION_2004,
  durationMs,
  interactionsOf,
  objectivesOf,
  TIME_12,
  TIMESPAN_12,
  TIMESTAMP_2004,
  type ExpectedInteraction,
  type ExpectedObjective,
} from "./expected-cmi";

export const NAMES = {
  "1.2": {
    init: "LMSInitialize",
    finish: "LMSFinish",
    get: "LMSGetValue",
    set: "LMSSetValue",
    status: "cmi.core.lesson_status",
    raw: "cmi.core.score.raw",
    min: "cmi.core.score.min",
    max: "cmi.core.score.max",
    exit: "cmi.core.exit",
    sessionTime: "cmi.core.session_time",
    location: "cmi.core.lesson_location",
    entry: "cmi.core.entry",
    response: "student_response",
    when: "time",
  },
  "2004": {
    init: "Initialize",
    finish: "Terminate",
    get: "GetValue",
    set: "SetValue",
    status: "cmi.completion_status",
    raw: "cmi.score.raw",
    min: "cmi.score.min",
    max: "cmi.score.max",
    exit: "cmi.exit",
    sessionTime: "cmi.session_time",
    location: "cmi.location",
    entry: "cmi.entry",
    response: "learner_response",
    when: "timestamp",
  },
} as const;

const ERROR_FUNCTIONS = new Set(["LMSGetLastError", "LMSGetErrorString", "LMSGetDiagnostic", "GetLastError", "GetErrorString", "GetDiagnostic"]);

/** One Initialize first, one Terminate/LMSFinish last, nothing in between failed. */
export function expectCleanSession(version: ScormVersion, calls: readonly ApiCall[], options: { finished: boolean; abInitio: boolean }): void {
  const n = NAMES[version];
  const lifecycle = calls.filter((c) => !ERROR_FUNCTIONS.has(c.method));
  expect(lifecycle[0], `the first call is ${n.init}`).toMatchObject({ method: n.init, result: "true", error: "0" });
  expect(calls.filter((c) => c.method === n.init), `exactly one ${n.init}`).toHaveLength(1);
  const finishes = calls.filter((c) => c.method === n.finish);
  if (options.finished) {
    expect(finishes, `exactly one ${n.finish}`).toHaveLength(1);
    expect(finishes[0]).toMatchObject({ result: "true", error: "0" });
    expect(lifecycle[lifecycle.length - 1], `no API call after ${n.finish}`).toBe(finishes[0]);
  } else {
    expect(finishes, `no ${n.finish} yet`).toHaveLength(0);
  }
  // No error code at all, reads included: a first 2004 launch must not even ask for elements that
  // have no value yet (GetValue would answer 403 "value not initialized", noise in LMS logs).
  const failed = calls.filter((c) => c.error !== "0");
  expect(failed, "API calls the LMS runtime answered with an error").toEqual([]);
  if (options.abInitio) {
    // A new attempt has no bookmark or suspend data: the lesson does not ask for them.
    const suspendData = "cmi.suspend_data";
    const resumeReads = calls.filter((c) => c.method === n.get && (c.element === n.location || c.element === suspendData));
    expect(resumeReads, "reads of the bookmark or suspend_data on a first launch").toEqual([]);
  }
  // Status is read once, at start (1.2 lesson_status / 2004 completion_status).
  expect(calls.filter((c) => c.method === n.get && c.element === n.status), `${n.status} reads`).toHaveLength(1);
  expect(calls.filter((c) => c.method === n.set && c.result !== "true"), `${n.set} calls that returned "false"`).toEqual([]);
}

/** The values the lesson SET for an element, in order. */
export function valuesSet(version: ScormVersion, calls: readonly ApiCall[], element: string): string[] {
  return calls.filter((c) => c.method === NAMES[version].set && c.element === element).map((c) => c.value ?? "");
}

/** Session time: the version's format, close to the time between Initialize and Terminate. */
export function expectSessionTime(version: ScormVersion, calls: readonly ApiCall[], flat: Record<string, string>): void {
  const n = NAMES[version];
  const sent = valuesSet(version, calls, n.sessionTime);
  expect(sent, "session_time is set once, at the end").toHaveLength(1);
  const value = sent[0]!;
  expect(value, `${n.sessionTime} format`).toMatch(version === "1.2" ? TIMESPAN_12 : DURATION_2004);
  if (version === "2004") expect(value).not.toBe("PT");
  const init = calls.find((c) => c.method === n.init)!;
  const finish = calls.find((c) => c.method === n.finish)!;
  const elapsed = finish.at - init.at;
  expect(Math.abs(durationMs(version, value) - elapsed), `session_time ${value} vs ${elapsed} ms between ${n.init} and ${n.finish}`).toBeLessThan(1500);
  // The runtime kept it as sent.
  expect(durationMs(version, flat[n.sessionTime] ?? "")).toBeCloseTo(durationMs(version, value), -1);
  // And it was the last value set before the end.
  const sets = calls.filter((c) => c.method === n.set);
  expect(sets.slice(-2).map((c) => c.element)).toContain(n.sessionTime);
}

export interface Outcome {
  score: number;
  passed: boolean;
  /** Every screen seen and the quiz submitted. */
  completed: boolean;
}

/** Status, score and exit as the LMS holds them. */
export function expectOutcome(version: ScormVersion, flat: Record<string, string>, outcome: Outcome): void {
  const n = NAMES[version];
  expect(flat[n.raw], "score.raw").toBe(String(outcome.score));
  expect(flat[n.min], "score.min").toBe("0");
  expect(flat[n.max], "score.max").toBe("100");
  const success = outcome.passed ? "passed" : "failed";
  if (version === "1.2") {
    // One word in 1.2: passed/failed once the quiz is judged.
    expect(flat["cmi.core.lesson_status"], "lesson_status").toBe(success);
  } else {
    expect(flat["cmi.success_status"], "success_status").toBe(success);
    expect(flat["cmi.completion_status"], "completion_status").toBe(outcome.completed ? "completed" : "incomplete");
    expect(Number(flat["cmi.score.scaled"]), "score.scaled").toBeCloseTo(outcome.score / 100, 4);
    if (outcome.completed) expect(flat["cmi.progress_measure"], "progress_measure").toBe("1");
  }
  // exit: suspend while the attempt is unfinished; 1.2 "" / 2004 "normal" once completed.
  const exit = outcome.completed ? (version === "1.2" ? "" : "normal") : "suspend";
  expect(flat[n.exit], "exit").toBe(exit);
}

/** Every interaction record, field by field, plus the formats of latency and time. */
export function expectInteractions(
  version: ScormVersion,
  flat: Record<string, string>,
  calls: readonly ApiCall[],
  expected: readonly ExpectedInteraction[],
  window: { start: number; end: number },
): void {
  const n = NAMES[version];
  const records = interactionsOf(flat);
  expect(records.map((r) => r.id), "interaction ids, in order").toEqual(expected.map((e) => e.id));
  records.forEach((r, i) => {
    const e = expected[i]!;
    const label = `cmi.interactions.${i} (${e.id})`;
    expect({ type: r.type, response: r[n.response], result: r.result, weighting: r.weighting }, label).toEqual({
      type: e.type,
      response: e.response,
      result: e.result,
      weighting: "1",
    });
    // Every correct pattern, exactly: one per acceptable answer, nothing more.
    const patterns = Object.keys(r)
      .map((k) => /^correct_responses\.(\d+)\.pattern$/.exec(k))
      .filter((m): m is RegExpExecArray => m !== null)
      .sort((a, b) => Number(a[1]) - Number(b[1]))
      .map((m) => r[m[0]]);
    expect(patterns, `${label} correct_responses.n.pattern`).toEqual(e.patterns);
    if (version === "2004") expect(r.description, `${label} description`).toBe(e.description);
    else expect(r.description, `${label}: 1.2 has no description`).toBeUndefined();
    // A question names its objective; an activity names none.
    expect(r["objectives.0.id"] || undefined, `${label} objectives.0.id`).toBe(e.objective);
    expect(Object.keys(r).filter((k) => /^objectives\.[1-9]/.test(k)), `${label}: one objective at most`).toEqual([]);

    // Latency: the version's duration format, and no longer than the whole run.
    const latency = r.latency ?? "";
    expect(latency, `${label} latency`).toMatch(version === "1.2" ? TIMESPAN_12 : DURATION_2004);
    expect(durationMs(version, latency)).toBeLessThanOrEqual(window.end - window.start + 1000);

    const when = r[n.when] ?? "";
    if (version === "1.2") {
      expect(when, `${label} time`).toMatch(TIME_12);
      // A time of day on the learner's clock, during the run (modulo midnight).
      const [h, m, s] = when.split(":").map(Number) as [number, number, number];
      const start = new Date(window.start);
      const sinceStart = ((h * 3600 + m * 60 + s - (start.getHours() * 3600 + start.getMinutes() * 60 + start.getSeconds()) + 86400) % 86400) * 1000;
      expect(sinceStart, `${label} time ${when} is during the run`).toBeLessThanOrEqual(window.end - window.start + 2000);
    } else {
      expect(when, `${label} timestamp`).toMatch(TIMESTAMP_2004);
      const t = Date.parse(when);
      expect(t, `${label} timestamp ${when} is during the run`).toBeGreaterThanOrEqual(window.start - 1000);
      expect(t).toBeLessThanOrEqual(window.end + 1000);
    }
  });

  // What the lesson sent, not only what the runtime kept: the id first, each field once.
  const byIndex = new Map<number, string[]>();
  for (const value of calls.filter((c) => c.method === n.set)) {
    const m = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(value.element ?? "");
    if (m) byIndex.set(Number(m[1]), [...(byIndex.get(Number(m[1])) ?? []), m[2]!]);
  }
  for (const [index, fields] of byIndex) {
    expect(fields[0], `cmi.interactions.${index}: id is set first`).toBe("id");
    expect(new Set(fields).size, `cmi.interactions.${index}: each field set once`).toBe(fields.length);
  }
}

/** cmi.objectives after a run: the LMS's own objectives first, untouched (a 2004 LMS puts the
 *  manifest's primary objective there), then each lesson objective once, in lesson order, with
 *  exactly the expected fields. Each id was set once and never changed, and each lesson objective
 *  was listed as not assessed ("incomplete") from the first launch, before its result. */
export function expectObjectives(
  version: ScormVersion,
  flat: Record<string, string>,
  calls: readonly ApiCall[],
  expected: readonly ExpectedObjective[],
  lmsOwn: readonly string[],
): void {
  const records = objectivesOf(flat);
  expect(records.map((r) => r.id), "objective ids, in order").toEqual([...lmsOwn, ...expected.map((e) => e.id)]);
  expected.forEach((e, i) => {
    const index = lmsOwn.length + i;
    const r = records[index]!;
    const label = `cmi.objectives.${index} (${e.id})`;
    const shown = Object.fromEntries(Object.keys(e.fields).map((k) => [k, r[k]]));
    if (version === "2004") shown["score.scaled"] = String(Number(r["score.scaled"]));
    expect(shown, label).toEqual(e.fields);
    const status = version === "1.2" ? "status" : "completion_status";
    expect(valuesSet(version, calls, `cmi.objectives.${index}.${status}`)[0], `${label}: listed as not assessed first`).toBe("incomplete");
  });
  const idSets = calls.filter((c) => c.method === NAMES[version].set && /^cmi\.objectives\.\d+\.id$/.test(c.element ?? ""));
  expect(idSets.map((c) => [c.element, c.value]), "each objective id set once, at its own index, after the LMS's own").toEqual(
    expected.map((e, i) => [`cmi.objectives.${lmsOwn.length + i}.id`, e.id]),
  );
}
