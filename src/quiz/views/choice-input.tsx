// Radio group (single choice, true/false) or checkboxes (multiple choice), as big tiles.
// Native inputs: arrow keys, Space and screen-reader semantics come for free.
import type { Option } from "../../lesson/lesson-types";
import { useT } from "../../i18n/use-translate";

interface Props {
  name: string;
  options: readonly Option[];
  multiple: boolean;
  chosen: readonly string[];
  /** Set once the answer is checked: inputs lock and the right options are marked. */
  correct: readonly string[] | null;
  onChange: (chosen: string[]) => void;
  wide?: boolean;
}

export function ChoiceInput({ name, options, multiple, chosen, correct, onChange, wide }: Props) {
  const t = useT();
  const toggle = (id: string, on: boolean) => {
    if (!multiple) return onChange([id]);
    onChange(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  };
  return (
    <div class={wide ? "choices choices-wide" : "choices"}>
      {options.map((o) => {
        const isChosen = chosen.includes(o.id);
        const isRight = correct?.includes(o.id) ?? false;
        const mark = correct ? (isRight ? "choice-right" : isChosen ? "choice-wrong" : "") : "";
        return (
          <label key={o.id} class={`choice ${isChosen ? "choice-chosen" : ""} ${mark}`}>
            <input
              type={multiple ? "checkbox" : "radio"}
              name={name}
              value={o.id}
              checked={isChosen}
              disabled={correct !== null}
              onChange={(e) => toggle(o.id, (e.currentTarget as HTMLInputElement).checked)}
            />
            <span class="choice-text">{o.text}</span>
            {correct && (isRight || isChosen) && (
              // Said in words, not only in colour: which answers were right, and which chosen one was not.
              <span class={isRight ? "choice-mark" : "choice-mark choice-mark-wrong"}>
                {isRight ? `✓ ${t(isChosen ? "quiz.correct" : "quiz.rightAnswer")}` : `✗ ${t("quiz.notThisOne")}`}
              </span>
            )}
          </label>
        );
      })}
    </div>
  );
}
