// The one behaviour every Tracker adapter must have (DESIGN.md "SCORM behaviour"), run for
// SCORM 1.2 and 2004 against scorm-again's real runtimes and for standalone against jsdom's
// localStorage (like scorm-again's test/integration/suites/scorm-common-api.ts).
import { afterEach, describe, expect, it } from "vitest";
import type { AnswerRecord } from "../../src/quiz/answer-record";
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

export interface ContractOptions {
  /** Whether the adapter talks to an LMS (learner data, commits); false for standalone. */
  lms: boolean;
}

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

    if (!options.lms) return;

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
