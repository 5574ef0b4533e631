// The Tracker for an LMS, for both SCORM versions: the lifecycle (initialize once, terminate once,
// nothing after), limits, resume and retries live here once; each version's element names,
// vocabularies and formats come from its ScormDialect table.
import type { AnswerRecord } from "../quiz/answer-record";
import type { ObjectiveResult } from "../quiz/objective-results";
import { CmiOutbox } from "./cmi-outbox";
import { keepBest } from "./completion-rules";
import { browserTimers, CommitRetry, type RetryTimers } from "./commit-retry";
import type { CmiReader, CmiWrite, ScormApiCalls, ScormDialect } from "./scorm-dialect";
import type { DeliveryStatus, LessonOutcome, SavedProgress, StartInfo, Tracker, TrackerMode } from "./tracker";

export interface ScormTrackerOptions {
  timers?: RetryTimers;
  /** Clock for session time, in ms. */
  now?: () => number;
  warn?: (message: string) => void;
}

/** cmi.objectives.n.* has the same name in 1.2 and 2004. */
const OBJECTIVES = "cmi.objectives.";

/** Thrown by start() when Initialize returns "false" or throws; choose-tracker falls back. */
export class LmsRefusedError extends Error {
  override readonly name = "LmsRefusedError";
}

export class ScormTracker implements Tracker {
  readonly mode: TrackerMode;
  private state: "new" | "started" | "finished" = "new";
  private info: StartInfo | null = null;
  private startedAt = 0;
  private completed = false;
  /** The result the LMS held at launch; nothing reported is worse (see keepBest). */
  private earlier: LessonOutcome | null = null;
  /** Review or browse mode: the session records nothing (the LMS keeps what it has). */
  private lookOnly = false;
  /** Whether a write may go to the LMS now: started, not finished, and not look-only. */
  private get recording(): boolean {
    return this.state === "started" && !this.lookOnly;
  }
  /** Index of every objective id in cmi.objectives: the LMS's at start, then the ones we add. */
  private readonly objectives = new Map<string, number>();
  private objectiveCount = 0;
  private readonly outbox: CmiOutbox;
  private readonly retry: CommitRetry;
  private readonly now: () => number;
  private readonly warn: (message: string) => void;

  constructor(
    private readonly api: ScormApiCalls,
    private readonly dialect: ScormDialect,
    options: ScormTrackerOptions = {},
  ) {
    this.mode = dialect.mode;
    this.now = options.now ?? (() => Date.now());
    this.warn = options.warn ?? ((message) => console.warn(`[tracking] ${message}`));
    this.outbox = new CmiOutbox(api, dialect, this.warn);
    this.retry = new CommitRetry(() => this.outbox.send("stop") && this.commit(), options.timers ?? browserTimers());
  }

  start(): StartInfo {
    if (this.info) return this.info;
    if (this.state !== "new") throw new LmsRefusedError("the LMS session is over");
    this.state = "finished"; // stays so unless Initialize succeeds: no calls to a refusing LMS
    let initialized = false;
    try {
      initialized = String(this.api.initialize()) === "true";
    } catch {
      initialized = false;
    }
    if (!initialized) throw new LmsRefusedError("Initialize did not return \"true\"");
    this.state = "started";
    this.startedAt = this.now();

    const read: CmiReader = (element) => {
      try {
        const value = this.api.getValue(element);
        return typeof value === "string" ? value : String(value ?? "");
      } catch {
        return "";
      }
    };
    // Each element is read at most once, and only when it can hold a value (no 2004 403 noise).
    const { elements } = this.dialect;
    const status = this.dialect.readLaunchStatus(read);
    this.completed = status.completed;
    this.earlier = status.earlier;
    this.lookOnly = status.lookOnly;
    this.info = {
      mode: this.mode,
      learnerName: read(elements.learnerName),
      languagePreference: read(elements.languagePreference),
      masteryPercent: this.dialect.readMasteryPercent(read),
      resume: readResume(read, elements),
    };
    this.readObjectives(read);
    const muted = this.dialect.readAudioMuted(read);
    if (muted !== undefined) this.info.audioMuted = muted;
    if (this.lookOnly) {
      this.info.lookOnly = true;
      return this.info;
    }
    // First launch: say "incomplete" now, or a 1.2 LMS may turn "not attempted" into "completed"
    // at LMSFinish (DESIGN.md); exit=suspend from the start so a lost session can still resume.
    this.outbox.setLater([...(status.untouched ? this.dialect.firstLaunchWrites : []), this.dialect.exitWrite(this.completed)]);
    this.retry.run();
    return this.info;
  }

  saveProgress(progress: SavedProgress): void {
    if (!this.recording) return;
    const { limits, elements } = this.dialect;
    // Over the spec's limit the LMS may refuse or truncate it into garbage that cannot be parsed:
    // keep the previous (consistent) pair instead. The player keeps its state small.
    if (progress.location.length > limits.location || progress.data.length > limits.suspendData) {
      this.warn(
        `progress not saved: location ${progress.location.length}/${limits.location} chars, ` +
          `suspend data ${progress.data.length}/${limits.suspendData} chars`,
      );
      return;
    }
    this.outbox.setLater([
      [elements.location, progress.location],
      [elements.suspendData, progress.data],
    ]);
    this.retry.run();
  }

  recordAnswer(answer: AnswerRecord): void {
    if (!this.recording) return;
    try {
      this.outbox.addRecord(this.dialect.interactionFields(answer));
    } catch (error) {
      this.warn(`answer "${answer.id}" not recorded: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    this.retry.run();
  }

  reportOutcome(outcome: LessonOutcome): void {
    if (!this.recording) return;
    const reported = this.earlier ? keepBest(this.earlier, outcome) : outcome;
    this.completed = reported.completion === "completed";
    this.outbox.setLater([...this.dialect.outcomeWrites(reported), this.dialect.exitWrite(this.completed)]);
    this.retry.run();
  }

  /** An objective keeps its index for good: an id the LMS already holds (from an earlier session,
   *  or pre-filled from the manifest) is reused, a new one is appended, and no id is ever changed
   *  (2004: 351). "Not assessed" is written only for an objective the LMS does not list yet, so it
   *  never replaces a result. Goes through the outbox like every write: retried, never doubled. */
  reportObjectives(results: readonly ObjectiveResult[]): void {
    if (!this.recording) return;
    const writes: CmiWrite[] = [];
    for (const result of results) {
      let index = this.objectives.get(result.id);
      if (index !== undefined && result.scorePercent === null) continue;
      const fields = this.dialect.objectiveFields(result);
      if (index === undefined) {
        this.objectives.set(result.id, (index = this.objectiveCount++));
        fields.unshift(["id", result.id]);
      }
      for (const [field, value] of fields) writes.push([`${OBJECTIVES}${index}.${field}`, value]);
    }
    if (writes.length === 0) return;
    this.outbox.setLater(writes);
    this.retry.run();
  }

  setLanguagePreference(language: string): void {
    if (!this.recording) return;
    this.outbox.setLater([[this.dialect.elements.languagePreference, language]]);
    this.retry.run();
  }

  setAudioMuted(muted: boolean): void {
    if (!this.recording) return;
    this.outbox.setLater([this.dialect.audioWrite(muted)]);
    this.retry.run();
  }

  flush(): void {
    if (this.state !== "started") return;
    this.retry.run();
  }

  finish(): void {
    if (this.state !== "started") {
      this.state = "finished";
      return;
    }
    this.state = "finished";
    this.retry.cancel();
    const sessionTime = this.dialect.sessionTimeWrite(Math.max(0, this.now() - this.startedAt));
    this.outbox.setLater(this.lookOnly ? [sessionTime] : [this.dialect.exitWrite(this.completed), sessionTime]);
    // Last chance: try every waiting write once. Terminate/LMSFinish persists them (no Commit
    // needed first: SCORM-NOTES §3.1).
    this.outbox.send("best-effort");
    try {
      this.api.terminate();
    } catch {
      // Nothing more can be done; the page is going away.
    }
  }

  onDeliveryStatus(listener: (status: DeliveryStatus) => void): () => void {
    return this.retry.subscribe(listener);
  }

  /** cmi.objectives._count, then each id (both readable in 1.2 and 2004). The count is trusted
   *  only as far as there are ids to show for it: a faulty LMS claiming thousands would otherwise
   *  cost thousands of reads and make every objective we add land past the end (refused). */
  private readObjectives(read: CmiReader): void {
    const count = Number.parseInt(read(this.dialect.elements.objectiveCount), 10);
    const claimed = Number.isInteger(count) && count > 0 ? count : 0;
    let n = 0;
    for (; n < claimed; n++) {
      const id = read(`${OBJECTIVES}${n}.id`);
      if (!id) break;
      if (!this.objectives.has(id)) this.objectives.set(id, n);
    }
    this.objectiveCount = n;
  }

  private commit(): boolean {
    try {
      return String(this.api.commit()) === "true";
    } catch {
      return false;
    }
  }
}

/** Resume data is handed back after exit=suspend with entry=resume. Some LMSs leave entry "" but
 *  still return the saved data, so that counts too; "ab-initio" means start over. Location and
 *  suspend_data are read only when they may hold something: on a first 2004 launch they have no
 *  value yet and GetValue answers 403 "not initialized", which LMS logs show as errors. */
function readResume(read: CmiReader, elements: ScormDialect["elements"]): SavedProgress | null {
  const entry = read(elements.entry);
  if (entry !== "resume" && entry !== "") return null;
  const data = read(elements.suspendData);
  if (entry === "" && data === "") return null;
  const location = read(elements.location);
  if (location === "" && data === "") return null;
  return { location, data };
}
