// The result of each learning objective, from the submitted quiz attempt: how many of its
// questions were asked and answered right, the percent, and passed/failed against the same pass
// mark as the whole quiz. Neutral facts, like AnswerRecord: the tracking adapters turn them into
// cmi.objectives.n in their version's words. Pure.
import type { Lesson } from "../lesson/lesson-types";
import { isCorrectAnswer } from "./question-kinds";
import { hasPassed, type QuizSession } from "./quiz-session";

export interface ObjectiveResult {
  /** The lesson's objective id, e.g. "primary-obj-remember-111". */
  id: string;
  /** The objective in the lesson language (the 2004 description; 1.2 has none). */
  description: string;
  language: string;
  /** Questions of this objective in the submitted attempt, and how many were right;
   *  0 asked = not assessed yet (no attempt submitted, or a retry in progress). */
  asked: number;
  correct: number;
  /** Whole percent right (rounded like the quiz score); null when not assessed. */
  scorePercent: number | null;
  success: "unknown" | "passed" | "failed";
}

/** One result per lesson objective, in the lesson's order, from every quiz screen whose current
 *  attempt is submitted. */
export function objectiveResults(
  lesson: Lesson,
  quizzes: Readonly<Record<string, QuizSession>>,
  masteryPercent: number,
  language: string,
): ObjectiveResult[] {
  return lesson.objectives.map(({ id, text }) => {
    let asked = 0;
    let correct = 0;
    for (const screen of lesson.screens) {
      const quiz = screen.kind === "quiz" ? quizzes[screen.id] : undefined;
      if (screen.kind !== "quiz" || !quiz?.submitted) continue;
      // A submitted attempt holds an answer for exactly the questions it drew.
      for (const q of screen.questions) {
        const answer = quiz.answers[q.id];
        if (q.objective !== id || answer === undefined) continue;
        asked += 1;
        if (isCorrectAnswer(q, answer)) correct += 1;
      }
    }
    const scorePercent = asked === 0 ? null : Math.round((correct / asked) * 100);
    const success = scorePercent === null ? "unknown" : hasPassed(scorePercent, masteryPercent) ? "passed" : "failed";
    return { id, description: text, language, asked, correct, scorePercent, success };
  });
}
