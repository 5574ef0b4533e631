// Results: score, passed or not, which screens to look at again, the 111 message, and a retry
// when the pass mark was not reached.
import type { Lesson, QuizScreen, ResultsScreen, Screen } from "../lesson/lesson-types";
import { useT } from "../i18n/use-translate";
import type { LessonProgress } from "../player/progress";
import { quizSummary, screenIndex } from "../player/progress";
import { ScreenFrame } from "../player/screen-frame";
import { hasPassed, missedQuestions, retryQuiz } from "../quiz/quiz-session";
import { Paragraphs } from "../ui/paragraphs";
import { ClosingWords } from "./closing-words";
import type { ScreenProps } from "./screen-props";

/** Screens named by the missed questions' reviewScreen, once each, in lesson order. */
export function screensToReview(lesson: Lesson, progress: LessonProgress): Screen[] {
  const ids = new Set<string>();
  for (const s of lesson.screens) {
    const quiz = s.kind === "quiz" ? progress.quizzes[s.id] : undefined;
    if (s.kind !== "quiz" || !quiz?.submitted) continue;
    for (const q of missedQuestions(quiz, s.questions)) if (q.reviewScreen) ids.add(q.reviewScreen);
  }
  return lesson.screens.filter((s) => ids.has(s.id));
}

export function ResultsScreenView({ screen, session, snapshot }: ScreenProps<ResultsScreen>) {
  const t = useT();
  const { lesson, progress } = snapshot;
  const { scorePercent } = quizSummary(lesson, progress);
  const passed = hasPassed(scorePercent, session.masteryPercent);
  const review = screensToReview(lesson, progress);
  const quizScreen = lesson.screens.find((s): s is QuizScreen => s.kind === "quiz");

  const retry = () => {
    if (!quizScreen) return;
    session.update((p) => {
      const quiz = p.quizzes[quizScreen.id];
      return quiz ? { ...p, quizzes: { ...p.quizzes, [quizScreen.id]: retryQuiz(quiz, quizScreen.questions) } } : p;
    });
    session.goTo(screenIndex(lesson, quizScreen.id));
  };

  // The score comes first, right under the title: it is what the student is waiting for.
  const scoreBox =
    scorePercent === null ? (
      <p class="result-box">{t("results.notSubmitted")}</p>
    ) : (
      <div class={passed ? "result-box result-passed" : "result-box result-failed"}>
        <p class="result-score">{t("results.score", { score: scorePercent })}</p>
        <p class="result-verdict">
          <span aria-hidden="true">{passed ? "★ " : ""}</span>
          {passed ? t("results.passed") : t("results.failed")}
        </p>
        <p class="small-print">{t("results.mastery", { mastery: session.masteryPercent })}</p>
      </div>
    );

  return (
    <ScreenFrame screen={screen} lead={scoreBox}>
      {scorePercent !== null && <Paragraphs lines={passed ? screen.passedText : screen.failedText} />}
      {review.length > 0 && (
        <div class="review">
          <h2>{t("results.review")}</h2>
          <ul class="review-list">
            {review.map((s) => (
              <li key={s.id}>
                <button type="button" class="button button-secondary" onClick={() => session.goTo(screenIndex(lesson, s.id))}>
                  {t("results.reviewButton", { title: s.title })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {scorePercent !== null && !passed && quizScreen && (
        <button type="button" class="button button-primary" onClick={retry}>
          {t("quiz.retry")}
        </button>
      )}
      <ClosingWords lines={screen.closing} />
    </ScreenFrame>
  );
}
