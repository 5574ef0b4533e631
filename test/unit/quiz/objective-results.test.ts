// Per-objective results of the submitted quiz attempt: questions asked and right per objective,
// the percent, and passed/failed against the quiz's own pass mark.
import { describe, expect, it } from "vitest";
import type { Lesson, Question } from "../../../src/lesson/lesson-types";
import { objectiveResults } from "../../../src/quiz/objective-results";
import { answerQuestion, nextQuestion, retryQuiz, startQuiz, submitQuiz, type QuizSession } from "../../../src/quiz/quiz-session";
import { fixtureLesson } from "../player/fixture-lesson";

/** True/false questions; `a*` check objective A (three of them), `b*` objective B (two). */
const questions: Question[] = ["a1", "a2", "a3", "b1", "b2"].map((id) => ({
  id,
  kind: "true-false",
  objective: id.startsWith("a") ? "primary-obj-a" : "primary-obj-b",
  prompt: id,
  explanation: id,
  answer: true,
}));
const lesson: Lesson = {
  ...fixtureLesson,
  objectives: [
    { id: "primary-obj-a", text: "Objective A" },
    { id: "primary-obj-b", text: "Objective B" },
    { id: "primary-obj-c", text: "Objective C, asked by another quiz screen" },
  ],
  screens: fixtureLesson.screens.map((s) => (s.kind === "quiz" ? { ...s, questions } : s)),
};

/** Answers every question of the attempt, `wrong` ones wrongly; submits unless told not to. */
function attempt(wrong: readonly string[], submit = true, s0: QuizSession = startQuiz({ questions }, 1)): QuizSession {
  let s = s0;
  for (const id of s.order) s = nextQuestion(answerQuestion(s, questions, id, !wrong.includes(id)));
  return submit ? submitQuiz(s, questions) : s;
}
const summary = (quiz: QuizSession, mastery = 80) =>
  objectiveResults(lesson, { quiz }, mastery, "vi").map((r) => [r.id, r.correct, r.asked, r.scorePercent, r.success]);

describe("objective results", () => {
  it("are not assessed before the attempt is submitted (every lesson objective is listed)", () => {
    expect(summary(attempt([], false))).toEqual([
      ["primary-obj-a", 0, 0, null, "unknown"],
      ["primary-obj-b", 0, 0, null, "unknown"],
      ["primary-obj-c", 0, 0, null, "unknown"],
    ]);
  });

  it("count each objective's questions in the submitted attempt, rounded like the quiz score", () => {
    expect(summary(attempt(["a2", "b1"]))).toEqual([
      ["primary-obj-a", 2, 3, 67, "failed"],
      ["primary-obj-b", 1, 2, 50, "failed"],
      ["primary-obj-c", 0, 0, null, "unknown"],
    ]);
    expect(summary(attempt(["a2", "b1"]), 50)).toEqual([
      ["primary-obj-a", 2, 3, 67, "passed"],
      ["primary-obj-b", 1, 2, 50, "passed"], // the pass mark itself passes, as for the quiz
      ["primary-obj-c", 0, 0, null, "unknown"],
    ]);
  });

  it("carry the objective's text and the language for the LMS description", () => {
    expect(objectiveResults(lesson, { quiz: attempt([]) }, 80, "en")[0]).toEqual({
      id: "primary-obj-a", description: "Objective A", language: "en", asked: 3, correct: 3, scorePercent: 100, success: "passed",
    });
  });

  it("count only the questions drawn for the attempt", () => {
    const drawn = startQuiz({ questions, questionsPerAttempt: 2 }, 5);
    const results = objectiveResults(lesson, { quiz: attempt([], true, drawn) }, 80, "vi");
    expect(results.map((r) => r.asked)).toEqual([1, 1, 0]);
  });

  it("are not assessed again while a retry is in progress, and follow the retry once it is submitted", () => {
    const retry = retryQuiz(attempt(["a1", "a2", "a3"]), questions);
    expect(summary(retry).map((r) => r[4])).toEqual(["unknown", "unknown", "unknown"]);
    expect(summary(attempt([], true, retry)).map((r) => r[4])).toEqual(["passed", "passed", "unknown"]);
  });
});
