// What the preview LMS remembers about a learner between launches, and the launch data it
// hands the next launch — the part of an LMS that makes resume testable by hand.
// Follows what LMSs do (SCORM-NOTES §4.6): the saved location, suspend_data, status and score
// come back with entry "resume" ONLY when the previous session ended with exit "suspend";
// any other exit ends the attempt, and the next launch is a new attempt ("ab-initio") — unless
// the launch says `reopen`: then a finished attempt is opened again as it was, entry "", in
// review mode (as Moodle does when no new attempt is asked for) or in normal mode.
import type { ScormVersion } from "../scorm-versions";
import type { LaunchOptions } from "./launch-options";

export interface LearnerRecord {
  version: ScormVersion;
  savedAt: string;
  /** Saved by LMSFinish/Terminate (true) or by a commit (false). */
  finished: boolean;
  /** api.getFlattenedCMI() at save time: {"cmi.core.exit": "suspend", …}. */
  cmi: Record<string, string>;
  /** Stored total time plus this session, in the version's own format. */
  totalTime: string;
}

export interface LaunchSeed {
  /** "" = the same, finished attempt opened again (LaunchOptions.reopen). */
  entry: "resume" | "ab-initio" | "";
  /** cmi.core.lesson_mode / cmi.mode. */
  mode: "normal" | "review";
  /** Partial CMI tree for api.loadFromJSON (no "cmi." prefix). */
  cmi: Record<string, unknown>;
  /** Earlier interactions of a resumed attempt, for api.loadFromFlattenedJSON. */
  interactions: Record<string, string>;
  /** cmi.objectives for api.loadFromFlattenedJSON: a resumed attempt's, or on a new 2004 attempt
   *  the manifest's primary objective, as a SCORM 2004 LMS fills it in (RTE 4.2.17). */
  objectives: Record<string, string>;
}

const STORAGE_PREFIX = "call-111-preview";

export function recordKey(band: string, version: ScormVersion, learnerId: string): string {
  return `${STORAGE_PREFIX}:${band}:${version}:${learnerId}`;
}

// Storage can throw (private mode, blocked storage); the preview must still launch.
export function loadRecord(key: string): LearnerRecord | null {
  try {
    const raw = localStorage.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return isRecord(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function saveRecord(key: string, record: LearnerRecord): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

export function clearRecord(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    /* nothing saved, nothing to clear */
  }
}

function isRecord(value: unknown): value is LearnerRecord {
  const v = value as LearnerRecord | null;
  return !!v && typeof v === "object" && typeof v.cmi === "object" && !!v.cmi && (v.version === "1.2" || v.version === "2004");
}

/** Launch data for the next session. `masteryPercent` null = the LMS supplies no mastery score. */
export function launchSeed(
  options: LaunchOptions,
  masteryPercent: number | null,
  saved: LearnerRecord | null,
  primaryObjectiveId: string | null = null,
): LaunchSeed {
  const previous = saved && saved.version === options.version ? saved.cmi : null;
  const exitKey = options.version === "1.2" ? "cmi.core.exit" : "cmi.exit";
  const resume = previous?.[exitKey] === "suspend";
  const reopened = !!previous && !resume && options.reopen !== "new" && attemptFinished(previous, options.version);
  // A resumed or reopened attempt gets back what it holds; a new one starts empty.
  const same = resume || reopened;
  const from = (key: string) => (same ? (previous?.[key] ?? "") : "");
  const mode = reopened && options.reopen === "review" ? "review" : "normal";
  const prefKey = options.version === "1.2" ? "cmi.student_preference.language" : "cmi.learner_preference.language";
  // A learner's preference outlives attempts in an LMS; the launch URL's choice wins.
  const language = options.language || previous?.[prefKey] || "";
  // The audio preference (narration muted or not) outlives attempts too.
  const audio = previous?.[options.version === "1.2" ? "cmi.student_preference.audio" : "cmi.learner_preference.audio_level"] ?? "";
  const entry = resume ? "resume" : reopened ? "" : "ab-initio";
  const interactions = same ? pick(previous ?? {}, "cmi.interactions.") : {};
  const objectives = same
    ? pick(previous ?? {}, "cmi.objectives.")
    : options.version === "2004" && primaryObjectiveId
      ? { "cmi.objectives.0.id": primaryObjectiveId }
      : {};

  if (options.version === "1.2") {
    return {
      entry,
      mode,
      interactions,
      objectives,
      cmi: {
        core: {
          student_id: options.learnerId,
          student_name: options.learnerName,
          // scorm-again leaves credit "" in 1.2; an LMS launching for a grade says "credit".
          credit: "credit",
          lesson_mode: mode,
          entry,
          lesson_location: from("cmi.core.lesson_location"),
          lesson_status: from("cmi.core.lesson_status"),
          score: { raw: from("cmi.core.score.raw"), min: from("cmi.core.score.min"), max: from("cmi.core.score.max") },
          total_time: same ? saved?.totalTime : "",
        },
        suspend_data: from("cmi.suspend_data"),
        student_data: { mastery_score: masteryPercent === null ? "" : String(masteryPercent) },
        student_preference: audio ? { language, audio } : { language },
      },
    };
  }
  return {
    entry,
    mode,
    interactions,
    objectives,
    cmi: {
      learner_id: options.learnerId,
      learner_name: options.learnerName,
      credit: "credit",
      mode,
      entry,
      // 2004 exposes the manifest's minNormalizedMeasure as a scaled score (80 % -> "0.8").
      scaled_passing_score: masteryPercent === null ? "" : String(masteryPercent / 100),
      location: from("cmi.location"),
      suspend_data: from("cmi.suspend_data"),
      completion_status: from("cmi.completion_status"),
      success_status: from("cmi.success_status"),
      progress_measure: from("cmi.progress_measure"),
      score: {
        scaled: from("cmi.score.scaled"),
        raw: from("cmi.score.raw"),
        min: from("cmi.score.min"),
        max: from("cmi.score.max"),
      },
      total_time: same ? saved?.totalTime : "",
      learner_preference: audio ? { language, audio_level: audio } : { language },
    },
  };
}

/** The attempt has a result: 1.2 passed/failed/completed, 2004 completed or passed/failed. */
function attemptFinished(cmi: Record<string, string>, version: ScormVersion): boolean {
  if (version === "1.2") return ["passed", "failed", "completed"].includes(cmi["cmi.core.lesson_status"] ?? "");
  return cmi["cmi.completion_status"] === "completed" || ["passed", "failed"].includes(cmi["cmi.success_status"] ?? "");
}

/** Non-empty string values under a prefix (getFlattenedCMI also lists empty sub-objects). */
function pick(flat: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(flat).filter(([k, v]) => k.startsWith(prefix) && typeof v === "string" && v !== "" && v !== "[object Object]"),
  );
}
