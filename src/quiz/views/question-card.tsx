// One question: prompt, input, "Check"; then feedback and "Next question" (or "Hand in").
import { useRef, useState } from "preact/hooks";
import type { Question } from "../../lesson/lesson-types";
import { useT } from "../../i18n/use-translate";
import { isCorrectAnswer, type QuizAnswer } from "../question-kinds";
import { QUIZ_FOCUS } from "../use-quiz-view";
import { answerToDraft, draftToAnswer, initialDraft, QuestionInput, type Draft } from "./question-input";

interface Props {
  question: Question;
  attempt: number;
  /** The checked answer, once there is one. */
  locked: QuizAnswer | undefined;
  isLast: boolean;
  onCheck: (answer: QuizAnswer, shownAt: Date) => void;
  onNext: () => void;
  onSubmit: () => void;
}

export function QuestionCard({ question: q, attempt, locked, isLast, onCheck, onNext, onSubmit }: Props) {
  const t = useT();
  const [draft, setDraft] = useState<Draft>(() => initialDraft(q, attempt));
  const [hint, setHint] = useState("");
  const shownAt = useRef(new Date());
  const isLocked = locked !== undefined;
  const shown = isLocked ? answerToDraft(q, locked) : draft;

  const check = () => {
    const answer = draftToAnswer(q, draft);
    if (answer === null || (Array.isArray(answer) && answer.length === 0) || (q.kind === "matching" && Object.keys(answer).length < q.prompts.length)) {
      setHint(t("quiz.chooseFirst"));
      return;
    }
    onCheck(answer, shownAt.current);
  };

  const right = isLocked && isCorrectAnswer(q, locked);
  return (
    <div class="question" data-question-id={q.id}>
      <fieldset class="question-fieldset">
        <legend>
          <h2 id={QUIZ_FOCUS.question} class="question-prompt" tabIndex={-1}>
            {q.prompt}
          </h2>
        </legend>
        {q.kind === "multiple-choice" && !isLocked && <p class="small-print">{t("quiz.chooseAll")}</p>}
        <QuestionInput
          question={q}
          draft={shown}
          locked={isLocked}
          onDraft={(d) => {
            setHint("");
            setDraft(d);
          }}
        />
      </fieldset>
      {!isLocked && (
        <>
          <p class="hint" aria-live="polite">
            {hint}
          </p>
          <button type="button" class="button button-primary" onClick={check}>
            {t("quiz.check")}
          </button>
        </>
      )}
      {isLocked && (
        <>
          <div id={QUIZ_FOCUS.feedback} class={right ? "feedback feedback-right" : "feedback feedback-wrong"} tabIndex={-1} role="group" aria-label={t("quiz.feedbackLabel")}>
            <p class="feedback-title">
              <span aria-hidden="true">{right ? "✓ " : "✗ "}</span>
              {right ? t("quiz.correct") : t("quiz.incorrect")}
            </p>
            <p>{q.explanation}</p>
          </div>
          <button type="button" class="button button-primary" onClick={isLast ? onSubmit : onNext}>
            {isLast ? t("quiz.submit") : t("quiz.nextQuestion")}
          </button>
        </>
      )}
    </div>
  );
}
