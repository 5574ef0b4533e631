// Ordering: a list with "move up" / "move down" buttons on each item (no dragging). Moves are
// announced, and focus follows the moved item so the student can keep pressing.
import { useEffect, useRef, useState } from "preact/hooks";
import type { OrderingQuestion } from "../../lesson/lesson-types";
import { useT } from "../../i18n/use-translate";
import { LiveRegion } from "../../ui/live-region";

interface Props {
  question: OrderingQuestion;
  order: readonly string[];
  locked: boolean;
  onChange: (order: string[]) => void;
}

export function OrderingInput({ question, order, locked, onChange }: Props) {
  const t = useT();
  const [announcement, setAnnouncement] = useState("");
  const refocus = useRef<string | null>(null);
  const text = (id: string) => question.items.find((i) => i.id === id)?.text ?? "";
  const buttonId = (itemId: string, dir: "up" | "down") => `order-${question.id}-${itemId}-${dir}`;

  useEffect(() => {
    if (refocus.current) document.getElementById(refocus.current)?.focus();
    refocus.current = null;
  }, [order]);

  const move = (index: number, dir: "up" | "down") => {
    const to = dir === "up" ? index - 1 : index + 1;
    const id = order[index];
    if (locked || id === undefined || to < 0 || to >= order.length) return;
    const next = [...order];
    next[index] = next[to]!;
    next[to] = id;
    // At the top or bottom the same button stops making sense: focus the other one.
    const edge = to === 0 || to === order.length - 1;
    refocus.current = buttonId(id, edge ? (dir === "up" ? "down" : "up") : dir);
    setAnnouncement(t("quiz.moved", { item: text(id), position: to + 1 }));
    onChange(next);
  };

  return (
    <>
      {!locked && <p class="small-print">{t("quiz.orderHint")}</p>}
      <ol class="ordering">
        {order.map((id, i) => {
          const right = question.items[i]?.id === id;
          return (
            <li key={id} class={locked ? (right ? "order-item choice-right" : "order-item choice-wrong") : "order-item"}>
              <span class="order-number" aria-hidden="true">
                {i + 1}
              </span>
              <span class="order-text">{text(id)}</span>
              {!locked && (
                <span class="order-buttons">
                  <button type="button" id={buttonId(id, "up")} class="button order-button" aria-label={t("quiz.moveUp", { item: text(id) })} aria-disabled={i === 0 ? "true" : undefined} onClick={() => move(i, "up")}>
                    ↑
                  </button>
                  <button type="button" id={buttonId(id, "down")} class="button order-button" aria-label={t("quiz.moveDown", { item: text(id) })} aria-disabled={i === order.length - 1 ? "true" : undefined} onClick={() => move(i, "down")}>
                    ↓
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {locked && order.some((id, i) => question.items[i]?.id !== id) && (
        <div class="ordering-correct">
          <p>{t("quiz.rightOrder")}</p>
          <ol>
            {question.items.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ol>
        </div>
      )}
      <LiveRegion text={announcement} />
    </>
  );
}
