// Matching: one labelled <select> of targets per prompt (accessible everywhere, no dragging).
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import type { MatchingQuestion } from "../../lesson/lesson-types";
import { useT } from "../../i18n/use-translate";
import { isCutShort } from "./cut-short";

interface Props {
  question: MatchingQuestion;
  value: Readonly<Record<string, string>>;
  locked: boolean;
  onChange: (value: Record<string, string>) => void;
}

export function MatchingInput({ question, value, locked, onChange }: Props) {
  const t = useT();
  const targetText = (id: string) => question.targets.find((tg) => tg.id === id)?.text ?? "";
  // Selects (by id) whose chosen text does not fit: measured after each change and on resize/zoom.
  const list = useRef<HTMLUListElement>(null);
  const [cut, setCut] = useState("");
  useLayoutEffect(() => {
    const measure = () => {
      const ids = [...(list.current?.querySelectorAll("select") ?? [])].filter(isCutShort).map((s) => s.id).join(" ");
      setCut(ids);
    };
    measure();
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, [value]);
  const isCut = (id: string) => cut.split(" ").includes(id);
  return (
    <ul class="matching" ref={list}>
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
            {/* A closed drop-down too narrow for the chosen text: it is also written out in full.
                Hidden from screen readers: the select already says it. */}
            {chosen && isCut(id) && (
              <span class="match-chosen" aria-hidden="true">
                {targetText(chosen)}
              </span>
            )}
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
