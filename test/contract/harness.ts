// What the shared contract needs from each adapter's test setup. Every harness runs the real
// thing behind the Tracker: scorm-again's Scorm12API / Scorm2004API as the LMS, or jsdom's
// localStorage for standalone. Nothing here is a mock LMS.
import type { LessonOutcome, SavedProgress, Tracker } from "../../src/tracking/tracker";
import type { ManualTimers } from "./manual-timers";

/** What the LMS (or the browser) knows before the lesson starts. */
export interface HarnessSeed {
  learnerName?: string;
  languagePreference?: string;
  /** Pass mark the LMS supplies, in percent. */
  masteryPercent?: number;
  /** Saved progress handed back with entry=resume. */
  resume?: SavedProgress;
  /** Send commits to a real HTTP endpoint (needed for the failed-commit tests). */
  commitServer?: boolean;
  /** Objectives the LMS holds before the launch, as flattened CMI ("cmi.objectives.0.id": …):
   *  an earlier session's, or one a 2004 LMS pre-filled from the manifest's primary objective. */
  objectives?: Record<string, string>;
  /** The result the LMS already holds for this attempt (a finished attempt it opens again). */
  held?: { completed: boolean; success: LessonOutcome["success"]; scorePercent: number };
  /** The launch mode: "normal" unless said (1.2 cmi.core.lesson_mode, 2004 cmi.mode). */
  mode?: "normal" | "review" | "browse";
}

/** One cmi.objectives.n record as the LMS holds it, in version-free terms. */
export interface StoredObjective {
  id: string;
  /** 1.2 status passed/failed, 2004 success_status; "unknown" otherwise. */
  success: "passed" | "failed" | "unknown";
  /** 1.2 status "incomplete" / 2004 completion_status "incomplete": listed, not assessed yet. */
  incomplete: boolean;
  /** score.raw (0–100) and min/max; null when there is no raw score. */
  scorePercent: number | null;
  min: string;
  max: string;
}

/** The outcome as the LMS holds it, read back from its own data model. */
export interface StoredOutcome {
  completed: boolean;
  success: LessonOutcome["success"];
  scorePercent: number | null;
}

export interface TrackerHarness {
  tracker: Tracker;
  timers: ManualTimers;
  /** Calls made into the LMS API (or writes to storage for standalone) so far. */
  calls(): number;
  /** Terminate / LMSFinish calls so far (always 0 for standalone). */
  terminations(): number;
  /** Every GetValue / LMSGetValue so far with the error code the runtime set; absent for standalone. */
  reads?: () => { element: string; error: string }[];
  /** Progress the LMS or storage holds now. */
  storedProgress(): SavedProgress;
  storedOutcome(): StoredOutcome | null;
  /** A new launch, seeded from what this one left behind, the way an LMS would. */
  relaunch(): Promise<TrackerHarness>;
  /** Makes the next commits fail for real (HTTP 500); absent where nothing is committed. */
  failNextCommits?: (count: number) => Promise<void>;
  /** Bodies the commit endpoint received successfully (when seeded with commitServer). */
  deliveredCommits?: () => Promise<string[]>;
  /** cmi.objectives as the LMS holds them, by index; absent for standalone. */
  storedObjectives?: () => StoredObjective[];
  /** cmi.interactions.n.objectives.0.id of every interaction ("" when none); absent for standalone. */
  interactionObjectives?: () => string[];
  close(): Promise<void>;
}

export type MakeHarness = (seed?: HarnessSeed) => Promise<TrackerHarness>;
