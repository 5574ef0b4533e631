// The tracker of classroom (projector) mode: a teacher shows the lesson to the whole class, so
// there is no learner to record. It never looks for an LMS (no API discovery: classroom.html may
// sit inside an LMS's package folder, and must not start a session there), keeps nothing in
// localStorage or cookies, and sends nothing anywhere. Every method is deliberately empty.
import type { AnswerRecord } from "../quiz/answer-record";
import type { ObjectiveResult } from "../quiz/objective-results";
import type { DeliveryStatus, LessonOutcome, SavedProgress, StartInfo, Tracker } from "./tracker";

export class ClassroomTracker implements Tracker {
  readonly mode = "classroom" as const;

  start(): StartInfo {
    return { mode: this.mode, learnerName: "", languagePreference: "", masteryPercent: null, resume: null };
  }

  saveProgress(_progress: SavedProgress): void {}

  recordAnswer(_answer: AnswerRecord): void {}

  reportOutcome(_outcome: LessonOutcome): void {}

  reportObjectives(_results: readonly ObjectiveResult[]): void {}

  setLanguagePreference(_language: string): void {}

  setAudioMuted(_muted: boolean): void {}

  flush(): void {}

  finish(): void {}

  onDeliveryStatus(_listener: (status: DeliveryStatus) => void): () => void {
    return () => undefined;
  }
}
