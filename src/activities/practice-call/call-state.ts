// The practice call as plain data plus pure rules: dialling, then a counsellor conversation.
// Each function returns the new state and, when the student has just answered something,
// the AnswerRecord to send. Only the first try at each part is recorded (like a quiz answer);
// later tries are practice and only change what the student sees.
import type { PracticeCallScreen } from "../../lesson/lesson-types";
import type { AnswerRecord } from "../../quiz/answer-record";

export interface CallState {
  /** "idle": not called yet; "tried": a wrong number was called (and recorded); "connected". */
  dial: "idle" | "tried" | "connected";
  /** Option ids chosen at each step, in order. A step is finished when its last choice is good. */
  choices: Readonly<Record<string, readonly string[]>>;
}

export const initialCallState: CallState = { dial: "idle", choices: {} };

export interface Timing {
  shownAt: Date;
  answeredAt: Date;
}

export interface CallChange {
  state: CallState;
  record?: AnswerRecord;
}

export function placeCall(screen: PracticeCallScreen, state: CallState, digits: string, timing: Timing, language: string): CallChange {
  if (state.dial === "connected") return { state };
  const ok = digits === screen.number;
  const next: CallState = { ...state, dial: ok ? "connected" : "tried" };
  if (state.dial === "tried") return { state: next };
  const record: AnswerRecord = {
    id: screen.activityId,
    response: { type: "keypad", chosen: digits, correct: screen.number },
    isCorrect: ok,
    latencyMs: elapsed(timing),
    shownAt: timing.shownAt,
    description: screen.dialPrompt,
    language,
  };
  return { state: next, record };
}

export function isStepDone(screen: PracticeCallScreen, state: CallState, stepId: string): boolean {
  const step = screen.conversation.find((s) => s.id === stepId);
  const tried = state.choices[stepId] ?? [];
  const last = tried[tried.length - 1];
  return !!step && step.options.some((o) => o.id === last && o.good);
}

/** The step waiting for an answer, or undefined when the conversation is over (or not begun). */
export function currentStepIndex(screen: PracticeCallScreen, state: CallState): number {
  if (state.dial !== "connected") return -1;
  const i = screen.conversation.findIndex((s) => !isStepDone(screen, state, s.id));
  return i === -1 ? screen.conversation.length : i;
}

export function isCallDone(screen: PracticeCallScreen, state: CallState): boolean {
  return state.dial === "connected" && currentStepIndex(screen, state) === screen.conversation.length;
}

export function chooseOption(
  screen: PracticeCallScreen,
  state: CallState,
  stepId: string,
  optionId: string,
  timing: Timing,
  language: string,
): CallChange {
  const index = screen.conversation.findIndex((s) => s.id === stepId);
  const step = screen.conversation[index];
  const option = step?.options.find((o) => o.id === optionId);
  // Only the step currently waiting takes answers; a tried option is not picked twice.
  if (!step || !option || index !== currentStepIndex(screen, state)) return { state };
  const tried = state.choices[stepId] ?? [];
  if (tried.includes(optionId)) return { state };
  const next: CallState = { ...state, choices: { ...state.choices, [stepId]: [...tried, optionId] } };
  if (tried.length > 0) return { state: next };
  const record: AnswerRecord = {
    // The lesson validator and the LMS reports know dialogue steps as "<activityId>_<stepId>".
    id: `${screen.activityId}_${step.id}`,
    response: {
      type: "choice",
      options: step.options.map((o) => o.id),
      chosen: [optionId],
      // Any one good reply is right on its own: one acceptable answer per good option.
      correct: step.options.filter((o) => o.good).map((o) => [o.id]),
    },
    isCorrect: option.good,
    latencyMs: elapsed(timing),
    shownAt: timing.shownAt,
    description: step.counsellor,
    language,
  };
  return { state: next, record };
}

function elapsed(t: Timing): number {
  return Math.max(0, t.answeredAt.getTime() - t.shownAt.getTime());
}
