import { describe, expect, it } from "vitest";
import { chooseOption, placeCall } from "../../../src/activities/practice-call/call-state";
import { placeItem } from "../../../src/activities/sorting/sorting-state";
import type { Lesson, Question } from "../../../src/lesson/lesson-types";
import { goToScreen, initialProgress, type LessonProgress } from "../../../src/player/progress";
import {
  decodeResume,
  encodeResume,
  lessonShapeHash,
  peekResumeLanguage,
  SUSPEND_DATA_LIMIT,
} from "../../../src/player/resume-state";
import { answerQuestion, nextQuestion, retryQuiz, startQuiz, submitQuiz } from "../../../src/quiz/quiz-session";
import { fixtureLesson as lesson } from "./fixture-lesson";

const langs = ["vi", "en"];
const t = { shownAt: new Date(0), answeredAt: new Date(10) };

/** Plays the fixture lesson up to the quiz, with a wrong try in each activity. */
function playToQuiz(): LessonProgress {
  let p = initialProgress(lesson);
  p = goToScreen(lesson, p, 1);
  p = goToScreen(lesson, p, 2);
  const call = lesson.screens[2]!;
  if (call.kind !== "practice-call") throw new Error("fixture");
  let c = placeCall(call, p.calls[call.id]!, "113", t, "vi").state;
  c = placeCall(call, c, "111", t, "vi").state;
  c = chooseOption(call, c, "who", "hang", t, "vi").state;
  c = chooseOption(call, c, "who", "name", t, "vi").state;
  c = chooseOption(call, c, "what", "joke", t, "vi").state;
  c = chooseOption(call, c, "what", "tell", t, "vi").state;
  p = { ...p, calls: { ...p.calls, [call.id]: c } };
  p = goToScreen(lesson, p, 3);
  const sort = lesson.screens[3]!;
  if (sort.kind !== "sorting") throw new Error("fixture");
  let s = p.sortings[sort.id]!;
  for (const [item, bin] of [["s1", "call_111"], ["s2", "adult"], ["s3", "adult"]] as const) s = placeItem(sort, s, item, bin, t, "vi").state;
  p = { ...p, sortings: { ...p.sortings, [sort.id]: s } };
  return goToScreen(lesson, p, 4);
}

function quizQuestions(): Question[] {
  const q = lesson.screens[4]!;
  if (q.kind !== "quiz") throw new Error("fixture");
  return q.questions;
}

describe("resume state", () => {
  it("round-trips a fresh start", () => {
    const state = { language: "vi", progress: initialProgress(lesson) };
    expect(decodeResume(lesson, encodeResume(lesson, state), langs)).toEqual(state);
  });

  it("round-trips activities, a quiz mid-way and the language", () => {
    let p = playToQuiz();
    expect(p.current).toBe(4);
    let quiz = p.quizzes["quiz"]!;
    quiz = nextQuestion(answerQuestion(quiz, quizQuestions(), "q1_single", "b"));
    quiz = answerQuestion(quiz, quizQuestions(), "q2_multi", ["paid", "free"]);
    p = { ...p, quizzes: { quiz } };
    const state = { language: "en", progress: p };
    const data = encodeResume(lesson, state);
    expect(decodeResume(lesson, data, langs)).toEqual(state);
    expect(peekResumeLanguage(data, langs)).toBe("en");
  });

  it("round-trips a submitted quiz being retried, with the student back on an earlier screen", () => {
    let p = playToQuiz();
    const qs = quizQuestions();
    let quiz = startQuiz({ questions: qs });
    const answers: Record<string, unknown> = { q1_single: "b", q2_multi: ["free"], q3_tf: true, q4_match: { fire: "n111", hurt: "n111", worry: "n111" }, q5_order: ["tell", "say", "dial"] };
    for (const id of quiz.order) quiz = nextQuestion(answerQuestion(quiz, qs, id, answers[id]));
    quiz = submitQuiz(quiz, qs);
    p = goToScreen(lesson, { ...p, quizzes: { quiz } }, 5);
    p = { ...goToScreen(lesson, p, 1), quizzes: { quiz: retryQuiz(quiz, qs) } };
    const state = { language: "vi", progress: p };
    const back = decodeResume(lesson, encodeResume(lesson, state), langs);
    expect(back).toEqual(state);
    expect(back?.progress.quizzes["quiz"]?.lastScore).toBe(0);
    expect(back?.progress.seenCount).toBe(6);
  });

  it("stays far below the SCORM 1.2 limit in the worst case", () => {
    // 40 questions, every kind at its widest, all answered, plus long activities.
    const opts = Array.from({ length: 12 }, (_, i) => ({ id: `option_with_a_long_identifier_${i}`, text: "x" }));
    const questions: Question[] = Array.from({ length: 40 }, (_, i): Question => {
      const id = `q${i}_a_rather_long_question_identifier_for_the_lms_reports`;
      switch (i % 4) {
        case 0: return { id, kind: "multiple-choice", prompt: "p", explanation: "e", objective: "primary-obj-remember-111", options: opts, answers: [opts[0]!.id] };
        case 1: return { id, kind: "ordering", prompt: "p", explanation: "e", objective: "primary-obj-remember-111", items: opts };
        case 2: return { id, kind: "matching", prompt: "p", explanation: "e", objective: "primary-obj-remember-111", prompts: opts.map((o) => ({ ...o, match: opts[0]!.id })), targets: opts };
        default: return { id, kind: "single-choice", prompt: "p", explanation: "e", objective: "primary-obj-remember-111", options: opts, answer: opts[0]!.id };
      }
    });
    const big: Lesson = {
      ...lesson,
      screens: lesson.screens.map((s) => (s.kind === "quiz" ? { ...s, questions } : s)),
    };
    let quiz = startQuiz({ questions }, 0xffffffff, 9999, 100);
    for (const id of quiz.order) {
      const q = questions.find((x) => x.id === id)!;
      const ids = opts.map((o) => o.id).reverse();
      const answer =
        q.kind === "multiple-choice" ? ids : q.kind === "ordering" ? ids : q.kind === "matching" ? Object.fromEntries(opts.map((o) => [o.id, ids[0]!])) : ids[0];
      quiz = nextQuestion(answerQuestion(quiz, questions, id, answer));
    }
    const progress = { ...playToQuiz(), quizzes: { quiz } };
    const data = encodeResume(big, { language: "vi", progress });
    expect(decodeResume(big, data, langs)?.progress.quizzes["quiz"]?.position).toBe(39);
    expect(data.length).toBeLessThan(SUSPEND_DATA_LIMIT);
    expect(data.length).toBeLessThan(2500);
  });

  it("keeps a drawn quiz across resume, a retry's new draw, and a change of language", () => {
    const bank = Array.from({ length: 20 }, (_, i): Question => ({ id: `b${i}`, kind: "true-false", prompt: `Câu ${i}`, explanation: "vi", objective: "primary-obj-remember-111", answer: true }));
    const drawLesson = (language: string, questions: Question[]): Lesson => ({
      ...lesson,
      language,
      screens: lesson.screens.map((s) => (s.kind === "quiz" ? { ...s, questions, questionsPerAttempt: 8 } : s)),
    });
    const vi = drawLesson("vi", bank);
    const en = drawLesson("en", bank.map((q) => ({ ...q, prompt: `Question ${q.id}`, explanation: "en" })));
    let quiz = startQuiz({ questions: bank, questionsPerAttempt: 8 }, 2024);
    for (let i = 0; i < 3; i++) quiz = nextQuestion(answerQuestion(quiz, bank, quiz.order[i]!, false));
    const p = { ...playToQuiz(), quizzes: { quiz } };
    const data = encodeResume(vi, { language: "vi", progress: p });
    const back = decodeResume(vi, data, langs);
    expect(back?.progress.quizzes["quiz"]).toEqual(quiz);
    // Switching language re-reads the same data against the other lesson: same draw, same answers.
    expect(decodeResume(en, data, langs)?.progress.quizzes["quiz"]).toEqual(quiz);
    expect(encodeResume(en, { language: "vi", progress: p })).toBe(data);
    // After a failed attempt and a retry, the new draw is what comes back.
    for (let i = 3; i < 8; i++) quiz = nextQuestion(answerQuestion(quiz, bank, quiz.order[i]!, false));
    const retried = retryQuiz(submitQuiz(quiz, bank), bank);
    expect(retried.order).not.toEqual(quiz.order);
    const p2 = goToScreen(vi, { ...p, quizzes: { quiz: submitQuiz(quiz, bank) } }, 5);
    const state2 = { language: "en", progress: { ...p2, current: 4, quizzes: { quiz: retried } } };
    expect(decodeResume(en, encodeResume(en, state2), langs)).toEqual(state2);
    // A stored draw of the wrong size for this quiz is refused.
    const raw = JSON.parse(data);
    raw.a[4][5] = raw.a[4][5].slice(0, 7);
    raw.a[4][6] = raw.a[4][6].slice(0, 7);
    expect(decodeResume(vi, JSON.stringify(raw), langs)).toBeNull();
  });

  it("stays far below the SCORM 1.2 limit with a 20-question bank at its widest, all drawn", () => {
    const opts = Array.from({ length: 12 }, (_, i) => ({ id: `option_with_a_long_identifier_${i}`, text: "x" }));
    const questions: Question[] = Array.from({ length: 20 }, (_, i): Question => {
      const id = `q${i}_a_rather_long_question_identifier_for_the_lms_reports`;
      return i % 2 === 0
        ? { id, kind: "ordering", prompt: "p", explanation: "e", objective: "primary-obj-remember-111", items: opts }
        : { id, kind: "matching", prompt: "p", explanation: "e", objective: "primary-obj-remember-111", prompts: opts.map((o) => ({ ...o, match: opts[0]!.id })), targets: opts };
    });
    const big: Lesson = { ...lesson, screens: lesson.screens.map((s) => (s.kind === "quiz" ? { ...s, questions, questionsPerAttempt: 20 } : s)) };
    let quiz = startQuiz({ questions, questionsPerAttempt: 20 }, 0xffffffff, 9999, 100);
    const ids = opts.map((o) => o.id).reverse();
    for (const id of quiz.order) {
      const q = questions.find((x) => x.id === id)!;
      quiz = nextQuestion(answerQuestion(quiz, questions, id, q.kind === "ordering" ? ids : Object.fromEntries(opts.map((o) => [o.id, ids[0]!]))));
    }
    const data = encodeResume(big, { language: "vi", progress: { ...playToQuiz(), quizzes: { quiz } } });
    expect(decodeResume(big, data, langs)?.progress.quizzes["quiz"]).toEqual(quiz);
    expect(data.length).toBeLessThan(2000);
  });

  it("gives null for garbage, truncation and wrong types", () => {
    const good = encodeResume(lesson, { language: "vi", progress: playToQuiz() });
    const bad = [
      "",
      "null",
      "[]",
      "42",
      "{not json",
      good.slice(0, good.length - 3),
      good.slice(0, 20),
      good.replace('"v":2', '"v":1'),
      good.replace('"v":2', '"v":3'),
      good.replace('"l":"vi"', '"l":"fr"'),
      good.replace('"l":"vi"', '"l":7'),
      good.replace('"c":4', '"c":9'),
      good.replace('"c":4', '"c":-1'),
      good.replace('"c":4', '"c":1.5'),
      good.replace('"c":4', '"c":"4"'),
      good.replace('"s":5', '"s":0'),
      good.replace('"s":5', '"s":99'),
      good.replace(/"h":"[a-z0-9]+"/, '"h":"zzz"'),
      JSON.stringify({ ...JSON.parse(good), a: null }),
      JSON.stringify({ ...JSON.parse(good), a: {} }),
      JSON.stringify({ ...JSON.parse(good), a: { ...JSON.parse(good).a, 9: [0] } }),
    ];
    for (const data of bad) expect(decodeResume(lesson, data, langs), data).toBeNull();
  });

  it("gives null for activity data that does not fit the lesson", () => {
    const base = JSON.parse(encodeResume(lesson, { language: "vi", progress: playToQuiz() }));
    const variants: unknown[] = [
      { 2: [3, []] }, // unknown dial state
      { 2: [0, [[0]]] }, // a dialogue answer before connecting
      { 2: [2, [[0, 1]]] }, // a choice after the good one
      { 2: [2, [[], [0]]] }, // answering step 2 before step 1
      { 2: [2, [[7]]] }, // unknown option
      { 2: [2, [[1, 1]]] }, // the same option twice
      { 3: [0, 9, 1] }, // unknown bin
      { 3: [0, 1] }, // too few items
      { 4: [1, 0, 0, -1, 7, [0, 1, 2, 3, 4], [0, null, null, null, null, null]] }, // too many answers
      { 4: [1, 0, 0, -1, 7, [0, 1, 2, 3, 4], [0, [0], 2, null, null]] }, // answers beyond the position
      { 4: [1, 2, 0, -1, 7, [0, 1, 2, 3, 4], [0, null, null, null, null]] }, // moved on without answering
      { 4: [1, 4, 1, 80, 7, [0, 1, 2, 3, 4], [0, [0], 1, [0, 0, 0], [0, 1, 2]]] }, // ordering fine; but see next
      { 4: [1, 4, 1, -1, 7, [0, 1, 2, 3, 4], [0, [0], 1, [0, 0, 0], [0, 1, 2]]] }, // submitted without a score
      { 4: [1, 4, 0, 101, 7, [0, 1, 2, 3, 4], [0, [0], 1, [0, 0, 0], [0, 1, 2]]] }, // impossible score
      { 4: [1, 0, 0, -1, 7, [0, 1, 2, 3, 4], [5, null, null, null, null]] }, // unknown option
      { 4: [1, 1, 0, -1, 7, [0, 1, 2, 3, 4], [0, [0, 0], null, null, null]] }, // duplicate multiple choice
      { 4: [1, 4, 0, -1, 7, [0, 1, 2, 3, 4], [0, [0], 1, [0, 0], [0, 1, 2]]] }, // matching with a prompt missing
      { 4: [1, 4, 0, -1, 7, [0, 1, 2, 3, 4], [0, [0], 1, [0, 0, 0], [0, 1, 1]]] }, // ordering with a repeat
      { 4: [0, 0, 0, -1, 7, [0, 1, 2, 3, 4], [null, null, null, null, null]] }, // attempt 0
      { 4: [1, 0, 0, 50, 7, [0, 1, 2, 3, 4], [null, null, null, null, null]] }, // a score from no earlier attempt
      { 4: [1, 0, 0, -1, [null, null, null, null, null]] }, // the version 1 quiz tuple (no draw)
      { 4: [1, 0, 0, -1, -1, [0, 1, 2, 3, 4], [null, null, null, null, null]] }, // negative seed
      { 4: [1, 0, 0, -1, 1.5, [0, 1, 2, 3, 4], [null, null, null, null, null]] }, // fractional seed
      { 4: [1, 0, 0, -1, "7", [0, 1, 2, 3, 4], [null, null, null, null, null]] }, // seed as text
      { 4: [1, 0, 0, -1, 2 ** 32, [0, 1, 2, 3, 4], [null, null, null, null, null]] }, // seed past uint32
      { 4: [1, 0, 0, -1, 7, [0, 1, 2, 3], [null, null, null, null]] }, // a draw smaller than the quiz holds
      { 4: [1, 0, 0, -1, 7, [0, 1, 2, 3, 3], [null, null, null, null, null]] }, // a question drawn twice
      { 4: [1, 0, 0, -1, 7, [0, 1, 2, 3, 9], [null, null, null, null, null]] }, // a question not in the bank
      { 4: [1, 0, 0, -1, 7, null, [null, null, null, null, null]] }, // no draw
    ];
    const results = variants.map((v) => decodeResume(lesson, JSON.stringify({ ...base, a: { ...base.a, ...(v as object) } }), langs));
    // Variant 11 is a valid submitted quiz: it is the control that the others fail for their own reason.
    results.forEach((r, i) => (i === 11 ? expect(r, `variant ${i}`).not.toBeNull() : expect(r, `variant ${i}`).toBeNull()));
  });

  it("gives null when screens the student claims to have passed are not done", () => {
    const fresh = JSON.parse(encodeResume(lesson, { language: "vi", progress: initialProgress(lesson) }));
    expect(decodeResume(lesson, JSON.stringify({ ...fresh, c: 4, s: 5 }), langs)).toBeNull();
  });

  it("drops data saved against a differently shaped lesson", () => {
    const other: Lesson = { ...lesson, screens: lesson.screens.slice(0, -1) };
    expect(lessonShapeHash(other)).not.toBe(lessonShapeHash(lesson));
    const data = encodeResume(lesson, { language: "vi", progress: initialProgress(lesson) });
    expect(decodeResume(other, data, langs)).toBeNull();
    expect(peekResumeLanguage("garbage", langs)).toBeNull();
  });
});
