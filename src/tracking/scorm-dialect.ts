// What differs between SCORM 1.2 and SCORM 2004, as one table per version
// (scorm12/scorm12-tracker.ts, scorm2004/scorm2004-tracker.ts). The shared ScormTracker only reads
// these tables, so no `if (version)` appears in shared code (STYLE.md "do this like X", point 5).
import type { AnswerRecord } from "../quiz/answer-record";
import type { ObjectiveResult } from "../quiz/objective-results";
import type { LessonOutcome, TrackerMode } from "./tracker";

/** The four SCORM calls plus GetLastError, under version-free names. Values are SCORM strings. */
export interface ScormApiCalls {
  initialize(): string;
  getValue(element: string): string;
  setValue(element: string, value: string): string;
  commit(): string;
  terminate(): string;
  getLastError(): string;
}

/** One SetValue: [element, value]. */
export type CmiWrite = readonly [element: string, value: string];

/** Reads an element; returns "" when the LMS has nothing or the call fails. */
export type CmiReader = (element: string) => string;

/** What the attempt's status says at launch (read once). */
export interface LaunchStatus {
  /** The LMS already holds a completed attempt (decides the starting exit value). */
  completed: boolean;
  /** Never attempted: the first-launch writes are due. */
  untouched: boolean;
  /** The result the LMS already holds, when it holds one (completed, or passed/failed): what is
   *  reported later is never worse than this (completion-rules.ts keepBest). */
  earlier: LessonOutcome | null;
  /** The LMS opened the lesson to look at only (mode "review" or "browse"): nothing is recorded. */
  lookOnly: boolean;
}

/** SCORM's launch modes in which results must not change (1.2 RTE 3.4.2.1.10, 2004 RTE 4.2.13). */
export const LOOK_ONLY_MODES: readonly string[] = ["review", "browse"];

export interface ScormDialect {
  readonly mode: Exclude<TrackerMode, "standalone" | "classroom">;
  readonly elements: {
    readonly learnerName: string;
    readonly languagePreference: string;
    readonly audioPreference: string;
    readonly entry: string;
    readonly location: string;
    readonly suspendData: string;
    readonly interactionCount: string;
    readonly objectiveCount: string;
  };
  /** Smallest permitted maxima we keep to, whatever the LMS accepts. */
  readonly limits: { readonly location: number; readonly suspendData: number };
  /** The LMS's pass mark in percent, or null when it supplies none or nonsense. */
  readMasteryPercent(read: CmiReader): number | null;
  /** The audio preference as muted (true) / on (false), or undefined when unset or "no change". */
  readAudioMuted(read: CmiReader): boolean | undefined;
  audioWrite(muted: boolean): CmiWrite;
  /** Reads the status, and the mode and the result the LMS holds, once at start (the score only
   *  when a status says there is one: no 2004 "not initialized" reads). */
  readLaunchStatus(read: CmiReader): LaunchStatus;
  /** Writes for a first launch (LaunchStatus.untouched). */
  readonly firstLaunchWrites: readonly CmiWrite[];
  outcomeWrites(outcome: LessonOutcome): CmiWrite[];
  exitWrite(completed: boolean): CmiWrite;
  sessionTimeWrite(elapsedMs: number): CmiWrite;
  /** The fields of one interaction record, element names relative to `cmi.interactions.n.`,
   *  id first. Throws InteractionFormatError when the record cannot be expressed in this version. */
  interactionFields(answer: AnswerRecord): CmiWrite[];
  interactionPrefix(index: number): string;
  /** The fields of one objective record, relative to `cmi.objectives.n.`, without the id: a
   *  result, or for one not assessed yet only what says so. An objective has the same status and
   *  score elements as the SCO itself (1.2 RTE 3.4.2.5, 2004 RTE 4.2.17), so each dialect writes
   *  it with its own outcomeWrites (objectiveOutcome below), renamed into the objective. */
  objectiveFields(result: ObjectiveResult): CmiWrite[];
  /** Error codes meaning "this value or element is wrong": sending it again cannot help. */
  readonly permanentErrors: ReadonlySet<string>;
}

/** An objective's result in the words of a lesson outcome: assessed = completed, with its score
 *  and passed/failed; not assessed = incomplete, unknown, no score. */
export const objectiveOutcome = (result: ObjectiveResult): LessonOutcome => {
  const assessed = result.scorePercent !== null;
  return { completion: assessed ? "completed" : "incomplete", success: result.success, scorePercent: result.scorePercent, progress: assessed ? 1 : 0 };
};

export class InteractionFormatError extends Error {
  override readonly name = "InteractionFormatError";
}

/** A response in one version's own words: its interaction type, the learner's response and one
 *  correct_responses.m.pattern per acceptable answer (each adapter's interactions file makes it). */
export interface FormattedInteraction {
  type: string;
  response: string;
  patterns: string[];
}
