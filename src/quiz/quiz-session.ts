// The quiz as plain, immutable data plus pure functions: answers, attempts, score, mastery.
// No Preact and no tracker here (the view builds on it; the player reports what it returns),
// so every rule is unit-testable and the whole state fits in resume data.
import type { Question } from "../lesson/lesson-types";
import { isAnswerTo, isCorrectAnswer, type QuizAnswer } from "./question-kinds";
import { seededShuffle } from "./seeded-shuffle";

export const DEFAULT_MASTERY_PERCENT = 80;

export interface QuizSession {
  /** 1 for the first try; each retry adds one. */
  attempt: number;
  /** Question ids in the order shown in this attempt. */
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
}

/** Attempt 1 keeps the lesson's order (authors order questions on purpose); later attempts are
 *  reshuffled, deterministically per attempt so a resumed retry shows the same order. */
export function questionOrder(questions: readonly Question[], attempt: number): string[] {
  const ids = questions.map((q) => q.id);
  return attempt <= 1 ? ids : seededShuffle(ids, `attempt:${attempt}`);
}

export function startQuiz(questions: readonly Question[], attempt = 1, lastScore: number | null = null): QuizSession {
  return { attempt, order: questionOrder(questions, attempt), position: 0, answers: {}, submitted: false, lastScore };
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

export function correctCount(session: QuizSession, questions: readonly Question[]): number {
  return questions.filter((q) => {
    const a = session.answers[q.id];
    return a !== undefined && isCorrectAnswer(q, a);
  }).length;
}

/** Whole percent of questions answered correctly in this attempt (0 for an empty quiz). */
export function scorePercent(session: QuizSession, questions: readonly Question[]): number {
  return questions.length === 0 ? 0 : Math.round((correctCount(session, questions) / questions.length) * 100);
}

export function submitQuiz(session: QuizSession, questions: readonly Question[]): QuizSession {
  if (session.submitted || !allAnswered(session)) return session;
  return { ...session, submitted: true, lastScore: scorePercent(session, questions) };
}

/** A new attempt: answers cleared, questions reshuffled, the last score kept until resubmitted. */
export function retryQuiz(session: QuizSession, questions: readonly Question[]): QuizSession {
  return startQuiz(questions, session.attempt + 1, session.lastScore);
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
