// Picks the input for a question kind and converts between its draft and a QuizAnswer.
import type { Question } from "../../lesson/lesson-types";
import { useT } from "../../i18n/use-translate";
import type { QuizAnswer } from "../question-kinds";
import { seededShuffle } from "../seeded-shuffle";
import { ChoiceInput } from "./choice-input";
import { MatchingInput } from "./matching-input";
import { OrderingInput } from "./ordering-input";

/** What the inputs hold before the answer is checked. */
export type Draft = string[] | boolean | null | Record<string, string>;

/** The starting draft. Ordering starts shuffled, the same way every time for this question and
 *  attempt (a reload mid-question shows the same list), and never already in the right order. */
export function initialDraft(q: Question, attempt: number): Draft {
  switch (q.kind) {
    case "single-choice":
    case "multiple-choice":
      return [];
    case "true-false":
      return null;
    case "matching":
      return {};
    case "ordering":
      return seededShuffle(q.items.map((i) => i.id), `${q.id}:${attempt}`, true);
  }
}

/** The draft as an answer in the question kind's shape (validity is checked by the engine). */
export function draftToAnswer(q: Question, draft: Draft): QuizAnswer | null {
  if (draft === null) return null;
  if (q.kind === "single-choice") return Array.isArray(draft) && draft.length === 1 ? draft[0]! : null;
  return draft;
}

/** The locked answer back as a draft, for showing it after checking. */
export function answerToDraft(q: Question, answer: QuizAnswer): Draft {
  if (q.kind === "single-choice") return [answer as string];
  if (typeof answer === "boolean") return answer;
  return Array.isArray(answer) ? [...(answer as string[])] : { ...(answer as Record<string, string>) };
}

interface Props {
  question: Question;
  draft: Draft;
  locked: boolean;
  onDraft: (draft: Draft) => void;
}

export function QuestionInput({ question: q, draft, locked, onDraft }: Props) {
  const t = useT();
  switch (q.kind) {
    case "single-choice":
    case "multiple-choice": {
      const correct = locked ? (q.kind === "single-choice" ? [q.answer] : q.answers) : null;
      return <ChoiceInput name={q.id} options={q.options} multiple={q.kind === "multiple-choice"} chosen={(draft as string[]) ?? []} correct={correct} onChange={onDraft} />;
    }
    case "true-false": {
      const options = [
        { id: "true", text: t("quiz.true") },
        { id: "false", text: t("quiz.false") },
      ];
      const chosen = draft === null ? [] : [String(draft)];
      return (
        <ChoiceInput name={q.id} options={options} multiple={false} chosen={chosen} correct={locked ? [String(q.answer)] : null} onChange={(ids) => onDraft(ids[0] === "true")} wide />
      );
    }
    case "matching":
      return <MatchingInput question={q} value={(draft as Record<string, string>) ?? {}} locked={locked} onChange={onDraft} />;
    case "ordering":
      return <OrderingInput question={q} order={(draft as string[]) ?? []} locked={locked} onChange={onDraft} />;
  }
}
