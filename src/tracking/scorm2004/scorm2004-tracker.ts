// The SCORM 2004 4th Edition adapter: the 2004 table for the shared ScormTracker, and how to
// call `window.API_1484_11`.
import type { LessonOutcome } from "../tracker";
import { LOOK_ONLY_MODES, objectiveOutcome, type CmiReader, type CmiWrite, type ScormApiCalls, type ScormDialect } from "../scorm-dialect";
import { ScormTracker, type ScormTrackerOptions } from "../scorm-tracker";
import { CMI2004, COMPLETION2004, EXIT2004, LIMITS2004, PERMANENT_ERRORS2004 } from "./cmi2004";
import { description2004, interactionFields2004 } from "./interactions2004";
import { formatDuration2004 } from "./time2004";

const round = (value: number, decimals: number): string => {
  const factor = 10 ** decimals;
  return String(Math.round(value * factor) / factor);
};
const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

export const scorm2004Dialect: ScormDialect = {
  mode: "scorm2004",
  elements: {
    learnerName: CMI2004.learnerName,
    languagePreference: CMI2004.language,
    audioPreference: CMI2004.audioLevel,
    entry: CMI2004.entry,
    location: CMI2004.location,
    suspendData: CMI2004.suspendData,
    interactionCount: CMI2004.interactionCount,
    objectiveCount: CMI2004.objectiveCount,
  },
  limits: { location: LIMITS2004.location, suspendData: LIMITS2004.suspendData },
  /** cmi.scaled_passing_score is −1..1; a pass mark at or below 0 means every score passes. */
  readMasteryPercent(read: CmiReader) {
    const text = read(CMI2004.scaledPassingScore).trim();
    const scaled = text === "" ? Number.NaN : Number(text);
    if (!Number.isFinite(scaled) || scaled < -1 || scaled > 1) return null;
    return Math.round(Math.max(0, scaled) * 10000) / 100;
  },
  /** audio_level defaults to 1 in every LMS, so only 0 (muted) says anything. */
  readAudioMuted(read: CmiReader) {
    const text = read(CMI2004.audioLevel).trim();
    return text !== "" && Number(text) === 0 ? true : undefined;
  },
  audioWrite: (muted) => [CMI2004.audioLevel, muted ? "0" : "1"],
  /** completion_status has a value from the start ("unknown" until set), so this read is never a 403. */
  readLaunchStatus(read: CmiReader) {
    const status = read(CMI2004.completionStatus);
    const untouched: string[] = [COMPLETION2004.notAttempted, COMPLETION2004.unknown, ""];
    const completed = status === COMPLETION2004.completed;
    const success = read(CMI2004.successStatus);
    let earlier: LessonOutcome | null = null;
    if (completed || success === "passed" || success === "failed") {
      // Read only now: before a value is set, these reads are 403 "not initialized" errors.
      const scaled = Number(read(CMI2004.scoreScaled).trim() || Number.NaN);
      const progress = Number(read(CMI2004.progressMeasure).trim() || Number.NaN);
      earlier = {
        completion: completed ? "completed" : "incomplete",
        success: success === "passed" || success === "failed" ? success : "unknown",
        scorePercent: Number.isFinite(scaled) ? clamp(scaled, 0, 1) * 100 : null,
        progress: Number.isFinite(progress) ? clamp(progress, 0, 1) : completed ? 1 : 0,
      };
    }
    return { completed, untouched: untouched.includes(status), earlier, lookOnly: LOOK_ONLY_MODES.includes(read(CMI2004.mode).trim()) };
  },
  firstLaunchWrites: [[CMI2004.completionStatus, COMPLETION2004.incomplete]],
  /** Completion and success are separate in 2004. Score and progress are sent with them because
   *  an LMS with a scaled passing score or completion threshold judges from those instead
   *  (SCORM-NOTES.md §4.5), so they must agree. */
  outcomeWrites(outcome: LessonOutcome): CmiWrite[] {
    const writes: CmiWrite[] = [[CMI2004.progressMeasure, round(clamp(outcome.progress, 0, 1), 4)]];
    if (outcome.scorePercent !== null) {
      const percent = clamp(outcome.scorePercent, 0, 100);
      writes.push(
        [CMI2004.scoreMin, "0"],
        [CMI2004.scoreMax, "100"],
        [CMI2004.scoreRaw, round(percent, 2)],
        [CMI2004.scoreScaled, round(percent / 100, 4)],
      );
    }
    writes.push([CMI2004.completionStatus, outcome.completion], [CMI2004.successStatus, outcome.success]);
    return writes;
  },
  exitWrite: (completed) => [CMI2004.exit, completed ? EXIT2004.normal : EXIT2004.suspend],
  sessionTimeWrite: (elapsedMs) => [CMI2004.sessionTime, formatDuration2004(elapsedMs)],
  interactionFields: interactionFields2004,
  interactionPrefix: (index) => `cmi.interactions.${index}.`,
  /** cmi.objectives.n (RTE 4.2.17): progress, score (scaled, raw, min, max), completion and
   *  success, named as for the SCO without "cmi."; and the objective's text as description.
   *  Before it is assessed: progress 0, incomplete, unknown. */
  objectiveFields: (result) => [
    ...scorm2004Dialect.outcomeWrites(objectiveOutcome(result)).map(([element, value]): CmiWrite => [element.slice(4), value]),
    ["description", description2004(result.description, result.language)],
  ],
  permanentErrors: PERMANENT_ERRORS2004,
};

interface Api2004 {
  Initialize(parameter: string): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(parameter: string): unknown;
  Terminate(parameter: string): unknown;
  GetLastError(): unknown;
}

const METHODS2004 = ["Initialize", "GetValue", "SetValue", "Commit", "Terminate", "GetLastError"] as const;

/** Wraps a discovered `API_1484_11` object; null when it lacks the 2004 functions. */
export function bindScorm2004Api(found: unknown): ScormApiCalls | null {
  if (!found || typeof found !== "object") return null;
  const api = found as Api2004;
  try {
    if (!METHODS2004.every((name) => typeof api[name] === "function")) return null;
  } catch {
    return null;
  }
  return {
    initialize: () => String(api.Initialize("")),
    getValue: (element) => String(api.GetValue(element) ?? ""),
    setValue: (element, value) => String(api.SetValue(element, value)),
    commit: () => String(api.Commit("")),
    terminate: () => String(api.Terminate("")),
    getLastError: () => String(api.GetLastError()),
  };
}

export function createScorm2004Tracker(api: ScormApiCalls, options?: ScormTrackerOptions): ScormTracker {
  return new ScormTracker(api, scorm2004Dialect, options);
}
