// Saved progress for tests that start a student part-way through a lesson (the preview LMS or
// the browser hands it back as resume data), built with the player's own progress functions.
import { chooseOption, placeCall } from "../../src/activities/practice-call/call-state";
import { placeItem } from "../../src/activities/sorting/sorting-state";
import type { Lesson } from "../../src/lesson/lesson-types";
import { goToScreen, initialProgress, type LessonProgress } from "../../src/player/progress";
import { answerQuestion, nextQuestion, startQuiz, submitQuiz } from "../../src/quiz/quiz-session";
import { plannedAnswer } from "./lesson-content";

/** Progress of a student who did every activity right (and handed in a quiz with every answer
 *  right) and now stands on screen `until`. */
export function progressUntil(lesson: Lesson, until: string): LessonProgress {
  const t = { shownAt: new Date(0), answeredAt: new Date(1000) };
  let p = initialProgress(lesson);
  for (let i = 0; lesson.screens[p.current]!.id !== until; i++) {
    const s = lesson.screens[p.current]!;
    if (s.kind === "practice-call") {
      let call = placeCall(s, p.calls[s.id]!, s.number, t, lesson.language).state;
      for (const step of s.conversation) call = chooseOption(s, call, step.id, step.options.find((o) => o.good)!.id, t, lesson.language).state;
      p = { ...p, calls: { ...p.calls, [s.id]: call } };
    }
    if (s.kind === "sorting") {
      let sorting = p.sortings[s.id]!;
      for (const item of s.items) sorting = placeItem(s, sorting, item.id, item.bin, t, lesson.language).state;
      p = { ...p, sortings: { ...p.sortings, [s.id]: sorting } };
    }
    if (s.kind === "quiz") {
      let quiz = startQuiz(s, 1);
      for (const id of quiz.order) {
        quiz = nextQuestion(answerQuestion(quiz, s.questions, id, plannedAnswer(s.questions.find((q) => q.id === id)!, false).chosen));
      }
      p = { ...p, quizzes: { ...p.quizzes, [s.id]: submitQuiz(quiz, s.questions) } };
    }
    const next = goToScreen(lesson, p, p.current + 1);
    if (next === p || i > lesson.screens.length) throw new Error(`cannot get past ${s.id}`);
    p = next;
  }
  return p;
}
