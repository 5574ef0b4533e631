// The one seam between the player and whatever records the student's work. The player calls
// only these methods; SCORM 1.2, SCORM 2004 and standalone (no LMS) are adapters behind it.
import type { AnswerRecord } from "../quiz/answer-record";
import type { ObjectiveResult } from "../quiz/objective-results";

export type TrackerMode = "scorm12" | "scorm2004" | "standalone" | "classroom";

/** Why the tracker runs standalone, when it does. */
export type StandaloneReason = "no-lms" | "lms-refused";

export interface StartInfo {
  mode: TrackerMode;
  /** Set when running without an LMS; the player shows "preview: results not sent". */
  standaloneReason?: StandaloneReason;
  /** Learner name as the LMS gives it (plain text: the player must render it as text). */
  learnerName: string;
  /** LMS learner language preference, e.g. "vi", "en-GB"; "" when unset. */
  languagePreference: string;
  /** Pass mark supplied by the LMS, in percent 0–100; null when the LMS gives none. */
  masteryPercent: number | null;
  /** Saved progress from an earlier session (entry=resume, or the browser in standalone). */
  resume: SavedProgress | null;
  /** The LMS opened the lesson in review or browse mode: the student can go through it, nothing
   *  is recorded, and the player says so. */
  lookOnly?: boolean;
  /** The learner's audio preference where the LMS keeps one: true = muted, false = sound on;
   *  absent when unset or unknown. */
  audioMuted?: boolean;
}

/** What the player saves to come back to the same place: the adapter stores `location`
 *  as the bookmark and `data` as suspend data, both opaque to the tracker. */
export interface SavedProgress {
  location: string;
  data: string;
}

/** Where the lesson stands, decided by completion-rules.ts before any adapter sees it. */
export interface LessonOutcome {
  completion: "incomplete" | "completed";
  success: "unknown" | "passed" | "failed";
  /** Score in percent 0–100 once the quiz was submitted; null before. */
  scorePercent: number | null;
  /** Share of screens seen, 0–1 (2004 progress_measure). */
  progress: number;
}

/** "ok": everything reached the LMS. "retrying": a commit failed and will be retried
 *  (the player shows a calm notice; the student just carries on). */
export type DeliveryStatus = "ok" | "retrying";

export interface Tracker {
  readonly mode: TrackerMode;
  /** Connects once (Initialize / LMSInitialize) and reads what the lesson needs to start. */
  start(): StartInfo;
  /** Saves the bookmark and resume data, then commits. */
  saveProgress(progress: SavedProgress): void;
  /** Appends one interaction record, then commits. */
  recordAnswer(answer: AnswerRecord): void;
  /** Reports status and score, then commits. */
  reportOutcome(outcome: LessonOutcome): void;
  /** Reports every lesson objective (cmi.objectives), then commits: results once a quiz attempt
   *  is submitted; an objective not assessed yet is only listed, never written over a result. */
  reportObjectives(results: readonly ObjectiveResult[]): void;
  /** Sets the learner's language preference where the LMS keeps one. */
  setLanguagePreference(language: string): void;
  /** Sets the learner's audio preference (narration muted or not) where the LMS keeps one. */
  setAudioMuted?(muted: boolean): void;
  /** Commits now (page hidden). Never throws. */
  flush(): void;
  /** Ends the session exactly once (exit, session time, Terminate / LMSFinish). Later calls do nothing. */
  finish(): void;
  /** Tells the player whether data is reaching the LMS. Returns an unsubscribe function. */
  onDeliveryStatus(listener: (status: DeliveryStatus) => void): () => void;
}
