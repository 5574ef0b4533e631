import { describe, expect, it } from "vitest";
import {
  allAnswered,
  answerQuestion,
  currentQuestion,
  hasPassed,
  masteryPercent,
  missedQuestions,
  nextQuestion,
  retryQuiz,
  scorePercent,
  startQuiz,
  submitQuiz,
  type QuizSession,
} from "../../../src/quiz/quiz-session";
import { questionRecord } from "../../../src/quiz/answer-records";
import { seededShuffle } from "../../../src/quiz/seeded-shuffle";
import { fixtureQuestions as qs } from "../player/fixture-lesson";

const rightAnswers: Record<string, unknown> = {
  q1_single: "a",
  q2_multi: ["free", "always"],
  q3_tf: false,
  q4_match: { fire: "n114", hurt: "n115", worry: "n111" },
  q5_order: ["dial", "say", "tell"],
};

function answerAll(session: QuizSession, overrides: Record<string, unknown> = {}): QuizSession {
  let s = session;
  for (const id of s.order) {
    s = answerQuestion(s, qs, id, id in overrides ? overrides[id] : rightAnswers[id]);
    s = nextQuestion(s);
  }
  return s;
}

describe("quiz session", () => {
  it("starts at the first question in lesson order", () => {
    const s = startQuiz({ questions: qs });
    expect(s.attempt).toBe(1);
    expect(s.order).toEqual(qs.map((q) => q.id));
    expect(currentQuestion(s, qs)?.id).toBe("q1_single");
    expect(s.lastScore).toBeNull();
  });

  it("locks an answer: a second answer to the same question is ignored", () => {
    let s = answerQuestion(startQuiz({ questions: qs }), qs, "q1_single", "b");
    s = answerQuestion(s, qs, "q1_single", "a");
    expect(s.answers["q1_single"]).toBe("b");
  });

  it("ignores malformed answers and unknown questions", () => {
    const s0 = startQuiz({ questions: qs });
    expect(answerQuestion(s0, qs, "q1_single", "zzz")).toBe(s0);
    expect(answerQuestion(s0, qs, "nope", "a")).toBe(s0);
  });

  it("does not move on before the current question is answered", () => {
    const s0 = startQuiz({ questions: qs });
    expect(nextQuestion(s0)).toBe(s0);
    expect(nextQuestion(answerQuestion(s0, qs, "q1_single", "a")).position).toBe(1);
  });

  it("submits only when all are answered and scores in whole percent", () => {
    const partial = answerQuestion(startQuiz({ questions: qs }), qs, "q1_single", "a");
    expect(submitQuiz(partial, qs).submitted).toBe(false);
    const s = submitQuiz(answerAll(startQuiz({ questions: qs }), { q3_tf: true }), qs);
    expect(allAnswered(s)).toBe(true);
    expect(s.submitted).toBe(true);
    expect(s.lastScore).toBe(80);
    expect(scorePercent(s, qs)).toBe(80);
    expect(missedQuestions(s, qs).map((q) => q.id)).toEqual(["q3_tf"]);
  });

  it("a retry clears answers, counts the attempt, reshuffles and keeps the last score", () => {
    const done = submitQuiz(answerAll(startQuiz({ questions: qs }), { q1_single: "b", q3_tf: true }), qs);
    expect(done.lastScore).toBe(60);
    const again = retryQuiz(done, qs);
    expect(again.attempt).toBe(2);
    expect(again.answers).toEqual({});
    expect(again.submitted).toBe(false);
    expect(again.position).toBe(0);
    expect(again.lastScore).toBe(60);
    expect([...again.order].sort()).toEqual(qs.map((q) => q.id).sort());
    // Deterministic: the same attempt always has the same order (resume shows the same quiz).
    expect(retryQuiz(done, qs).order).toEqual(again.order);
    const passed = submitQuiz(answerAll(again), qs);
    expect(passed.lastScore).toBe(100);
  });

  it("takes mastery from the LMS, else the lesson, else 80", () => {
    expect(masteryPercent(70, 90)).toBe(70);
    expect(masteryPercent(null, 90)).toBe(90);
    expect(masteryPercent(null, undefined)).toBe(80);
    expect(hasPassed(80, 80)).toBe(true);
    expect(hasPassed(79, 80)).toBe(false);
    expect(hasPassed(null, 0)).toBe(false);
  });

  it("builds an answer record with latency and the question as description", () => {
    const shownAt = new Date(1000);
    const rec = questionRecord(qs[0]!, "b", { shownAt, answeredAt: new Date(4500) }, "vi");
    expect(rec).toMatchObject({ id: "q1_single", isCorrect: false, latencyMs: 3500, shownAt, description: "Which number?", language: "vi" });
  });
});

describe("seeded shuffle", () => {
  it("is deterministic and can refuse to return the original order", () => {
    const items = ["a", "b", "c", "d"];
    expect(seededShuffle(items, "x")).toEqual(seededShuffle(items, "x"));
    for (let i = 0; i < 50; i++) expect(seededShuffle(["a", "b"], `s${i}`, true)).toEqual(["b", "a"]);
  });
});
