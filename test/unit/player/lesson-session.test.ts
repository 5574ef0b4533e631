import { describe, expect, it } from "vitest";
import { chooseOption, placeCall } from "../../../src/activities/practice-call/call-state";
import type { AnswerRecord } from "../../../src/quiz/answer-record";
import type { ObjectiveResult } from "../../../src/quiz/objective-results";
import { answerQuestion, nextQuestion, submitQuiz } from "../../../src/quiz/quiz-session";
import { LessonSession, type DecideOutcome } from "../../../src/player/lesson-session";
import { initialProgress } from "../../../src/player/progress";
import { decodeResume } from "../../../src/player/resume-state";
import type { LessonOutcome, SavedProgress } from "../../../src/tracking/tracker";
import { fixtureLesson as lesson } from "./fixture-lesson";

/** Records every tracker call in order. */
function fakeTracker() {
  const calls: { method: string; arg?: unknown }[] = [];
  return {
    calls,
    saveProgress: (p: SavedProgress) => void calls.push({ method: "saveProgress", arg: p }),
    recordAnswer: (r: AnswerRecord) => void calls.push({ method: "recordAnswer", arg: r }),
    reportOutcome: (o: LessonOutcome) => void calls.push({ method: "reportOutcome", arg: o }),
    reportObjectives: (r: readonly ObjectiveResult[]) => void calls.push({ method: "reportObjectives", arg: r }),
    finish: () => void calls.push({ method: "finish" }),
    setLanguagePreference: (l: string) => void calls.push({ method: "setLanguagePreference", arg: l }),
  };
}

// A stand-in for tracking's decideOutcome with the same shape of result.
const decide: DecideOutcome = (i) => ({
  completion: i.screensSeen >= i.screensTotal && i.quizSubmitted ? "completed" : "incomplete",
  success: i.scorePercent === null ? "unknown" : i.scorePercent >= i.masteryPercent ? "passed" : "failed",
  scorePercent: i.scorePercent,
  progress: i.screensSeen / i.screensTotal,
});

const t = { shownAt: new Date(0), answeredAt: new Date(5) };

describe("lesson session", () => {
  it("reports the starting outcome once, and the lesson's objectives, none assessed yet", () => {
    const tracker = fakeTracker();
    new LessonSession(lesson, "vi", initialProgress(lesson), tracker, decide, 80);
    expect(tracker.calls.map((c) => c.method)).toEqual(["reportOutcome", "reportObjectives"]);
    const results = tracker.calls[1]!.arg as ObjectiveResult[];
    expect(results.map((r) => [r.id, r.asked, r.scorePercent, r.success])).toEqual(lesson.objectives.map((o) => [o.id, 0, null, "unknown"]));
  });

  it("reports per-objective results alongside the outcome when the quiz is submitted, and again only when they change", () => {
    const tracker = fakeTracker();
    const session = new LessonSession(lesson, "vi", initialProgress(lesson, 1), tracker, decide, 80);
    const quiz = lesson.screens.find((s) => s.kind === "quiz")!;
    if (quiz.kind !== "quiz") throw new Error("fixture");
    // Right answers except q2_multi (remember-111 has q1 right and q2 wrong: 50 %).
    const right: Record<string, unknown> = { q1_single: "a", q2_multi: ["free"], q3_tf: false, q4_match: { fire: "n114", hurt: "n115", worry: "n111" }, q5_order: ["dial", "say", "tell"] };
    const answerAll = () => {
      for (const id of session.state.progress.quizzes[quiz.id]!.order) {
        session.update((p) => ({ ...p, quizzes: { ...p.quizzes, [quiz.id]: nextQuestion(answerQuestion(p.quizzes[quiz.id]!, quiz.questions, id, right[id])) } }));
      }
    };
    answerAll();
    expect(tracker.calls.filter((c) => c.method === "reportObjectives"), "nothing new before the submit").toHaveLength(1);
    tracker.calls.length = 0;
    session.update((p) => ({ ...p, quizzes: { ...p.quizzes, [quiz.id]: submitQuiz(p.quizzes[quiz.id]!, quiz.questions) } }));
    expect(tracker.calls.map((c) => c.method)).toEqual(["saveProgress", "reportOutcome", "reportObjectives"]);
    const results = tracker.calls[2]!.arg as ObjectiveResult[];
    expect(results.map((r) => [r.id, r.correct, r.asked, r.scorePercent, r.success])).toEqual([
      ["primary-obj-remember-111", 1, 2, 50, "failed"],
      ["primary-obj-never-your-fault", 1, 1, 100, "passed"],
      ["primary-obj-which-number", 2, 2, 100, "passed"],
    ]);
    expect(results[0]).toMatchObject({ description: "Remember 111.", language: "vi" });
    tracker.calls.length = 0;
    session.goTo(session.state.progress.current);
    session.update((p) => p, []);
    expect(tracker.calls.filter((c) => c.method === "reportObjectives")).toHaveLength(0);
  });

  it("saves the location and decodable resume data after a screen change", () => {
    const tracker = fakeTracker();
    const session = new LessonSession(lesson, "vi", initialProgress(lesson), tracker, decide, 80);
    tracker.calls.length = 0;
    session.goTo(1);
    expect(tracker.calls.map((c) => c.method)).toEqual(["saveProgress", "reportOutcome"]);
    const saved = tracker.calls[0]!.arg as SavedProgress;
    expect(saved.location).toBe("what_is_111");
    expect(decodeResume(lesson, saved.data, ["vi"])?.progress.current).toBe(1);
  });

  it("does not skip ahead past an unfinished activity", () => {
    const tracker = fakeTracker();
    const session = new LessonSession(lesson, "vi", initialProgress(lesson), tracker, decide, 80);
    session.goTo(1);
    session.goTo(2);
    session.goTo(3);
    expect(session.state.progress.current).toBe(2);
    session.goTo(5);
    expect(session.state.progress.current).toBe(2);
  });

  it("records an answer before saving, and reports only when the outcome changes", () => {
    const tracker = fakeTracker();
    const session = new LessonSession(lesson, "vi", initialProgress(lesson), tracker, decide, 80);
    session.goTo(1);
    session.goTo(2);
    tracker.calls.length = 0;
    const screen = lesson.screens[2]!;
    if (screen.kind !== "practice-call") throw new Error("fixture");
    const change = placeCall(screen, session.state.progress.calls[screen.id]!, "111", t, "vi");
    session.update((p) => ({ ...p, calls: { ...p.calls, [screen.id]: change.state } }), change.record ? [change.record] : []);
    expect(tracker.calls.map((c) => c.method)).toEqual(["recordAnswer", "saveProgress"]);
    expect((tracker.calls[0]!.arg as AnswerRecord).id).toBe("practice_call");
    const step = chooseOption(screen, session.state.progress.calls[screen.id]!, "who", "hang", t, "vi");
    session.update((p) => ({ ...p, calls: { ...p.calls, [screen.id]: step.state } }), step.record ? [step.record] : []);
    expect((tracker.calls[2]!.arg as AnswerRecord).id).toBe("practice_call_who");
  });

  it("keeps going when the tracker throws", () => {
    const tracker = { ...fakeTracker(), saveProgress: () => { throw new Error("LMS gone"); } };
    const errors = console.error;
    console.error = () => {};
    try {
      const session = new LessonSession(lesson, "vi", initialProgress(lesson), tracker, decide, 80);
      session.goTo(1);
      expect(session.state.progress.current).toBe(1);
    } finally {
      console.error = errors;
    }
  });

  it("finishes once and tells subscribers", () => {
    const tracker = fakeTracker();
    const session = new LessonSession(lesson, "vi", initialProgress(lesson), tracker, decide, 80);
    let finished = false;
    session.subscribe((s) => (finished = s.finished));
    session.finish();
    session.finish();
    expect(finished).toBe(true);
    expect(tracker.calls.filter((c) => c.method === "finish")).toHaveLength(1);
  });
});
