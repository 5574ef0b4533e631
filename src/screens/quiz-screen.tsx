// The quiz, one question at a time; after handing in, the score and (if below the pass mark)
// a retry. The rules live in quiz-session.ts; the view model in use-quiz-view.ts.
import type { QuizScreen } from "../lesson/lesson-types";
import { useT } from "../i18n/use-translate";
import { questionParts, screenParts } from "../narration/narration-script";
import { ScreenFrame } from "../player/screen-frame";
import { hasPassed } from "../quiz/quiz-session";
import { QUIZ_FOCUS, useQuizView } from "../quiz/use-quiz-view";
import { QuestionCard } from "../quiz/views/question-card";
import type { ScreenProps } from "./screen-props";

export function QuizScreenView({ screen, session, snapshot }: ScreenProps<QuizScreen>) {
  const t = useT();
  const view = useQuizView(screen, session, snapshot);
  const { quiz, question } = view;
  const total = quiz.order.length;

  if (quiz.submitted) {
    const passed = hasPassed(quiz.lastScore, session.masteryPercent);
    return (
      <ScreenFrame screen={screen}>
        <div class="quiz-summary">
          <h2 id={QUIZ_FOCUS.summary} tabIndex={-1}>
            {t("quiz.submitted", { score: quiz.lastScore ?? 0 })}
          </h2>
          <p>{passed ? t("results.passed") : t("results.failed")}</p>
          <p>{t("quiz.goToResults")}</p>
          {!passed && (
            <button type="button" class="button button-secondary" onClick={view.retry}>
              {t("quiz.retry")}
            </button>
          )}
        </div>
      </ScreenFrame>
    );
  }
  if (!question) return null;
  // Listen reads the introduction (first question only, as shown) and then the question.
  const questionClip = { id: question.id, parts: questionParts(question, { true: t("quiz.true"), false: t("quiz.false") }) };
  const narration = quiz.position === 0 ? [{ id: screen.id, parts: screenParts(screen) }, questionClip] : [questionClip];
  return (
    // The introduction stays with the first question only, so later questions sit near the top.
    <ScreenFrame screen={screen} showText={quiz.position === 0} narration={narration}>
      <p class="quiz-counter">
        {t("quiz.counter", { current: quiz.position + 1, total })}
        {quiz.attempt > 1 && <span class="quiz-attempt"> · {t("quiz.attempt", { attempt: quiz.attempt })}</span>}
      </p>
      <QuestionCard
        key={`${quiz.attempt}:${question.id}`}
        question={question}
        attempt={quiz.attempt}
        locked={quiz.answers[question.id]}
        isLast={quiz.position === total - 1}
        onCheck={view.check}
        onNext={view.next}
        onSubmit={view.submit}
      />
    </ScreenFrame>
  );
}
