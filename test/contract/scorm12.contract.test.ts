// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { describeTrackerContract, objectiveResult, sampleAnswer } from "./tracker-contract";
import { makeScorm12Harness, SCORM12_PROFILE, scormHarnessFactory } from "./scorm-harness";

describeTrackerContract("SCORM 1.2 on scorm-again Scorm12API", makeScorm12Harness, { lms: true, version: "1.2" });

describe("SCORM 1.2 objectives, element by element", () => {
  it("writes id, score.raw/min/max 0–100 and status passed/failed, or only status incomplete before the quiz; interactions name their objective", async () => {
    const h = await scormHarnessFactory(SCORM12_PROFILE)({});
    try {
      h.tracker.start();
      h.tracker.reportObjectives([objectiveResult("primary-obj-a", 0, 0), objectiveResult("primary-obj-b", 0, 0)]);
      h.tracker.reportObjectives([objectiveResult("primary-obj-a", 0, 0), objectiveResult("primary-obj-b", 2, 3)]);
      h.tracker.recordAnswer({ ...sampleAnswer("q1_number"), objective: "primary-obj-b" });
      const cmi = (h.runtime.renderCMIToJSONObject as () => { cmi: any })().cmi;
      expect(cmi.objectives).toEqual({
        "0": { id: "primary-obj-a", status: "incomplete", score: { raw: "", min: "", max: "100" } },
        "1": { id: "primary-obj-b", status: "failed", score: { raw: "67", min: "0", max: "100" } },
      });
      expect(cmi.interactions["0"].objectives).toEqual({ "0": { id: "primary-obj-b" } });
    } finally {
      await h.close();
    }
  });
});
