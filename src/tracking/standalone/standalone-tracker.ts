// The tracker when no LMS is there (a preview, a teacher opening index.html, an LMS that refused
// Initialize). Nothing is sent anywhere; progress stays in this browser under one key so a reload
// resumes, and the player shows "preview: results not sent" (StartInfo.standaloneReason).
// Answers are not stored: nothing a child does leaves the page without an LMS.
import type { AnswerRecord } from "../../quiz/answer-record";
import type { ObjectiveResult } from "../../quiz/objective-results";
import type { DeliveryStatus, LessonOutcome, SavedProgress, StandaloneReason, StartInfo, Tracker } from "../tracker";
import { safeStorage, type SafeStorage } from "./safe-storage";

/** What is kept under the storage key. Versioned so a later format can ignore an old one. */
interface StoredState {
  v: 1;
  progress: SavedProgress | null;
  language: string;
  outcome: LessonOutcome | null;
  /** Narration muted (absent: never set). */
  muted?: boolean;
}

const EMPTY: StoredState = { v: 1, progress: null, language: "", outcome: null };

function parseState(text: string | null): StoredState {
  if (!text) return EMPTY;
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== "object" || (value as { v?: unknown }).v !== 1) return EMPTY;
    const candidate = value as Partial<StoredState>;
    const progress = candidate.progress;
    const validProgress =
      progress && typeof progress.location === "string" && typeof progress.data === "string" ? progress : null;
    return {
      v: 1,
      progress: validProgress ? { location: validProgress.location, data: validProgress.data } : null,
      language: typeof candidate.language === "string" ? candidate.language : "",
      outcome: candidate.outcome && typeof candidate.outcome === "object" ? candidate.outcome : null,
      ...(typeof candidate.muted === "boolean" ? { muted: candidate.muted } : {}),
    };
  } catch {
    // Corrupt saved state (DESIGN.md "Reliability"): start fresh rather than fail.
    return EMPTY;
  }
}

export class StandaloneTracker implements Tracker {
  readonly mode = "standalone" as const;
  private state: StoredState;
  private info: StartInfo | null = null;
  private finished = false;
  private readonly storage: SafeStorage;

  constructor(
    private readonly storageKey: string,
    private readonly reason: StandaloneReason,
    win?: Window,
  ) {
    this.storage = safeStorage(win);
    this.state = EMPTY;
  }

  start(): StartInfo {
    if (this.info) return this.info;
    this.state = parseState(this.storage.read(this.storageKey));
    this.info = {
      mode: this.mode,
      standaloneReason: this.reason,
      learnerName: "",
      languagePreference: this.state.language,
      masteryPercent: null,
      resume: this.state.progress,
    };
    if (this.state.muted !== undefined) this.info.audioMuted = this.state.muted;
    return this.info;
  }

  saveProgress(progress: SavedProgress): void {
    this.update({ progress: { location: progress.location, data: progress.data } });
  }

  recordAnswer(_answer: AnswerRecord): void {
    // Deliberately not kept: see the file comment.
  }

  reportOutcome(outcome: LessonOutcome): void {
    this.update({ outcome: { ...outcome } });
  }

  reportObjectives(_results: readonly ObjectiveResult[]): void {
    // Nothing to report to: per-objective results are for LMS reports only.
  }

  setLanguagePreference(language: string): void {
    this.update({ language });
  }

  setAudioMuted(muted: boolean): void {
    this.update({ muted });
  }

  flush(): void {
    // Every change is written at once; nothing waits.
  }

  finish(): void {
    this.finished = true;
  }

  onDeliveryStatus(_listener: (status: DeliveryStatus) => void): () => void {
    // Nothing is delivered, so the status never changes.
    return () => undefined;
  }

  private update(change: Partial<StoredState>): void {
    if (this.finished || !this.info) return;
    this.state = { ...this.state, ...change };
    // A full or blocked storage only costs resume-after-reload; the lesson goes on.
    this.storage.write(this.storageKey, JSON.stringify(this.state));
  }
}
