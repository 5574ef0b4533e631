// The SCORM 1.2 adapter: the 1.2 table for the shared ScormTracker, and how to call `window.API`.
import type { LessonOutcome } from "../tracker";
import { LOOK_ONLY_MODES, objectiveOutcome, type CmiReader, type CmiWrite, type ScormApiCalls, type ScormDialect } from "../scorm-dialect";
import { ScormTracker, type ScormTrackerOptions } from "../scorm-tracker";
import { CMI12, EXIT12, LESSON_STATUS12, LIMITS12, PERMANENT_ERRORS12 } from "./cmi12";
import { interactionFields12 } from "./interactions12";
import { formatTimespan12 } from "./time12";

/** cmi.core.score.raw: 0–100 with at most 2 decimals (older Moodle: ^-?([0-9]{0,3})(\.[0-9]{1,2})?$). */
const score12 = (percent: number): string => String(Math.round(Math.min(100, Math.max(0, percent)) * 100) / 100);

/** lesson_status holds both questions in one word: passed/failed once the quiz says so, else
 *  completed/incomplete (RTE 3.4.2.1.7). It agrees with raw vs mastery, so an LMS that re-judges
 *  the status from the score (Moodle masteryoverride) lands on the same answer. */
function lessonStatus(outcome: LessonOutcome): string {
  if (outcome.success !== "unknown") return LESSON_STATUS12[outcome.success];
  return LESSON_STATUS12[outcome.completion];
}

export const scorm12Dialect: ScormDialect = {
  mode: "scorm12",
  elements: {
    learnerName: CMI12.learnerName,
    languagePreference: CMI12.language,
    audioPreference: CMI12.audio,
    entry: CMI12.entry,
    location: CMI12.location,
    suspendData: CMI12.suspendData,
    interactionCount: CMI12.interactionCount,
    objectiveCount: CMI12.objectiveCount,
  },
  limits: { location: LIMITS12.location, suspendData: LIMITS12.suspendData },
  readMasteryPercent(read: CmiReader) {
    const text = read(CMI12.masteryScore).trim();
    const value = text === "" ? Number.NaN : Number(text);
    return Number.isFinite(value) && value >= 0 && value <= 100 ? value : null;
  },
  readAudioMuted(read: CmiReader) {
    const value = Number(read(CMI12.audio).trim() || "0");
    return value === -1 ? true : value > 0 && value <= 100 ? false : undefined;
  },
  audioWrite: (muted) => [CMI12.audio, muted ? "-1" : "100"],
  readLaunchStatus(read: CmiReader) {
    const status = read(CMI12.lessonStatus);
    const completed = status === LESSON_STATUS12.completed || status === LESSON_STATUS12.passed || status === LESSON_STATUS12.failed;
    // One word for two questions: "passed"/"failed" do not say whether every screen was seen,
    // so only "completed" counts as completed here.
    let earlier: LessonOutcome | null = null;
    if (completed) {
      const raw = read(CMI12.scoreRaw).trim();
      const score = raw === "" ? Number.NaN : Number(raw);
      const success = status === LESSON_STATUS12.passed ? "passed" : status === LESSON_STATUS12.failed ? "failed" : "unknown";
      const done = status === LESSON_STATUS12.completed;
      earlier = { completion: done ? "completed" : "incomplete", success, scorePercent: Number.isFinite(score) ? score : null, progress: done ? 1 : 0 };
    }
    return {
      completed,
      untouched: status === LESSON_STATUS12.notAttempted || status === "",
      earlier,
      lookOnly: LOOK_ONLY_MODES.includes(read(CMI12.lessonMode).trim()),
    };
  },
  firstLaunchWrites: [[CMI12.lessonStatus, LESSON_STATUS12.incomplete]],
  outcomeWrites(outcome: LessonOutcome): CmiWrite[] {
    const writes: CmiWrite[] = [];
    if (outcome.scorePercent !== null) {
      writes.push([CMI12.scoreMin, "0"], [CMI12.scoreMax, "100"], [CMI12.scoreRaw, score12(outcome.scorePercent)]);
    }
    writes.push([CMI12.lessonStatus, lessonStatus(outcome)]);
    return writes;
  },
  exitWrite: (completed) => [CMI12.exit, completed ? EXIT12.normal : EXIT12.suspend],
  sessionTimeWrite: (elapsedMs) => [CMI12.sessionTime, formatTimespan12(elapsedMs)],
  interactionFields: interactionFields12,
  interactionPrefix: (index) => `cmi.interactions.${index}.`,
  /** cmi.objectives.n.score.raw/min/max 0–100 and status (RTE 3.4.2.5): passed/failed once
   *  assessed, "incomplete" before, so the LMS lists the objective from the first launch.
   *  cmi.core.score.raw -> score.raw, cmi.core.lesson_status -> status. */
  objectiveFields: (result) =>
    scorm12Dialect.outcomeWrites(objectiveOutcome(result)).map(([element, value]) => [element.slice(9).replace("lesson_", ""), value]),
  permanentErrors: PERMANENT_ERRORS12,
};

interface Api12 {
  LMSInitialize(parameter: string): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(parameter: string): unknown;
  LMSFinish(parameter: string): unknown;
  LMSGetLastError(): unknown;
}

const METHODS12 = ["LMSInitialize", "LMSGetValue", "LMSSetValue", "LMSCommit", "LMSFinish", "LMSGetLastError"] as const;

/** Wraps a discovered `API` object; null when it lacks the 1.2 functions. */
export function bindScorm12Api(found: unknown): ScormApiCalls | null {
  if (!found || typeof found !== "object") return null;
  const api = found as Api12;
  try {
    if (!METHODS12.every((name) => typeof api[name] === "function")) return null;
  } catch {
    return null;
  }
  // Every argument and result is a string in SCORM; Initialize/Commit/Finish take "" (RTE §3.3).
  return {
    initialize: () => String(api.LMSInitialize("")),
    getValue: (element) => String(api.LMSGetValue(element) ?? ""),
    setValue: (element, value) => String(api.LMSSetValue(element, value)),
    commit: () => String(api.LMSCommit("")),
    terminate: () => String(api.LMSFinish("")),
    getLastError: () => String(api.LMSGetLastError()),
  };
}

export function createScorm12Tracker(api: ScormApiCalls, options?: ScormTrackerOptions): ScormTracker {
  return new ScormTracker(api, scorm12Dialect, options);
}
