// The quiz draw (questionsPerAttempt): each attempt shows that many bank questions in random
// order, at least one of every objective, a retry draws again, ids never change, and nothing
// depends on the language.
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/lesson/lesson-types";
import { lessonShapeHash } from "../../../src/player/resume-state";
import { quizSummary } from "../../../src/player/progress";
import {
  answerQuestion,
  drawSize,
  nextQuestion,
  retryQuiz,
  scorePercent,
  startQuiz,
  submitQuiz,
  type QuizSession,
} from "../../../src/quiz/quiz-session";
import { fixtureLesson } from "../player/fixture-lesson";

/** A true/false bank: q0..q{n-1}; the right answer is true for even numbers; four objectives
 *  of five questions each (q0, q4, q8… check objective o0). */
function bank(n: number, language = "vi", objectiveOf = (i: number) => `primary-obj-o${i % 4}`): Question[] {
  return Array.from({ length: n }, (_, i): Question => ({
    id: `q${i}`,
    kind: "true-false",
    objective: objectiveOf(i),
    prompt: language === "vi" ? `Câu ${i}` : `Question ${i}`,
    explanation: language,
    answer: i % 2 === 0,
  }));
}
const rightAnswer = (id: string) => Number(id.slice(1)) % 2 === 0;

function answerAll(s0: QuizSession, questions: Question[], right: (id: string) => boolean = () => true): QuizSession {
  let s = s0;
  for (const id of s.order) s = nextQuestion(answerQuestion(s, questions, id, right(id) ? rightAnswer(id) : !rightAnswer(id)));
  return submitQuiz(s, questions);
}

const questions = bank(20);
const drawing = { questions, questionsPerAttempt: 10 };

describe("quiz draw", () => {
  it("draws questionsPerAttempt distinct bank questions, in an order that is not the bank's", () => {
    const s = startQuiz(drawing, 42);
    expect(s.order).toHaveLength(10);
    expect(new Set(s.order).size).toBe(10);
    for (const id of s.order) expect(questions.map((q) => q.id)).toContain(id);
    expect(s.order).not.toEqual(questions.slice(0, 10).map((q) => q.id));
    expect(drawSize(drawing)).toBe(10);
  });

  it("is the same draw for the same seed and attempt, and differs between students", () => {
    expect(startQuiz(drawing, 42).order).toEqual(startQuiz(drawing, 42).order);
    const draws = new Set(Array.from({ length: 20 }, (_, seed) => startQuiz(drawing, seed).order.join(",")));
    expect(draws.size).toBe(20);
  });

  it("a retry draws again (another subset or order) with the same ids, seed and size", () => {
    for (let seed = 0; seed < 30; seed++) {
      const first = answerAll(startQuiz(drawing, seed), questions, () => false);
      const second = retryQuiz(first, questions);
      expect(second).toMatchObject({ attempt: 2, position: 0, answers: {}, submitted: false, lastScore: 0, seed });
      expect(second.order).toHaveLength(10);
      expect(second.order.join(",")).not.toBe(first.order.join(","));
      expect(retryQuiz(first, questions).order).toEqual(second.order);
      const third = retryQuiz(answerAll(second, questions, () => false), questions);
      expect(third.attempt).toBe(3);
      expect(third.order.join(",")).not.toBe(second.order.join(","));
    }
  });

  it("reaches every bank question across students, about equally often", () => {
    const counts = new Map<string, number>();
    const students = 2000;
    for (let seed = 0; seed < students; seed++) for (const id of startQuiz(drawing, seed * 7919).order) counts.set(id, (counts.get(id) ?? 0) + 1);
    expect(counts.size).toBe(20);
    // Expected 1000 each (half the bank per attempt); allow a generous ±15%.
    for (const [id, n] of counts) {
      expect(n, id).toBeGreaterThan(850);
      expect(n, id).toBeLessThan(1150);
    }
  });

  it("first positions are spread over the bank too (the order is random, not just the subset)", () => {
    const firsts = new Set(Array.from({ length: 400 }, (_, seed) => startQuiz(drawing, seed).order[0]));
    expect(firsts.size).toBe(20);
  });

  it("scores over the questions drawn, not the bank", () => {
    const s = answerAll(startQuiz(drawing, 3), questions, (id) => id !== startQuiz(drawing, 3).order[0]);
    expect(s.submitted).toBe(true);
    expect(s.lastScore).toBe(90);
    expect(scorePercent(s, questions)).toBe(90);
  });

  it("the lesson's quiz summary weights a quiz by its draw size", () => {
    const screens = fixtureLesson.screens.map((sc) => (sc.kind === "quiz" ? { ...sc, questions, questionsPerAttempt: 10 } : sc));
    const lesson = { ...fixtureLesson, screens };
    const quiz = answerAll(startQuiz(drawing, 5), questions);
    expect(quizSummary(lesson, { current: 0, seenCount: 1, calls: {}, sortings: {}, quizzes: { quiz } })).toEqual({ submitted: true, scorePercent: 100 });
  });

  it("every attempt asks at least one question of every objective, whatever the bank's shape", () => {
    // Uneven objectives: o0 has one question, o1 two, o2 three, o3 fourteen.
    const uneven = bank(20, "vi", (i) => `primary-obj-o${i === 0 ? 0 : i <= 2 ? 1 : i <= 5 ? 2 : 3}`);
    const objectiveOf = new Map(uneven.map((q) => [q.id, q.objective]));
    const covers = (order: readonly string[]) => new Set(order.map((id) => objectiveOf.get(id))).size;
    for (let seed = 0; seed < 300; seed++) {
      const first = startQuiz({ questions: uneven, questionsPerAttempt: 4 }, seed);
      expect(first.order, `seed ${seed}`).toHaveLength(4);
      expect(covers(first.order), `seed ${seed}: one of each objective`).toBe(4);
      expect(first.order, "the only o0 question is always asked").toContain("q0");
      let s = first;
      for (let attempt = 2; attempt <= 4; attempt++) {
        s = retryQuiz(answerAll(s, uneven, () => false), uneven);
        expect(covers(s.order), `seed ${seed} attempt ${attempt}`).toBe(4);
      }
      expect(covers(startQuiz({ questions: uneven, questionsPerAttempt: 7 }, seed).order)).toBe(4);
    }
  });

  it("apart from one per objective, the draw is random: each objective's questions take turns", () => {
    // With 4 per attempt from 4 objectives of 5, each attempt is exactly one per objective, and
    // each of an objective's five questions is its pick about a fifth of the time.
    const counts = new Map<string, number>();
    for (let seed = 0; seed < 2000; seed++) for (const id of startQuiz({ questions, questionsPerAttempt: 4 }, seed * 7919).order) counts.set(id, (counts.get(id) ?? 0) + 1);
    expect(counts.size).toBe(20);
    for (const [id, n] of counts) {
      expect(n, id).toBeGreaterThan(320);
      expect(n, id).toBeLessThan(480);
    }
  });

  it("a questionsPerAttempt above the bank shows the whole bank, shuffled", () => {
    const s = startQuiz({ questions, questionsPerAttempt: 50 }, 9);
    expect([...s.order].sort()).toEqual(questions.map((q) => q.id).sort());
    expect(s.order).not.toEqual(questions.map((q) => q.id));
  });

  it("without questionsPerAttempt, attempt 1 is the whole bank in the lesson's order", () => {
    const s = startQuiz({ questions }, 123);
    expect(s.order).toEqual(questions.map((q) => q.id));
    const again = retryQuiz(answerAll(s, questions, () => false), questions);
    expect(again.order).toHaveLength(20);
    expect(again.order).not.toEqual(s.order);
  });

  it("does not depend on the language: the same seed draws the same ids from a translated bank", () => {
    const en = bank(20, "en");
    expect(startQuiz({ questions: en, questionsPerAttempt: 10 }, 77).order).toEqual(startQuiz(drawing, 77).order);
    // Answers given in one language score the same in the other (they are keyed by id).
    let s = startQuiz(drawing, 77);
    s = nextQuestion(answerQuestion(s, questions, s.order[0]!, rightAnswer(s.order[0]!)));
    expect(answerQuestion(s, en, s.order[1]!, true).answers[s.order[1]!]).toBe(true);
    const lessonVi = { ...fixtureLesson, screens: fixtureLesson.screens.map((sc) => (sc.kind === "quiz" ? { ...sc, questions, questionsPerAttempt: 10 } : sc)) };
    const lessonEn = { ...lessonVi, language: "en", screens: lessonVi.screens.map((sc) => (sc.kind === "quiz" ? { ...sc, questions: en } : sc)) };
    expect(lessonShapeHash(lessonEn)).toBe(lessonShapeHash(lessonVi));
  });
});
