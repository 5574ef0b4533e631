// Sorting without dragging: choose a situation card (a toggle button), then choose a bin
// (a button). Works the same by mouse, touch and keyboard. Each placement shows feedback under
// its bin and is announced in a live region; focus moves on to the next card.
import { useEffect, useRef, useState } from "preact/hooks";
import type { SortingBin, SortingItem, SortingScreen } from "../../lesson/lesson-types";
import { useT } from "../../i18n/use-translate";
import { LiveRegion } from "../../ui/live-region";
import type { SortingState } from "./sorting-state";

interface Props {
  screen: SortingScreen;
  state: SortingState;
  onPlace: (itemId: string, binId: string) => void;
}

export function SortingBoard({ screen, state, onPlace }: Props) {
  const t = useT();
  const unplaced = screen.items.filter((i) => state[i.id] === undefined);
  const [selected, setSelected] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const board = useRef<HTMLDivElement>(null);
  const focusAfterPlace = useRef(false);
  const focusBins = useRef(false);
  const label = (binId: string) => screen.bins.find((b) => b.id === binId)?.label ?? "";

  useEffect(() => {
    if (!focusAfterPlace.current) return;
    focusAfterPlace.current = false;
    board.current?.querySelector<HTMLElement>(".sort-item, .sort-done")?.focus();
  }, [unplaced.length]);

  useEffect(() => {
    if (!focusBins.current) return;
    focusBins.current = false;
    board.current?.querySelector<HTMLElement>(".bin-button")?.focus();
  }, [selected]);

  const place = (bin: SortingBin) => {
    const item = screen.items.find((i) => i.id === selected);
    if (!item) return setAnnouncement(t("sort.pickFirst"));
    const right = item.bin === bin.id;
    const result = right ? t("sort.right") : t("sort.wrong", { bin: label(item.bin) });
    setAnnouncement(t("sort.announce", { item: item.text, result, feedback: item.feedback }));
    setSelected(null);
    focusAfterPlace.current = true;
    onPlace(item.id, bin.id);
  };

  return (
    <div class="sorting" ref={board}>
      {unplaced.length > 0 ? (
        <>
          <h2 class="sort-heading">{t("sort.itemsLabel")}</h2>
          <p class="small-print">{t("sort.left", { count: unplaced.length })}</p>
          <ul class="sort-items">
            {unplaced.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  class="button sort-item"
                  aria-pressed={selected === item.id ? "true" : "false"}
                  onClick={() => {
                    const pick = selected === item.id ? null : item.id;
                    setSelected(pick);
                    setAnnouncement(pick ? t("sort.selected", { item: item.text }) : "");
                    // The bins are further down (off screen on a phone): take the student there.
                    if (pick) focusBins.current = true;
                  }}
                >
                  {item.text}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="sort-done" tabIndex={-1}>
          {t("sort.done")}
        </p>
      )}
      <LiveRegion text={announcement} visible />
      <h2 class="sort-heading">{t("sort.binsLabel")}</h2>
      <ul class="bins">
        {screen.bins.map((bin) => (
          <li key={bin.id} class="bin">
            {unplaced.length > 0 && (
              <button
                type="button"
                class="button bin-button"
                aria-disabled={selected ? undefined : "true"}
                onClick={() => place(bin)}
              >
                {t("sort.placeIn", { bin: bin.label })}
              </button>
            )}
            {unplaced.length === 0 && <h3 class="bin-label">{bin.label}</h3>}
            <PlacedItems binId={bin.id} items={screen.items.filter((i) => state[i.id] === bin.id)} label={label} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The items the student put in one bin; each says whether this bin was the right one. */
function PlacedItems({ binId, items, label }: { binId: string; items: SortingItem[]; label: (binId: string) => string }) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <ul class="placed">
      {items.map((item) => {
        const right = item.bin === binId;
        return (
          <li key={item.id} class={right ? "placed-item placed-right" : "placed-item placed-wrong"}>
            <p class="placed-text">{item.text}</p>
            <p class="result">
              <span aria-hidden="true">{right ? "✓ " : "✗ "}</span>
              {right ? t("sort.right") : t("sort.wrong", { bin: label(item.bin) })} {item.feedback}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
