// What the LMS must hold after a run, worked out from the lesson file and the answers the driver
// gave, in each SCORM version's own format (SCORM-NOTES.md §4.3–4.4). Written independently of
// src/tracking: these are the spec's formats, not a copy of the adapters' code.
//   1.2 : choice/sequencing as single characters by position (a, b, c…), matching "1.a,2.b",
//         true-false "t"/"f", result "correct"/"wrong", no description.
//   2004: lesson ids joined by "[,]", matching pairs "src[.]tgt", true-false "true"/"false",
//         result "correct"/"incorrect", description "{lang=vi}<question text>".
//   Both: a choice pattern is a SET ("a,c" / "a[,]c" = a AND c). When any one of several answers
//         is right (a dialogue step with two good replies), each is its own pattern:
//         correct_responses.0.pattern = "a", correct_responses.1.pattern = "c".
import type { Lesson, PracticeCallScreen, Question, SortingScreen } from "../../src/lesson/lesson-types";
import type { ScormVersion } from "../../scorm/scorm-versions";
import { plannedAnswer, practiceCallOf, quizOf, sortingOf } from "./lesson-content";

export interface ExpectedInteraction {
  id: string;
  type: "choice" | "true-false" | "matching" | "sequencing" | "fill-in";
  response: string;
  /** correct_responses.m.pattern for m = 0, 1, …: one per acceptable answer, in the lesson's order. */
  patterns: string[];
  result: string;
  /** 2004 only. */
  description?: string;
  /** objectives.0.id: the lesson objective of a quiz question; none for activities. */
  objective?: string;
}

/** One cmi.objectives.n record as the spec words it for each version (RTE 1.2 §3.4.2.5,
 *  2004 §4.2.17): 1.2 status passed/failed and score.raw/min/max; 2004 success_status,
 *  completion_status "completed", scaled and raw score, description "{lang=vi}<text>". */
export interface ExpectedObjective {
  id: string;
  fields: Record<string, string>;
}

/** What the driver did, in the order it did it. */
export interface RunRecord {
  /** Digits dialled on the first try (the only try recorded). */
  firstDial: string;
  /** Dialogue step ids where an unhelpful reply was tried first. */
  callMistakes: readonly string[];
  /** Quiz questions in the order checked, all attempts. */
  answered: readonly { id: string; wrong: boolean }[];
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789";
const SOURCES = "123456789abcdefghijklmnopqrstuvwxyz";

const letter = (ids: readonly string[], id: string): string => {
  const i = ids.indexOf(id);
  if (i < 0) throw new Error(`unknown id ${id}`);
  return LETTERS[i]!;
};
/** A choice response lists the chosen options in the lesson's order. */
const inLessonOrder = (all: readonly string[], chosen: readonly string[]): string[] => all.filter((id) => chosen.includes(id));

function choice(version: ScormVersion, all: readonly string[], chosen: readonly string[]): string {
  const ordered = inLessonOrder(all, chosen);
  return version === "1.2" ? ordered.map((id) => letter(all, id)).join(",") : ordered.join("[,]");
}

function sequence(version: ScormVersion, all: readonly string[], chosen: readonly string[]): string {
  return version === "1.2" ? chosen.map((id) => letter(all, id)).join(",") : chosen.join("[,]");
}

function matching(version: ScormVersion, sources: readonly string[], targets: readonly string[], pairs: Record<string, string>): string {
  if (version === "1.2") return sources.map((s, i) => `${SOURCES[i]}.${letter(targets, pairs[s]!)}`).join(",");
  return sources.map((s) => `${s}[.]${pairs[s]}`).join("[,]");
}

const resultText = (version: ScormVersion, right: boolean) => (right ? "correct" : version === "1.2" ? "wrong" : "incorrect");

/** localized_string_type as SCORM-NOTES §4.2 shows it: "{lang=vi}text", 250 characters at most. */
export function description2004(text: string, language: string): string {
  return `{lang=${language}}${text.replace(/\s+/g, " ").trim()}`;
}

function withDescription(version: ScormVersion, lesson: Lesson, text: string, record: ExpectedInteraction): ExpectedInteraction {
  return version === "2004" ? { ...record, description: description2004(text, lesson.language) } : record;
}

function callRecords(version: ScormVersion, lesson: Lesson, call: PracticeCallScreen, run: RunRecord): ExpectedInteraction[] {
  const out: ExpectedInteraction[] = [
    withDescription(version, lesson, call.dialPrompt, {
      id: call.activityId,
      type: "fill-in",
      response: run.firstDial,
      patterns: [call.number],
      result: resultText(version, run.firstDial === call.number),
    }),
  ];
  for (const step of call.conversation) {
    const options = step.options.map((o) => o.id);
    const good = step.options.filter((o) => o.good).map((o) => o.id);
    const bad = step.options.find((o) => !o.good);
    const first = run.callMistakes.includes(step.id) && bad ? bad.id : good[0]!;
    out.push(
      withDescription(version, lesson, step.counsellor, {
        id: `${call.activityId}_${step.id}`,
        type: "choice",
        response: choice(version, options, [first]),
        // Any one good reply is right on its own: one pattern each, never "a,b" (a AND b).
        patterns: good.map((id) => choice(version, options, [id])),
        result: resultText(version, good.includes(first)),
      }),
    );
  }
  return out;
}

function sortingRecord(version: ScormVersion, lesson: Lesson, sorting: SortingScreen): ExpectedInteraction {
  const sources = sorting.items.map((i) => i.id);
  const targets = sorting.bins.map((b) => b.id);
  const right = Object.fromEntries(sorting.items.map((i) => [i.id, i.bin]));
  return withDescription(version, lesson, sorting.title, {
    id: sorting.activityId,
    type: "matching",
    response: matching(version, sources, targets, right),
    patterns: [matching(version, sources, targets, right)],
    result: resultText(version, true),
  });
}

export function questionRecord(version: ScormVersion, lesson: Lesson, q: Question, wrong: boolean): ExpectedInteraction {
  const plan = plannedAnswer(q, wrong);
  const base = { id: q.id, result: resultText(version, !wrong) };
  let record: ExpectedInteraction;
  switch (q.kind) {
    case "single-choice": {
      const all = q.options.map((o) => o.id);
      record = { ...base, type: "choice", response: choice(version, all, [plan.chosen as string]), patterns: [choice(version, all, [q.answer])] };
      break;
    }
    case "multiple-choice": {
      const all = q.options.map((o) => o.id);
      record = { ...base, type: "choice", response: choice(version, all, plan.chosen as string[]), patterns: [choice(version, all, q.answers)] };
      break;
    }
    case "true-false": {
      const text = (v: boolean) => (version === "1.2" ? (v ? "t" : "f") : String(v));
      record = { ...base, type: "true-false", response: text(plan.chosen as boolean), patterns: [text(q.answer)] };
      break;
    }
    case "matching": {
      const sources = q.prompts.map((p) => p.id);
      const targets = q.targets.map((t) => t.id);
      const right = Object.fromEntries(q.prompts.map((p) => [p.id, p.match]));
      record = {
        ...base,
        type: "matching",
        response: matching(version, sources, targets, plan.chosen as Record<string, string>),
        patterns: [matching(version, sources, targets, right)],
      };
      break;
    }
    case "ordering": {
      const all = q.items.map((i) => i.id);
      record = { ...base, type: "sequencing", response: sequence(version, all, plan.chosen as string[]), patterns: [sequence(version, all, all)] };
      break;
    }
  }
  return withDescription(version, lesson, q.prompt, { ...record, objective: q.objective });
}

/** Every interaction the LMS must hold, in order: the call, the sorting, then each checked question. */
export function expectedInteractions(version: ScormVersion, lesson: Lesson, run: RunRecord): ExpectedInteraction[] {
  const quiz = quizOf(lesson);
  return [
    ...callRecords(version, lesson, practiceCallOf(lesson), run),
    sortingRecord(version, lesson, sortingOf(lesson)),
    ...run.answered.map((a) => questionRecord(version, lesson, quiz.questions.find((q) => q.id === a.id)!, a.wrong)),
  ];
}

/** Every lesson objective as the LMS must hold it after the run: scored from the last attempt
 *  (the driver's answers), passed when the percent right reaches the lesson's pass mark. */
export function expectedObjectives(version: ScormVersion, lesson: Lesson, run: RunRecord): ExpectedObjective[] {
  const quiz = quizOf(lesson);
  const lastAttempt = run.answered.slice(-(quiz.questionsPerAttempt ?? quiz.questions.length));
  return lesson.objectives.map((o) => {
    const mine = lastAttempt.filter((a) => quiz.questions.find((q) => q.id === a.id)?.objective === o.id);
    if (mine.length === 0) throw new Error(`the last attempt asked no question of ${o.id}: every attempt must ask each objective`);
    const score = Math.round((mine.filter((a) => !a.wrong).length / mine.length) * 100);
    const success = score >= lesson.masteryPercent ? "passed" : "failed";
    const common = { "score.raw": String(score), "score.min": "0", "score.max": "100" };
    return {
      id: o.id,
      fields:
        version === "1.2"
          ? { ...common, status: success }
          : { ...common, "score.scaled": String(score / 100), success_status: success, completion_status: "completed", description: description2004(o.text, lesson.language) },
    };
  });
}

/** cmi.objectives.n.* out of a flattened CMI, as one object per record. */
export function objectivesOf(flat: Record<string, string>): Record<string, string>[] {
  const records: Record<string, string>[] = [];
  for (const [key, value] of Object.entries(flat)) {
    const m = /^cmi\.objectives\.(\d+)\.(.+)$/.exec(key);
    if (m && typeof value === "string") (records[Number(m[1])] ??= {})[m[2]!] = value;
  }
  return records;
}

// ── formats ─────────────────────────────────────────────────────────────────────────────────

/** 1.2 CMITimespan HHHH:MM:SS.SS (hours 2–4 digits, 0–2 decimals). */
export const TIMESPAN_12 = /^(\d{2,4}):([0-5]\d):([0-5]\d)(\.\d{1,2})?$/;
/** 1.2 CMITime HH:MM:SS(.SS): a time of day. */
export const TIME_12 = /^([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(\.\d{1,2})?$/;
/** 2004 timeinterval (second,10,2): PT…H…M…S, seconds with at most 2 decimals. */
export const DURATION_2004 = /^P(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d{1,2})?)S)?)$/;
/** 2004 time (second,10,0) as Moodle/ADL accept it: UTC, at most 2 fraction digits. */
export const TIMESTAMP_2004 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2})?Z$/;

/** Milliseconds of a 1.2 timespan or 2004 duration; NaN when it is not one. */
export function durationMs(version: ScormVersion, text: string): number {
  if (version === "1.2") {
    const m = TIMESPAN_12.exec(text);
    return m ? ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3]) + Number(m[4] ?? 0)) * 1000 : Number.NaN;
  }
  const m = DURATION_2004.exec(text);
  if (!m || text === "PT") return Number.NaN;
  return ((Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 1000;
}

/** cmi.interactions.n.* out of a flattened CMI, as one object per record. */
export function interactionsOf(flat: Record<string, string>): Record<string, string>[] {
  const records: Record<string, string>[] = [];
  for (const [key, value] of Object.entries(flat)) {
    const m = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(key);
    if (!m) continue;
    (records[Number(m[1])] ??= {})[m[2]!] = value;
  }
  return records;
}
