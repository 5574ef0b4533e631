// The player's controller: owns the student's progress and is the only place that talks to the
// tracker. Components call its methods and re-render from its snapshots (subscribe). It knows
// nothing about Preact, so its save/record/report sequence is unit-tested with a fake tracker.
import type { Lesson } from "../lesson/lesson-types";
import type { AnswerRecord } from "../quiz/answer-record";
import { objectiveResults } from "../quiz/objective-results";
import type { LessonOutcome, Tracker } from "../tracking";
import { goToScreen, quizSummary, type LessonProgress } from "./progress";
import { encodeResume } from "./resume-state";

/** The tracking module's decideOutcome, passed in so tests can use the real rules or a stub. */
export type DecideOutcome = (input: {
  screensSeen: number;
  screensTotal: number;
  quizSubmitted: boolean;
  scorePercent: number | null;
  masteryPercent: number;
}) => LessonOutcome;

type TrackerPart = Pick<Tracker, "saveProgress" | "recordAnswer" | "reportOutcome" | "reportObjectives" | "finish" | "setLanguagePreference">;

export interface SessionSnapshot {
  lesson: Lesson;
  language: string;
  progress: LessonProgress;
  finished: boolean;
}

export class LessonSession {
  private snapshot: SessionSnapshot;
  private lastOutcome = "";
  private lastObjectives = "";
  private readonly listeners = new Set<(s: SessionSnapshot) => void>();

  constructor(
    lesson: Lesson,
    language: string,
    progress: LessonProgress,
    private readonly tracker: TrackerPart,
    private readonly decide: DecideOutcome,
    readonly masteryPercent: number,
  ) {
    this.snapshot = { lesson, language, progress, finished: false };
    // Tell the LMS where the lesson stands from the start (first launch: incomplete).
    this.report();
  }

  get state(): SessionSnapshot {
    return this.snapshot;
  }

  subscribe(listener: (s: SessionSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  goTo(index: number): void {
    const { lesson, progress } = this.snapshot;
    const next = goToScreen(lesson, progress, index);
    if (next === progress) return;
    this.commit(next, []);
  }

  /** Applies a change from an activity or the quiz; records come first, then the save. */
  update(change: (p: LessonProgress) => LessonProgress, records: readonly AnswerRecord[] = []): void {
    const next = change(this.snapshot.progress);
    if (next === this.snapshot.progress && records.length === 0) return;
    this.commit(next, records);
  }

  /** Language is state: the same progress continues in another language's lesson. */
  setLanguage(lesson: Lesson, language: string): void {
    this.snapshot = { ...this.snapshot, lesson, language };
    this.safely(() => this.tracker.setLanguagePreference(language));
    this.save();
    this.emit();
  }

  finish(): void {
    if (this.snapshot.finished) return;
    this.save();
    this.safely(() => this.tracker.finish());
    this.snapshot = { ...this.snapshot, finished: true };
    this.emit();
  }

  private commit(progress: LessonProgress, records: readonly AnswerRecord[]): void {
    this.snapshot = { ...this.snapshot, progress };
    for (const record of records) this.safely(() => this.tracker.recordAnswer(record));
    this.save();
    this.report();
    this.emit();
  }

  private save(): void {
    const { lesson, language, progress } = this.snapshot;
    const location = lesson.screens[progress.current]?.id ?? "";
    this.safely(() => this.tracker.saveProgress({ location, data: encodeResume(lesson, { language, progress }) }));
  }

  private report(): void {
    const { lesson, progress } = this.snapshot;
    const quiz = quizSummary(lesson, progress);
    const outcome = this.decide({
      screensSeen: progress.seenCount,
      screensTotal: lesson.screens.length,
      quizSubmitted: quiz.submitted,
      scorePercent: quiz.scorePercent,
      masteryPercent: this.masteryPercent,
    });
    const key = JSON.stringify(outcome);
    if (key !== this.lastOutcome) {
      this.lastOutcome = key;
      this.safely(() => this.tracker.reportOutcome(outcome));
    }
    // Alongside the outcome: per-objective results of the submitted attempt (at the start: the
    // objectives, not assessed yet, so a first launch lists them in the LMS).
    const results = objectiveResults(lesson, progress.quizzes, this.masteryPercent, this.snapshot.language);
    const resultsKey = JSON.stringify(results);
    if (resultsKey === this.lastObjectives) return;
    this.lastObjectives = resultsKey;
    this.safely(() => this.tracker.reportObjectives(results));
  }

  private emit(): void {
    for (const listener of this.listeners) listener(this.snapshot);
  }

  /** The tracker promises not to throw; if it ever does, the student still carries on. */
  private safely(call: () => void): void {
    try {
      call();
    } catch (error) {
      console.error("call-111: tracking failed", error);
    }
  }
}
