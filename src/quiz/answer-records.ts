// Builds the AnswerRecord a question emits. Timing comes from the caller (the view knows when
// a question was shown), so this stays pure.
import type { Question } from "../lesson/lesson-types";
import type { AnswerRecord } from "./answer-record";
import { isCorrectAnswer, responseFor, type QuizAnswer } from "./question-kinds";

export function questionRecord(
  q: Question,
  answer: QuizAnswer,
  timing: { shownAt: Date; answeredAt: Date },
  language: string,
): AnswerRecord {
  return {
    id: q.id,
    response: responseFor(q, answer),
    isCorrect: isCorrectAnswer(q, answer),
    latencyMs: Math.max(0, timing.answeredAt.getTime() - timing.shownAt.getTime()),
    shownAt: timing.shownAt,
    description: q.prompt,
    language,
    objective: q.objective,
  };
}
