// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { describeTrackerContract, objectiveResult, sampleAnswer } from "./tracker-contract";
import { makeScorm2004Harness, SCORM2004_PROFILE, scormHarnessFactory } from "./scorm-harness";

describeTrackerContract("SCORM 2004 on scorm-again Scorm2004API", makeScorm2004Harness, { lms: true, version: "2004" });

describe("SCORM 2004 objectives, element by element", () => {
  it("writes id, scaled/raw/min/max score, success and completion status, progress and the description; interactions name their objective", async () => {
    const h = await scormHarnessFactory(SCORM2004_PROFILE)({});
    try {
      h.tracker.start();
      h.tracker.reportObjectives([objectiveResult("primary-obj-a", 0, 0), objectiveResult("primary-obj-b", 0, 0)]);
      h.tracker.reportObjectives([objectiveResult("primary-obj-a", 0, 0), objectiveResult("primary-obj-b", 2, 3)]);
      h.tracker.reportObjectives([{ ...objectiveResult("primary-obj-c", 1, 1), description: "x".repeat(400) }]);
      h.tracker.recordAnswer({ ...sampleAnswer("q1_number"), objective: "primary-obj-b" });
      const cmi = (h.runtime.renderCMIToJSONObject as () => { cmi: any })().cmi;
      const empty = { scaled: "", raw: "", min: "", max: "" };
      expect(cmi.objectives["0"]).toEqual({
        id: "primary-obj-a", success_status: "unknown", completion_status: "incomplete", progress_measure: "0",
        description: "{lang=vi}Mục tiêu primary-obj-a", score: empty,
      });
      expect(cmi.objectives["1"]).toEqual({
        id: "primary-obj-b", success_status: "failed", completion_status: "completed", progress_measure: "1",
        description: "{lang=vi}Mục tiêu primary-obj-b", score: { scaled: "0.67", raw: "67", min: "0", max: "100" },
      });
      // description: localized_string_type, 250 characters at most (SPM).
      expect(cmi.objectives["2"].description.length).toBeLessThanOrEqual(250);
      expect(cmi.objectives["2"].success_status).toBe("passed");
      expect(cmi.interactions["0"].objectives["0"].id).toBe("primary-obj-b");
    } finally {
      await h.close();
    }
  });
});
