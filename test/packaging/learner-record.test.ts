// What the preview LMS hands the next launch: resume data only after an exit of "suspend",
// like Moodle and the SCORM spec (SCORM-NOTES §4.6).
import { describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS, launchQuery, readLaunchOptions } from "../../scorm/preview/launch-options";
import { summaryRows } from "../../scorm/preview/cmi-panel";
import { launchSeed, type LearnerRecord } from "../../scorm/preview/learner-record";

const saved12 = (exit: string): LearnerRecord => ({
  version: "1.2",
  savedAt: "2025-01-01T00:00:00Z",
  finished: true,
  totalTime: "00:05:30",
  cmi: {
    "cmi.core.exit": exit,
    "cmi.core.lesson_location": "quiz",
    "cmi.core.lesson_status": "incomplete",
    "cmi.core.score.raw": "40",
    "cmi.suspend_data": '{"v":1}',
    "cmi.student_preference.language": "en",
    "cmi.interactions.0.id": "q1_when_to_call",
    "cmi.interactions.0.type": "choice",
  },
});

describe("launchSeed, SCORM 1.2", () => {
  const options = { ...DEFAULT_OPTIONS, version: "1.2" as const };

  it("starts a first launch as a new attempt with the learner, credit and mastery score", () => {
    const seed = launchSeed(options, 80, null);
    expect(seed.entry).toBe("ab-initio");
    expect(seed.cmi).toMatchObject({
      core: { student_id: "student-1", student_name: "Nguyễn, An", credit: "credit", lesson_mode: "normal", entry: "ab-initio", lesson_location: "" },
      suspend_data: "",
      student_data: { mastery_score: "80" },
    });
  });

  it("resumes location, suspend data, status, score, time and interactions after exit=suspend", () => {
    const seed = launchSeed(options, 80, saved12("suspend"));
    expect(seed.entry).toBe("resume");
    expect(seed.cmi).toMatchObject({
      core: { entry: "resume", lesson_location: "quiz", lesson_status: "incomplete", score: { raw: "40" }, total_time: "00:05:30" },
      suspend_data: '{"v":1}',
    });
    expect(seed.interactions).toEqual({ "cmi.interactions.0.id": "q1_when_to_call", "cmi.interactions.0.type": "choice" });
  });

  it("starts a new attempt after any other exit, keeping only the language preference", () => {
    for (const exit of ["", "logout", "time-out"]) {
      const seed = launchSeed(options, 80, saved12(exit));
      expect(seed.entry).toBe("ab-initio");
      expect(seed.cmi).toMatchObject({ core: { lesson_location: "", lesson_status: "" }, suspend_data: "", student_preference: { language: "en" } });
      expect(seed.interactions).toEqual({});
    }
  });

  it("opens a finished attempt again as it was, entry \"\", in review or normal mode, when the launch says reopen", () => {
    const passed = { ...saved12(""), cmi: { ...saved12("").cmi, "cmi.core.lesson_status": "passed", "cmi.core.score.raw": "90" } };
    for (const reopen of ["review", "normal"] as const) {
      const seed = launchSeed({ ...options, reopen }, 80, passed);
      expect(seed).toMatchObject({ entry: "", mode: reopen });
      expect(seed.cmi).toMatchObject({ core: { entry: "", lesson_mode: reopen, lesson_status: "passed", score: { raw: "90" }, lesson_location: "quiz" }, suspend_data: '{"v":1}' });
      expect(seed.interactions).toEqual({ "cmi.interactions.0.id": "q1_when_to_call", "cmi.interactions.0.type": "choice" });
    }
    // An unfinished attempt that ended without suspend is no attempt to reopen: a new one starts.
    expect(launchSeed({ ...options, reopen: "review" }, 80, saved12("")).entry).toBe("ab-initio");
    expect(launchSeed(options, 80, passed)).toMatchObject({ entry: "ab-initio", mode: "normal" });
  });

  it("lets the launch URL's language win, and sends no mastery score when the LMS has none", () => {
    const seed = launchSeed({ ...options, language: "vi" }, null, saved12("suspend"));
    expect(seed.cmi).toMatchObject({ student_preference: { language: "vi" }, student_data: { mastery_score: "" } });
  });
});

describe("launchSeed, SCORM 2004", () => {
  const options = { ...DEFAULT_OPTIONS, version: "2004" as const };
  const saved: LearnerRecord = {
    version: "2004",
    savedAt: "2025-01-01T00:00:00Z",
    finished: true,
    totalTime: "PT5M30S",
    cmi: { "cmi.exit": "suspend", "cmi.location": "quiz", "cmi.completion_status": "incomplete", "cmi.success_status": "unknown", "cmi.score.scaled": "0.4" },
  };

  it("hands the manifest's mastery over as a scaled passing score", () => {
    expect(launchSeed(options, 80, null).cmi).toMatchObject({ scaled_passing_score: "0.8", entry: "ab-initio", learner_name: "Nguyễn, An", mode: "normal" });
  });

  it("resumes after exit=suspend and not after exit=normal", () => {
    expect(launchSeed(options, 80, saved).cmi).toMatchObject({ entry: "resume", location: "quiz", completion_status: "incomplete", score: { scaled: "0.4" }, total_time: "PT5M30S" });
    const ended = { ...saved, cmi: { ...saved.cmi, "cmi.exit": "normal" } };
    expect(launchSeed(options, 80, ended).cmi).toMatchObject({ entry: "ab-initio", location: "", completion_status: "" });
  });

  it("opens a completed attempt again in review mode when the launch says so", () => {
    const done = { ...saved, cmi: { ...saved.cmi, "cmi.exit": "normal", "cmi.completion_status": "completed", "cmi.success_status": "passed", "cmi.score.scaled": "0.9" } };
    expect(launchSeed({ ...options, reopen: "review" }, 80, done).cmi).toMatchObject({ entry: "", mode: "review", completion_status: "completed", success_status: "passed", score: { scaled: "0.9" } });
    expect(launchSeed(options, 80, done).cmi).toMatchObject({ entry: "ab-initio", mode: "normal", completion_status: "" });
  });

  it("ignores state saved by the other SCORM version", () => {
    expect(launchSeed(options, 80, saved12("suspend")).entry).toBe("ab-initio");
  });

  it("puts the manifest's primary objective in cmi.objectives on a new attempt, and hands a resumed attempt its objectives back", () => {
    expect(launchSeed(options, 80, null, "call_111_primary_mastery").objectives).toEqual({ "cmi.objectives.0.id": "call_111_primary_mastery" });
    expect(launchSeed(options, 80, null).objectives).toEqual({});
    const withObjectives = {
      ...saved,
      cmi: { ...saved.cmi, "cmi.objectives.0.id": "call_111_primary_mastery", "cmi.objectives.1.id": "primary-obj-remember-111", "cmi.objectives.1.success_status": "passed", "cmi.objectives.1.description": "" },
    };
    expect(launchSeed(options, 80, withObjectives, "call_111_primary_mastery").objectives).toEqual({
      "cmi.objectives.0.id": "call_111_primary_mastery",
      "cmi.objectives.1.id": "primary-obj-remember-111",
      "cmi.objectives.1.success_status": "passed",
    });
    const ended = { ...withObjectives, cmi: { ...withObjectives.cmi, "cmi.exit": "normal" } };
    expect(launchSeed(options, 80, ended, "call_111_primary_mastery").objectives).toEqual({ "cmi.objectives.0.id": "call_111_primary_mastery" });
  });
});

describe("the preview's CMI summary", () => {
  it("lists every objective with its status and score, in index order", () => {
    const rows = summaryRows("2004", {
      "cmi.objectives.1.id": "primary-obj-remember-111",
      "cmi.objectives.1.completion_status": "completed",
      "cmi.objectives.1.success_status": "passed",
      "cmi.objectives.1.score.raw": "100",
      "cmi.objectives.1.score.scaled": "1",
      "cmi.objectives.0.id": "call_111_primary_mastery",
    }, "running");
    const at = rows.findIndex((r) => r.label === "Objectives");
    expect(rows.slice(at, at + 3)).toEqual([
      { label: "Objectives", value: "2" },
      { label: "Objective 0: call_111_primary_mastery", value: "— / —" },
      { label: "Objective 1: primary-obj-remember-111", value: "completed / passed · score 100 (scaled 1)" },
    ]);
    const rows12 = summaryRows("1.2", { "cmi.objectives.0.id": "primary-obj-a", "cmi.objectives.0.status": "incomplete" }, "running");
    expect(rows12.find((r) => r.label === "Objective 0: primary-obj-a")?.value).toBe("incomplete");
  });
});

describe("launch options in the URL", () => {
  it("round-trip through launchQuery and readLaunchOptions", () => {
    const options = { ...DEFAULT_OPTIONS, band: "primary", version: "2004" as const, learnerName: "Trần, Bình", language: "en", fresh: true, failCommits: true, mastery: 50, reopen: "review" as const };
    expect(readLaunchOptions(launchQuery(options))).toEqual(options);
  });

  it("fall back to the defaults for missing or unknown values", () => {
    expect(readLaunchOptions("?version=3&mastery=abc&band=../x")).toMatchObject({ version: "1.2", mastery: "manifest", band: "x" });
    expect(readLaunchOptions("?version=scorm2004&mastery=none").version).toBe("2004");
  });
});
