// The quiz as plain, immutable data plus pure functions: answers, attempts, score, mastery.
// No Preact and no tracker here (the view builds on it; the player reports what it returns),
// so every rule is unit-testable and the whole state fits in resume data.
import type { Question, QuizScreen } from "../lesson/lesson-types";
import { isAnswerTo, isCorrectAnswer, type QuizAnswer } from "./question-kinds";
import { seededShuffle } from "./seeded-shuffle";

export const DEFAULT_MASTERY_PERCENT = 80;

export interface QuizSession {
  /** 1 for the first try; each retry adds one. */
  attempt: number;
  /** Ids of the questions drawn for this attempt, in the order shown. Ids, never positions or
   *  text, so the draw is the same in every language (lessons share ids across languages). */
  order: readonly string[];
  /** Index into `order` of the question on screen. */
  position: number;
  /** Checked (locked) answers of this attempt, by question id. */
  answers: Readonly<Record<string, QuizAnswer>>;
  /** Whether this attempt was submitted. */
  submitted: boolean;
  /** Score of the latest submitted attempt: it stands while a retry is in progress, so the LMS
   *  never sees the lesson fall back to "not submitted". */
  lastScore: number | null;
  /** This student's draw seed (uint32), chosen once when the quiz starts: every attempt's draw
   *  follows from (seed, attempt), so retries stay pure functions and a resumed student keeps
   *  their own sequence of draws. */
  seed: number;
}

/** What a quiz screen says about drawing: its bank and, optionally, how many per attempt. */
export type QuizBank = Pick<QuizScreen, "questions" | "questionsPerAttempt">;

/** How many questions one attempt shows: questionsPerAttempt (at most the bank), else all. */
export function drawSize(bank: QuizBank): number {
  const n = bank.questions.length;
  const per = bank.questionsPerAttempt;
  return per !== undefined && Number.isInteger(per) && per > 0 ? Math.min(per, n) : n;
}

/** A fresh random seed (crypto when there is one; the draw is not a secret, just varied). */
export function newDrawSeed(): number {
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => Uint32Array } }).crypto;
  if (c?.getRandomValues) return c.getRandomValues(new Uint32Array(1))[0]!;
  return Math.floor(Math.random() * 0x100000000) >>> 0;
}

/** The questions of one attempt, as ids in the order shown.
 *  - A drawing quiz (questionsPerAttempt set): `size` questions from the bank, at least one of
 *    every objective the bank covers (so each attempt can report every objective to the LMS),
 *    the rest at random, all in random order; drawn again for every attempt.
 *  - Otherwise every question: attempt 1 keeps the lesson's order (authors order questions on
 *    purpose); later attempts are shuffled.
 *  Deterministic in (seed, attempt): a resumed or re-rendered attempt shows the same draw. */
export function drawQuestions(questions: readonly Question[], attempt: number, seed: number, size: number, drawing: boolean): string[] {
  if (!drawing && attempt <= 1) return questions.map((q) => q.id);
  const key = `${seed >>> 0}:${attempt}`;
  // A random question of each objective first, then every other question in random order.
  const pool = seededShuffle(questions, key);
  const covered = new Set<string>();
  const first = pool.filter((q) => !covered.has(q.objective) && covered.add(q.objective));
  const drawn = [...first, ...pool.filter((q) => !first.includes(q))].slice(0, Math.max(0, size));
  return seededShuffle(drawn.map((q) => q.id), `${key}:order`);
}

export function startQuiz(bank: QuizBank, seed: number = newDrawSeed(), attempt = 1, lastScore: number | null = null): QuizSession {
  const drawing = bank.questionsPerAttempt !== undefined;
  const order = drawQuestions(bank.questions, attempt, seed, drawSize(bank), drawing);
  return { attempt, order, position: 0, answers: {}, submitted: false, lastScore, seed: seed >>> 0 };
}

export function findQuestion(questions: readonly Question[], id: string | undefined): Question | undefined {
  return questions.find((q) => q.id === id);
}

export function currentQuestion(session: QuizSession, questions: readonly Question[]): Question | undefined {
  return findQuestion(questions, session.order[session.position]);
}

export function isAnswered(session: QuizSession, questionId: string): boolean {
  return Object.prototype.hasOwnProperty.call(session.answers, questionId);
}

/** Locks an answer in. Ignored (same session returned) when the attempt was submitted, the
 *  question was already answered, or the answer does not fit the question. */
export function answerQuestion(
  session: QuizSession,
  questions: readonly Question[],
  questionId: string,
  answer: unknown,
): QuizSession {
  const q = findQuestion(questions, questionId);
  if (!q || session.submitted || isAnswered(session, questionId) || !isAnswerTo(q, answer)) return session;
  return { ...session, answers: { ...session.answers, [questionId]: answer } };
}

/** Moves to the next question once the current one is answered. */
export function nextQuestion(session: QuizSession): QuizSession {
  const id = session.order[session.position];
  if (id === undefined || !isAnswered(session, id) || session.position >= session.order.length - 1) return session;
  return { ...session, position: session.position + 1 };
}

export function allAnswered(session: QuizSession): boolean {
  return session.order.every((id) => isAnswered(session, id));
}

/** Questions of this attempt's draw answered correctly. */
export function correctCount(session: QuizSession, questions: readonly Question[]): number {
  return session.order.filter((id) => {
    const q = findQuestion(questions, id);
    const a = session.answers[id];
    return q !== undefined && a !== undefined && isCorrectAnswer(q, a);
  }).length;
}

/** Whole percent of this attempt's questions answered correctly (0 for an empty quiz). */
export function scorePercent(session: QuizSession, questions: readonly Question[]): number {
  return session.order.length === 0 ? 0 : Math.round((correctCount(session, questions) / session.order.length) * 100);
}

export function submitQuiz(session: QuizSession, questions: readonly Question[]): QuizSession {
  if (session.submitted || !allAnswered(session)) return session;
  return { ...session, submitted: true, lastScore: scorePercent(session, questions) };
}

/** A new attempt: answers cleared, a new draw of as many questions as this attempt had (the
 *  same seed, the next attempt number), the last score kept until resubmitted. */
export function retryQuiz(session: QuizSession, questions: readonly Question[]): QuizSession {
  const attempt = session.attempt + 1;
  // Every attempt after the first is shuffled, drawing or not, so the bank is all it needs.
  const order = drawQuestions(questions, attempt, session.seed, session.order.length, true);
  return { attempt, order, position: 0, answers: {}, submitted: false, lastScore: session.lastScore, seed: session.seed };
}

/** The LMS's pass mark wins; then the lesson's; then 80. */
export function masteryPercent(lmsMastery: number | null, lessonMastery: number | undefined): number {
  if (lmsMastery !== null && Number.isFinite(lmsMastery)) return lmsMastery;
  if (lessonMastery !== undefined && Number.isFinite(lessonMastery)) return lessonMastery;
  return DEFAULT_MASTERY_PERCENT;
}

export function hasPassed(score: number | null, mastery: number): boolean {
  return score !== null && score >= mastery;
}

/** Questions answered wrongly in this attempt, in lesson order. */
export function missedQuestions(session: QuizSession, questions: readonly Question[]): Question[] {
  return questions.filter((q) => {
    const a = session.answers[q.id];
    return a !== undefined && !isCorrectAnswer(q, a);
  });
}
