// The one behaviour every Tracker adapter must have (DESIGN.md "SCORM behaviour"), run for
// SCORM 1.2 and 2004 against scorm-again's real runtimes and for standalone against jsdom's
// localStorage (like scorm-again's test/integration/suites/scorm-common-api.ts).
import { afterEach, describe, expect, it } from "vitest";
import type { AnswerRecord } from "../../src/quiz/answer-record";
import type { ObjectiveResult } from "../../src/quiz/objective-results";
import type { DeliveryStatus, LessonOutcome } from "../../src/tracking/tracker";
import type { MakeHarness, TrackerHarness } from "./harness";

export const HOSTILE_NAME = `<img src=x onerror=alert(1)> "Lan" & 'Minh'`;

export const sampleAnswer = (id = "q1_when_to_call"): AnswerRecord => ({
  id,
  response: { type: "choice", options: ["hit", "gift", "secret"], chosen: ["secret"], correct: [["secret"]] },
  isCorrect: true,
  latencyMs: 12000,
  shownAt: new Date(2025, 2, 10, 9, 15, 30),
  description: "Khi nào gọi 111?",
  language: "vi",
});

const OUTCOMES: { outcome: LessonOutcome; expected: { completed: boolean; success: string; scorePercent: number | null } }[] = [
  {
    outcome: { completion: "incomplete", success: "unknown", scorePercent: null, progress: 0.5 },
    expected: { completed: false, success: "unknown", scorePercent: null },
  },
  {
    outcome: { completion: "completed", success: "passed", scorePercent: 85, progress: 1 },
    expected: { completed: true, success: "passed", scorePercent: 85 },
  },
  {
    outcome: { completion: "completed", success: "failed", scorePercent: 40, progress: 1 },
    expected: { completed: true, success: "failed", scorePercent: 40 },
  },
];

/** Results as the player reports them: the lesson's objectives in order, assessed or not. */
export const objectiveResult = (id: string, correct: number, asked: number, mastery = 80): ObjectiveResult => {
  const scorePercent = asked === 0 ? null : Math.round((correct / asked) * 100);
  return {
    id,
    description: `Mục tiêu ${id}`,
    language: "vi",
    asked,
    correct,
    scorePercent,
    success: scorePercent === null ? "unknown" : scorePercent >= mastery ? "passed" : "failed",
  };
};
const OBJECTIVE_IDS = ["primary-obj-safe-unsafe-feelings", "primary-obj-remember-111", "primary-obj-which-number"] as const;
const notAssessed = (): ObjectiveResult[] => OBJECTIVE_IDS.map((id) => objectiveResult(id, 0, 0));
const assessed = (): ObjectiveResult[] => [
  objectiveResult(OBJECTIVE_IDS[0], 1, 1),
  objectiveResult(OBJECTIVE_IDS[1], 2, 3),
  objectiveResult(OBJECTIVE_IDS[2], 0, 2),
];

export interface ContractOptions {
  /** Whether the adapter talks to an LMS (learner data, commits); false for standalone. */
  lms: boolean;
  version?: "1.2" | "2004";
}

/** Whether this contract run is for SCORM 1.2 (only the seeding of a 1.2 status differs). */
const h12 = (options: ContractOptions): boolean => options.version === "1.2";

export function describeTrackerContract(name: string, makeHarness: MakeHarness, options: ContractOptions): void {
  describe(`Tracker contract: ${name}`, () => {
    const open: TrackerHarness[] = [];
    const harness = async (...args: Parameters<MakeHarness>): Promise<TrackerHarness> => {
      const made = await makeHarness(...args);
      open.push(made);
      return made;
    };
    afterEach(async () => {
      for (const made of open.splice(0)) await made.close();
    });

    it("starts once: a second start() returns the same info and calls nothing", async () => {
      const h = await harness();
      const first = h.tracker.start();
      const calls = h.calls();
      expect(h.tracker.start()).toBe(first);
      expect(h.calls()).toBe(calls);
      expect(first.mode).toBe(h.tracker.mode);
      expect(first.resume).toBeNull();
      expect(first.standaloneReason).toBe(options.lms ? undefined : "no-lms");
    });

    it("hands back saved progress on resume", async () => {
      const resume = { location: "quiz", data: '{"v":1,"p":4,"a":"bdacb"}' };
      const h = await harness({ resume });
      expect(h.tracker.start().resume).toEqual(resume);
    });

    it("round-trips progress through a suspend and a new launch", async () => {
      const h = await harness();
      h.tracker.start();
      h.tracker.saveProgress({ location: "when_to_call", data: '{"v":1,"seen":[0,1,2]}' });
      h.tracker.finish();
      const next = await h.relaunch();
      open.push(next);
      expect(next.tracker.start().resume).toEqual({ location: "when_to_call", data: '{"v":1,"seen":[0,1,2]}' });
    });

    it("terminates exactly once and makes no call after finish", async () => {
      const h = await harness();
      h.tracker.start();
      h.tracker.saveProgress({ location: "welcome", data: "{}" });
      h.tracker.finish();
      const calls = h.calls();
      expect(h.terminations()).toBe(options.lms ? 1 : 0);
      h.tracker.finish();
      h.tracker.saveProgress({ location: "after", data: "after" });
      h.tracker.recordAnswer(sampleAnswer());
      h.tracker.reportOutcome(OUTCOMES[1]!.outcome);
      h.tracker.setLanguagePreference("en");
      h.tracker.flush();
      h.timers.fireAll();
      expect(h.calls()).toBe(calls);
      expect(h.terminations()).toBe(options.lms ? 1 : 0);
      expect(h.storedProgress()).toEqual({ location: "welcome", data: "{}" });
    });

    it("returns the learner name verbatim, HTML and all (the player renders it as text)", async () => {
      const h = await harness({ learnerName: HOSTILE_NAME });
      expect(h.tracker.start().learnerName).toBe(options.lms ? HOSTILE_NAME : "");
    });

    it("reads and writes the learner's language preference", async () => {
      const h = await harness({ languagePreference: "en" });
      expect(h.tracker.start().languagePreference).toBe("en");
      h.tracker.setLanguagePreference("vi");
      h.tracker.saveProgress({ location: "welcome", data: "{}" });
      h.tracker.finish();
      const next = await h.relaunch();
      open.push(next);
      expect(next.tracker.start().languagePreference).toBe("vi");
    });

    it("reports the LMS's mastery score in percent, or null without one", async () => {
      const withMastery = await harness({ masteryPercent: 70 });
      expect(withMastery.tracker.start().masteryPercent).toBe(options.lms ? 70 : null);
      await withMastery.close();
      const without = await harness();
      expect(without.tracker.start().masteryPercent).toBeNull();
    });

    for (const { outcome, expected } of OUTCOMES) {
      it(`stores the outcome ${outcome.completion}/${outcome.success}/${outcome.scorePercent}`, async () => {
        const h = await harness();
        h.tracker.start();
        h.tracker.reportOutcome(outcome);
        expect(h.storedOutcome()).toEqual(expected);
      });
    }

    it("takes objective results at any time without throwing (standalone keeps none)", async () => {
      const h = await harness();
      h.tracker.start();
      const calls = h.calls();
      expect(() => h.tracker.reportObjectives(notAssessed())).not.toThrow();
      expect(() => h.tracker.reportObjectives(assessed())).not.toThrow();
      if (!options.lms) expect(h.calls(), "standalone stores nothing for objectives").toBe(calls);
      h.tracker.finish();
      const after = h.calls();
      h.tracker.reportObjectives(assessed());
      expect(h.calls(), "nothing after finish").toBe(after);
    });

    if (!options.lms) return;

    it("lists every objective at a first launch as not assessed, then stores each result at the same index", async () => {
      const h = await harness({ masteryPercent: 80 });
      h.tracker.start();
      expect(h.storedObjectives!()).toEqual([]);
      h.tracker.reportObjectives(notAssessed());
      expect(h.storedObjectives!()).toEqual(
        OBJECTIVE_IDS.map((id) => ({ id, success: "unknown", incomplete: true, scorePercent: null, min: expect.any(String), max: expect.any(String) })),
      );
      h.tracker.reportObjectives(assessed());
      expect(h.storedObjectives!().map((o) => [o.id, o.success, o.incomplete, o.scorePercent, o.min, o.max])).toEqual([
        [OBJECTIVE_IDS[0], "passed", false, 100, "0", "100"],
        [OBJECTIVE_IDS[1], "failed", false, 67, "0", "100"],
        [OBJECTIVE_IDS[2], "failed", false, 0, "0", "100"],
      ]);
      // A retry in progress reports the objectives as not assessed: the results stand.
      h.tracker.reportObjectives(notAssessed());
      expect(h.storedObjectives!().map((o) => o.success)).toEqual(["passed", "failed", "failed"]);
      h.tracker.reportObjectives([objectiveResult(OBJECTIVE_IDS[0], 0, 1), objectiveResult(OBJECTIVE_IDS[1], 3, 3), objectiveResult(OBJECTIVE_IDS[2], 2, 2)]);
      expect(h.storedObjectives!().map((o) => [o.id, o.success, o.scorePercent])).toEqual([
        [OBJECTIVE_IDS[0], "failed", 0],
        [OBJECTIVE_IDS[1], "passed", 100],
        [OBJECTIVE_IDS[2], "passed", 100],
      ]);
      // Reading the objectives at start (count, then each id) answers no error, as other reads.
      expect(h.reads!().filter((r) => r.error !== "0"), "reads answered with an error").toEqual([]);
    });

    it("reuses the index of an objective the LMS already holds, appends new ones after, and changes no id", async () => {
      // Index 0: the manifest's primary objective (a 2004 LMS fills it in); index 1: one of ours
      // with a result from earlier in this attempt.
      const h = await harness({
        objectives: {
          "cmi.objectives.0.id": "call_111_primary_mastery",
          "cmi.objectives.1.id": OBJECTIVE_IDS[1],
          "cmi.objectives.1.score.raw": "100",
          "cmi.objectives.1.score.min": "0",
          "cmi.objectives.1.score.max": "100",
          ...(h12(options) ? { "cmi.objectives.1.status": "passed" } : { "cmi.objectives.1.success_status": "passed" }),
        },
      });
      const primaryBefore = h.storedObjectives!()[0];
      h.tracker.start();
      h.tracker.reportObjectives(notAssessed());
      const afterStart = h.storedObjectives!();
      expect(afterStart.map((o) => o.id)).toEqual(["call_111_primary_mastery", OBJECTIVE_IDS[1], OBJECTIVE_IDS[0], OBJECTIVE_IDS[2]]);
      expect(afterStart[0], "the LMS's own objective is left alone").toEqual(primaryBefore);
      expect([afterStart[1]?.success, afterStart[1]?.incomplete, afterStart[1]?.scorePercent], "a stored result is not replaced by 'not assessed'").toEqual(["passed", false, 100]);
      h.tracker.reportObjectives(assessed());
      const stored = h.storedObjectives!();
      expect(stored.map((o) => [o.id, o.scorePercent])).toEqual([
        ["call_111_primary_mastery", primaryBefore?.scorePercent ?? null],
        [OBJECTIVE_IDS[1], 67],
        [OBJECTIVE_IDS[0], 100],
        [OBJECTIVE_IDS[2], 0],
      ]);
    });

    it("links each question's interaction to its objective; activities have none", async () => {
      const h = await harness();
      h.tracker.start();
      h.tracker.recordAnswer({ ...sampleAnswer("practice_dial"), objective: undefined });
      h.tracker.recordAnswer({ ...sampleAnswer("q1_number"), objective: OBJECTIVE_IDS[1] });
      h.tracker.recordAnswer({ ...sampleAnswer("q10_which_number"), objective: OBJECTIVE_IDS[2] });
      expect(h.interactionObjectives!()).toEqual(["", OBJECTIVE_IDS[1], OBJECTIVE_IDS[2]]);
    });

    it("delivers objectives through failing commits once, and a resumed session adds none twice", async () => {
      const h = await harness({ commitServer: true });
      const statuses: DeliveryStatus[] = [];
      h.tracker.start();
      h.tracker.onDeliveryStatus((status) => statuses.push(status));
      h.tracker.reportObjectives(notAssessed());
      await h.failNextCommits!(2);
      h.tracker.reportObjectives(assessed());
      h.tracker.reportObjectives(assessed());
      expect(statuses).toEqual(["retrying"]);
      h.timers.fireAll(); // the LMS recovered
      expect(statuses).toEqual(["retrying", "ok"]);
      expect(h.storedObjectives!().map((o) => [o.id, o.scorePercent])).toEqual([
        [OBJECTIVE_IDS[0], 100],
        [OBJECTIVE_IDS[1], 67],
        [OBJECTIVE_IDS[2], 0],
      ]);
      const last = (await h.deliveredCommits!()).at(-1)!;
      for (const id of OBJECTIVE_IDS) expect(last.split(`"${id}"`), `${id} once in the commit`).toHaveLength(2);
      h.tracker.saveProgress({ location: "quiz", data: "{}" });
      h.tracker.finish();
      const next = await h.relaunch();
      open.push(next);
      next.tracker.start();
      next.tracker.reportObjectives(notAssessed());
      next.tracker.reportObjectives(assessed());
      expect(next.storedObjectives!().map((o) => [o.id, o.scorePercent])).toEqual([
        [OBJECTIVE_IDS[0], 100],
        [OBJECTIVE_IDS[1], 67],
        [OBJECTIVE_IDS[2], 0],
      ]);
    });

    // Our manifests always give a pass mark, so the LMS has a value for it: seeded here too.
    it("reads each element once at a first launch, and nothing that has no value yet (no error codes)", async () => {
      const h = await harness({ masteryPercent: 80 });
      h.tracker.start();
      const reads = h.reads!();
      expect(reads.filter((r) => r.error !== "0"), "reads the runtime answered with an error").toEqual([]);
      const elements = reads.map((r) => r.element);
      expect(new Set(elements).size, `each element once: ${elements.join(", ")}`).toBe(elements.length);
      expect(elements.some((e) => /location|suspend_data/.test(e)), "no bookmark or suspend_data read on ab-initio").toBe(false);
    });

    it("reads the bookmark and suspend_data once each on resume, without error codes", async () => {
      const h = await harness({ masteryPercent: 80, resume: { location: "quiz", data: '{"v":1}' } });
      expect(h.tracker.start().resume).toEqual({ location: "quiz", data: '{"v":1}' });
      const reads = h.reads!();
      expect(reads.filter((r) => r.error !== "0")).toEqual([]);
      const elements = reads.map((r) => r.element);
      expect(new Set(elements).size).toBe(elements.length);
      expect(elements.filter((e) => /location|suspend_data/.test(e))).toHaveLength(2);
    });

    // An LMS that opens a finished attempt again in normal mode (instead of review): what the
    // student does now may raise the result but never lowers it (completion-rules.ts keepBest).
    it("keeps the result an LMS already holds: looking again or a lower retake never lowers it", async () => {
      const h = await harness({ masteryPercent: 80, held: { completed: true, success: "passed", scorePercent: 90 } });
      h.tracker.start();
      h.tracker.reportOutcome({ completion: "incomplete", success: "unknown", scorePercent: null, progress: 0.2 });
      expect(h.storedOutcome()).toEqual({ completed: true, success: "passed", scorePercent: 90 });
      h.tracker.reportOutcome({ completion: "completed", success: "failed", scorePercent: 70, progress: 1 });
      expect(h.storedOutcome()).toEqual({ completed: true, success: "passed", scorePercent: 90 });
      h.tracker.reportOutcome({ completion: "completed", success: "passed", scorePercent: 95, progress: 1 });
      expect(h.storedOutcome()).toEqual({ completed: true, success: "passed", scorePercent: 95 });
      h.tracker.finish();
      expect(h.terminations()).toBe(1);
    });

    it("lets a retake raise a failed result the LMS holds", async () => {
      const h = await harness({ masteryPercent: 80, held: { completed: true, success: "failed", scorePercent: 60 } });
      h.tracker.start();
      h.tracker.reportOutcome({ completion: "incomplete", success: "unknown", scorePercent: null, progress: 0.5 });
      expect(h.storedOutcome()).toEqual({ completed: true, success: "failed", scorePercent: 60 });
      h.tracker.reportOutcome({ completion: "completed", success: "passed", scorePercent: 85, progress: 1 });
      expect(h.storedOutcome()).toEqual({ completed: true, success: "passed", scorePercent: 85 });
    });

    for (const mode of ["review", "browse"] as const) {
      it(`records nothing when the LMS opens the lesson in ${mode} mode, and says so`, async () => {
        const h = await harness({ masteryPercent: 80, mode, held: { completed: true, success: "passed", scorePercent: 90 } });
        const info = h.tracker.start();
        expect(info.lookOnly).toBe(true);
        const before = h.storedProgress();
        h.tracker.saveProgress({ location: "quiz", data: '{"v":1}' });
        h.tracker.recordAnswer(sampleAnswer());
        h.tracker.reportOutcome({ completion: "completed", success: "failed", scorePercent: 10, progress: 1 });
        h.tracker.reportObjectives(assessed());
        h.tracker.setLanguagePreference("en");
        h.tracker.setAudioMuted?.(true);
        h.tracker.finish();
        expect(h.storedOutcome()).toEqual({ completed: true, success: "passed", scorePercent: 90 });
        expect(h.storedProgress()).toEqual(before);
        expect(h.interactionObjectives!()).toEqual([]);
        expect(h.storedObjectives!()).toEqual([]);
        expect(h.terminations()).toBe(1);
      });
    }

    it("says nothing about look-only in normal mode", async () => {
      const h = await harness();
      expect(h.tracker.start().lookOnly).toBeUndefined();
    });

    it("retries a commit the LMS refused, says so, and delivers everything once", async () => {
      const h = await harness({ commitServer: true });
      const statuses: DeliveryStatus[] = [];
      h.tracker.start();
      h.tracker.onDeliveryStatus((status) => statuses.push(status));
      await h.failNextCommits!(2);
      h.tracker.saveProgress({ location: "quiz", data: '{"v":1,"a":"b"}' });
      h.tracker.recordAnswer(sampleAnswer());
      expect(statuses).toEqual(["retrying"]);
      expect(h.timers.delays).toHaveLength(1);
      h.timers.fireAll(); // the LMS recovered: this commit gets HTTP 200
      expect(statuses).toEqual(["retrying", "ok"]);
      expect(h.timers.delays).toHaveLength(0);
      const delivered = await h.deliveredCommits!();
      const last = delivered.at(-1)!;
      expect(last).toContain("q1_when_to_call");
      expect(last).toContain('{\\"v\\":1,\\"a\\":\\"b\\"}');
      // exactly one interaction record, not one per attempt
      expect(last.match(/q1_when_to_call/g)).toHaveLength(1);
      h.tracker.finish();
      expect(h.terminations()).toBe(1);
    });

    it("keeps retrying while the LMS keeps failing, and never throws at the player", async () => {
      const h = await harness({ commitServer: true });
      const statuses: DeliveryStatus[] = [];
      h.tracker.start();
      h.tracker.onDeliveryStatus((status) => statuses.push(status));
      await h.failNextCommits!(4);
      expect(() => h.tracker.recordAnswer(sampleAnswer("q2_is_111_free"))).not.toThrow();
      h.timers.fireAll();
      h.timers.fireAll();
      expect(statuses).toEqual(["retrying"]);
      h.timers.fireAll();
      h.timers.fireAll(); // 5th commit: accepted
      expect(statuses).toEqual(["retrying", "ok"]);
    });
  });
}
