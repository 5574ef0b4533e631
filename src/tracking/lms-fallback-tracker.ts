// Runs the SCORM tracker, and switches to standalone if the LMS refuses Initialize (returns
// "false" or throws). The player then gets StartInfo with standaloneReason "lms-refused" and
// carries on: the student can finish even when the LMS connection is broken.
import type { AnswerRecord } from "../quiz/answer-record";
import type { ObjectiveResult } from "../quiz/objective-results";
import type { DeliveryStatus, LessonOutcome, SavedProgress, StartInfo, Tracker, TrackerMode } from "./tracker";

export class LmsFallbackTracker implements Tracker {
  private active: Tracker;
  private fellBack = false;

  constructor(
    lms: Tracker,
    private readonly makeFallback: () => Tracker,
  ) {
    this.active = lms;
  }

  get mode(): TrackerMode {
    return this.active.mode;
  }

  start(): StartInfo {
    try {
      return this.active.start();
    } catch {
      if (this.fellBack) throw new Error("standalone tracker failed to start");
      this.fellBack = true;
      this.active = this.makeFallback();
      return this.active.start();
    }
  }

  saveProgress(progress: SavedProgress): void {
    this.active.saveProgress(progress);
  }
  recordAnswer(answer: AnswerRecord): void {
    this.active.recordAnswer(answer);
  }
  reportOutcome(outcome: LessonOutcome): void {
    this.active.reportOutcome(outcome);
  }
  reportObjectives(results: readonly ObjectiveResult[]): void {
    this.active.reportObjectives(results);
  }
  setLanguagePreference(language: string): void {
    this.active.setLanguagePreference(language);
  }
  setAudioMuted(muted: boolean): void {
    this.active.setAudioMuted?.(muted);
  }
  flush(): void {
    this.active.flush();
  }
  finish(): void {
    this.active.finish();
  }
  /** Listeners stay attached to whichever tracker is active when they subscribe; the player
   *  subscribes after start(), and a standalone tracker never reports anything anyway. */
  onDeliveryStatus(listener: (status: DeliveryStatus) => void): () => void {
    return this.active.onDeliveryStatus(listener);
  }
}
