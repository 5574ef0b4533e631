// View model of the quiz screen, built on the pure QuizSession (as a TodosViewModel sits on a
// TodosModel): it turns clicks into session changes plus answer records, and decides where
// keyboard focus goes after each step so nobody is left on a button that vanished.
import { useEffect, useRef } from "preact/hooks";
import type { QuizScreen } from "../lesson/lesson-types";
import type { LessonSession, SessionSnapshot } from "../player/lesson-session";
import type { AnswerRecord } from "./answer-record";
import { questionRecord } from "./answer-records";
import type { QuizAnswer } from "./question-kinds";
import { answerQuestion, currentQuestion, nextQuestion, retryQuiz, startQuiz, submitQuiz, type QuizSession } from "./quiz-session";

export const QUIZ_FOCUS = {
  question: "quiz-question",
  feedback: "quiz-feedback",
  summary: "quiz-summary",
} as const;

export function useQuizView(screen: QuizScreen, session: LessonSession, snapshot: SessionSnapshot) {
  // The session always holds a quiz for every quiz screen (withDefaults); the fallback is never shown.
  const quiz = snapshot.progress.quizzes[screen.id] ?? startQuiz(screen, 0);
  const question = currentQuestion(quiz, screen.questions);
  const pendingFocus = useRef<string | null>(null);

  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  const latest = () => session.state.progress.quizzes[screen.id] ?? quiz;
  const change = (next: (q: QuizSession) => QuizSession, focus: string, records: AnswerRecord[] = []) => {
    pendingFocus.current = focus;
    session.update((p) => ({ ...p, quizzes: { ...p.quizzes, [screen.id]: next(p.quizzes[screen.id] ?? latest()) } }), records);
  };

  return {
    quiz,
    question,
    /** Locks the answer in and records it (once per question per attempt). */
    check(answer: QuizAnswer, shownAt: Date) {
      const before = latest();
      if (!question) return;
      const after = answerQuestion(before, screen.questions, question.id, answer);
      if (after === before) return;
      const record = questionRecord(question, answer, { shownAt, answeredAt: new Date() }, snapshot.language);
      change(() => after, QUIZ_FOCUS.feedback, [record]);
    },
    next: () => change(nextQuestion, QUIZ_FOCUS.question),
    submit: () => change((q) => submitQuiz(q, screen.questions), QUIZ_FOCUS.summary),
    retry: () => change((q) => retryQuiz(q, screen.questions), QUIZ_FOCUS.question),
  };
}
