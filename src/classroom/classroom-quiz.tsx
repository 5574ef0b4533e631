// The quiz in classroom mode: every question of the bank in turn, shown large, answered together
// (a show of hands), then revealed. The teacher may mark the class's choice with the same inputs
// a learner uses; nothing is checked against a score, recorded or kept. Reveal (R or the button)
// marks the right answer(s), using the learner's locked view, and shows the explanation.
// The screen opens on its introduction alone (on a projector the first question would sit below
// the fold under it); Next/Back move through the introduction and the questions before they leave
// the screen.
import { useEffect, useRef, useState } from "preact/hooks";
import type { Question, QuizScreen } from "../lesson/lesson-types";
import { useT } from "../i18n/use-translate";
import { questionParts } from "../narration/narration-script";
import { ScreenFrame } from "../player/screen-frame";
import { QUIZ_FOCUS } from "../quiz/use-quiz-view";
import { initialDraft, QuestionInput, type Draft } from "../quiz/views/question-input";
import type { ScreenProps } from "../screens/screen-props";
import { useScreenSteps } from "./screen-steps";

/** The answer itself as a draft: what Reveal shows for a matching or ordering question the
 *  class's choice was not entered for. */
function rightDraft(q: Question): Draft {
  switch (q.kind) {
    case "single-choice":
      return [q.answer];
    case "multiple-choice":
      return [...q.answers];
    case "true-false":
      return q.answer;
    case "matching":
      return Object.fromEntries(q.prompts.map((p) => [p.id, p.match]));
    case "ordering":
      return q.items.map((i) => i.id);
  }
}

interface QuestionState {
  draft: Draft;
  touched: boolean;
  revealed: boolean;
}

export function ClassroomQuizScreen({ screen }: ScreenProps<QuizScreen>) {
  const t = useT();
  const questions = screen.questions;
  /** -1: the introduction; 0…: the questions. */
  const [position, setPosition] = useState(-1);
  const [states, setStates] = useState<Record<string, QuestionState>>({});
  const focusQuestion = useRef(false);
  const revealing = useRef(false);
  const question = questions[position];
  const state: QuestionState | undefined = question ? (states[question.id] ?? { draft: initialDraft(question, 1), touched: false, revealed: false }) : undefined;

  useEffect(() => {
    if (!focusQuestion.current) return;
    focusQuestion.current = false;
    window.scrollTo(0, 0);
    document.getElementById(position < 0 ? "screen-title" : QUIZ_FOCUS.question)?.focus();
  }, [position]);
  // The answer comes into view when revealed (the class reads it from the back of the room).
  useEffect(() => {
    if (!revealing.current) return;
    revealing.current = false;
    document.getElementById(QUIZ_FOCUS.feedback)?.scrollIntoView({ block: "nearest" });
  });

  const update = (change: Partial<QuestionState>) => {
    if (!question || !state) return;
    setStates((all) => ({ ...all, [question.id]: { ...state, ...change } }));
  };
  const reveal = () => {
    if (!question || !state || state.revealed) return;
    const keepClassChoice = state.touched || question.kind === "single-choice" || question.kind === "multiple-choice" || question.kind === "true-false";
    update({ revealed: true, draft: keepClassChoice ? state.draft : rightDraft(question) });
    revealing.current = true;
  };
  const move = (to: number) => {
    if (to < -1 || to >= questions.length) return false;
    focusQuestion.current = true;
    setPosition(to);
    return true;
  };

  useScreenSteps({
    next: () => move(position + 1),
    back: () => move(position - 1),
    reveal,
    canReveal: !!state && !state.revealed,
  });

  if (position < 0) {
    return (
      <ScreenFrame screen={screen}>
        <p class="quiz-counter classroom-quiz-count">{t("classroom.quiz.count", { total: questions.length })}</p>
      </ScreenFrame>
    );
  }
  if (!question || !state) return null;
  const questionClip = { id: question.id, parts: questionParts(question, { true: t("quiz.true"), false: t("quiz.false") }) };
  return (
    <ScreenFrame screen={screen} showText={false} narration={[questionClip]}>
      <p class="quiz-counter">{t("quiz.counter", { current: position + 1, total: questions.length })}</p>
      <div class="question classroom-question" data-question-id={question.id} key={question.id}>
        <fieldset class="question-fieldset">
          <legend>
            <h2 id={QUIZ_FOCUS.question} class="question-prompt" tabIndex={-1}>
              {question.prompt}
            </h2>
          </legend>
          {!state.revealed && <p class="small-print classroom-hands">{t("classroom.quiz.hands")}</p>}
          <QuestionInput
            question={question}
            draft={state.draft}
            locked={state.revealed}
            onDraft={(draft) => update({ draft, touched: true })}
          />
        </fieldset>
        {state.revealed && (
          <div id={QUIZ_FOCUS.feedback} class="feedback feedback-right" role="group" aria-label={t("quiz.feedbackLabel")} data-testid="classroom-answer">
            <p class="feedback-title">{t("classroom.quiz.answer")}</p>
            <p>{question.explanation}</p>
          </div>
        )}
      </div>
    </ScreenFrame>
  );
}
