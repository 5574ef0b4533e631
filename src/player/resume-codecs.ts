// Encoders and strict decoders for each activity's part of the resume data (see
// resume-state.ts for the format and why it stores indices). Every decoder returns null for
// anything that is not exactly a state this activity can be in.
import type { CallState } from "../activities/practice-call/call-state";
import type { SortingState } from "../activities/sorting/sorting-state";
import type { PracticeCallScreen, Question, QuizScreen, SortingScreen } from "../lesson/lesson-types";
import { isAnswerTo, type QuizAnswer } from "../quiz/question-kinds";
import { drawSize, startQuiz, type QuizSession } from "../quiz/quiz-session";

const DIAL: readonly CallState["dial"][] = ["idle", "tried", "connected"];
const MAX_ATTEMPTS = 9999;

function isIndex(value: unknown, length: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value < length;
}

function indexList(value: unknown, length: number): number[] | null {
  return Array.isArray(value) && value.every((v) => isIndex(v, length)) ? (value as number[]) : null;
}

export function encodeCall(screen: PracticeCallScreen, state: CallState | undefined): unknown {
  const s = state ?? { dial: "idle", choices: {} };
  const steps = screen.conversation.map((st) => (s.choices[st.id] ?? []).map((id) => st.options.findIndex((o) => o.id === id)));
  while (steps.length && steps[steps.length - 1]!.length === 0) steps.pop();
  return [DIAL.indexOf(s.dial), steps];
}

export function decodeCall(screen: PracticeCallScreen, value: unknown): CallState | null {
  if (!Array.isArray(value) || value.length !== 2 || !isIndex(value[0], DIAL.length) || !Array.isArray(value[1])) return null;
  const dial = DIAL[value[0]]!;
  const steps = value[1] as unknown[];
  if (steps.length > screen.conversation.length || (dial !== "connected" && steps.length > 0)) return null;
  const choices: Record<string, string[]> = {};
  let previousDone = true;
  for (let i = 0; i < steps.length; i++) {
    const step = screen.conversation[i]!;
    const tried = indexList(steps[i], step.options.length);
    if (!tried || new Set(tried).size !== tried.length) return null;
    if (tried.length > 0 && !previousDone) return null;
    // Only the last choice of a step may be a good one: a good choice ends the step.
    if (tried.slice(0, -1).some((k) => step.options[k]!.good)) return null;
    const last = tried[tried.length - 1];
    previousDone = last !== undefined && step.options[last]!.good;
    if (tried.length) choices[step.id] = tried.map((k) => step.options[k]!.id);
  }
  return { dial, choices };
}

export function encodeSorting(screen: SortingScreen, state: SortingState | undefined): unknown {
  return screen.items.map((item) => screen.bins.findIndex((b) => b.id === state?.[item.id]));
}

export function decodeSorting(screen: SortingScreen, value: unknown): SortingState | null {
  if (!Array.isArray(value) || value.length !== screen.items.length) return null;
  const state: Record<string, string> = {};
  for (let i = 0; i < value.length; i++) {
    const v: unknown = value[i];
    if (v === -1) continue;
    if (!isIndex(v, screen.bins.length)) return null;
    state[screen.items[i]!.id] = screen.bins[v]!.id;
  }
  return state;
}

function encodeAnswer(q: Question, a: QuizAnswer | undefined): unknown {
  if (a === undefined) return null;
  switch (q.kind) {
    case "single-choice": return q.options.findIndex((o) => o.id === a);
    case "multiple-choice": return (a as readonly string[]).map((id) => q.options.findIndex((o) => o.id === id));
    case "true-false": return a ? 1 : 0;
    case "matching": return q.prompts.map((p) => q.targets.findIndex((t) => t.id === (a as Record<string, string>)[p.id]));
    case "ordering": return (a as readonly string[]).map((id) => q.items.findIndex((i) => i.id === id));
  }
}

/** Decodes to the answer shape, then lets the question kind judge it (ids, completeness). */
function decodeAnswer(q: Question, v: unknown): QuizAnswer | null {
  let answer: unknown = null;
  switch (q.kind) {
    case "single-choice": answer = isIndex(v, q.options.length) ? q.options[v]!.id : null; break;
    case "multiple-choice": answer = indexList(v, q.options.length)?.map((k) => q.options[k]!.id) ?? null; break;
    case "true-false": answer = v === 1 ? true : v === 0 ? false : null; break;
    case "matching": {
      const targets = indexList(v, q.targets.length);
      answer = targets && targets.length === q.prompts.length ? Object.fromEntries(q.prompts.map((p, k) => [p.id, q.targets[targets[k]!]!.id])) : null;
      break;
    }
    case "ordering": answer = indexList(v, q.items.length)?.map((k) => q.items[k]!.id) ?? null; break;
  }
  return answer !== null && isAnswerTo(q, answer) ? answer : null;
}

/** [attempt, position, submitted 0|1, last score or -1, draw seed, [bank index per drawn
 *  question, in the order shown], [answer or null per drawn question]]. The draw is stored, not
 *  recomputed from the seed, so a resumed attempt shows exactly what the student saw even if the
 *  shuffle ever changes; the seed is kept for the draws of later retries. */
export function encodeQuiz(screen: QuizScreen, s: QuizSession | undefined): unknown {
  const quiz = s ?? startQuiz(screen, 0);
  const byId = new Map(screen.questions.map((q, i) => [q.id, i] as const));
  const order = quiz.order.map((id) => byId.get(id) ?? -1);
  const answers = quiz.order.map((id) => {
    const q = screen.questions[byId.get(id) ?? -1];
    return q ? encodeAnswer(q, quiz.answers[id]) : null;
  });
  return [quiz.attempt, quiz.position, quiz.submitted ? 1 : 0, quiz.lastScore ?? -1, quiz.seed, order, answers];
}

export function decodeQuiz(screen: QuizScreen, value: unknown): QuizSession | null {
  if (!Array.isArray(value) || value.length !== 7) return null;
  const [attempt, position, submitted, lastScore, seed, orderValue, answers] = value as unknown[];
  const qs = screen.questions;
  if (typeof attempt !== "number" || !Number.isInteger(attempt) || attempt < 1 || attempt > MAX_ATTEMPTS) return null;
  if (submitted !== 0 && submitted !== 1) return null;
  if (lastScore !== -1 && !(typeof lastScore === "number" && Number.isInteger(lastScore) && lastScore >= 0 && lastScore <= 100)) return null;
  if (typeof seed !== "number" || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return null;
  // The draw: distinct bank questions, exactly as many as an attempt of this quiz holds.
  const indices = indexList(orderValue, qs.length);
  if (!indices || indices.length !== drawSize(screen) || new Set(indices).size !== indices.length) return null;
  const order = indices.map((k) => qs[k]!.id);
  if (!isIndex(position, Math.max(1, order.length))) return null;
  if (!Array.isArray(answers) || answers.length !== order.length) return null;
  const decoded: Record<string, QuizAnswer> = {};
  for (let i = 0; i < order.length; i++) {
    if (answers[i] === null) continue;
    const q = qs[indices[i]!]!;
    const a = decodeAnswer(q, answers[i]);
    if (a === null) return null;
    decoded[q.id] = a;
  }
  // The student moves on only after answering, and submits only with everything answered.
  if (order.slice(0, position).some((id) => !(id in decoded))) return null;
  if (order.slice(position + 1).some((id) => id in decoded)) return null;
  // A score before submitting exists only from an earlier attempt.
  if (attempt === 1 && submitted === 0 && lastScore !== -1) return null;
  if (submitted === 1 && (lastScore === -1 || order.some((id) => !(id in decoded)))) return null;
  return { attempt, order, position, answers: decoded, submitted: submitted === 1, lastScore: lastScore === -1 ? null : lastScore, seed };
}
