// Matching: one labelled <select> of targets per prompt (accessible everywhere, no dragging).
import type { MatchingQuestion } from "../../lesson/lesson-types";
import { useT } from "../../i18n/use-translate";

interface Props {
  question: MatchingQuestion;
  value: Readonly<Record<string, string>>;
  locked: boolean;
  onChange: (value: Record<string, string>) => void;
}

export function MatchingInput({ question, value, locked, onChange }: Props) {
  const t = useT();
  const targetText = (id: string) => question.targets.find((tg) => tg.id === id)?.text ?? "";
  return (
    <ul class="matching">
      {question.prompts.map((p) => {
        const id = `match-${question.id}-${p.id}`;
        const chosen = value[p.id] ?? "";
        const right = chosen === p.match;
        return (
          <li key={p.id} class={locked ? (right ? "match-row choice-right" : "match-row choice-wrong") : "match-row"}>
            <label for={id} class="match-prompt">
              {p.text}
            </label>
            <select
              id={id}
              class="match-select"
              value={chosen}
              disabled={locked}
              onChange={(e) => {
                const next = { ...value };
                const target = (e.currentTarget as HTMLSelectElement).value;
                if (target) next[p.id] = target;
                else delete next[p.id];
                onChange(next);
              }}
            >
              <option value="">{t("quiz.selectPlaceholder")}</option>
              {question.targets.map((tg) => (
                <option key={tg.id} value={tg.id}>
                  {tg.text}
                </option>
              ))}
            </select>
            {locked && (
              <p class="result">
                <span aria-hidden="true">{right ? "✓ " : "✗ "}</span>
                {right ? t("quiz.correct") : `${t("quiz.incorrect")} → ${targetText(p.match)}`}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
