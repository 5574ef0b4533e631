// A modal dialog: role=dialog + aria-modal, focus moves in and is trapped, Escape or the close
// button closes, and focus goes back to whatever opened it.
import type { ComponentChildren } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";
import { trapTab } from "./focus-trap";

interface Props {
  titleId: string;
  title: string;
  closeLabel: string;
  onClose: () => void;
  children: ComponentChildren;
}

export function ModalDialog({ titleId, title, closeLabel, onClose, children }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  // A layout effect, so focus is inside before the next key press: a plain effect runs after
  // paint, and on a slow machine an Escape typed at once would go to the button behind.
  useLayoutEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    box.current?.querySelector<HTMLElement>("h2")?.focus();
    // Escape is heard on the whole document, wherever focus happens to be while it is open.
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape" && event.key !== "Esc") return;
      event.preventDefault();
      closeRef.current();
    };
    document.addEventListener("keydown", onEscape);
    return () => {
      document.removeEventListener("keydown", onEscape);
      opener?.focus?.();
    };
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (box.current) trapTab(event, box.current);
  };
  return (
    <div class="dialog-backdrop">
      <div ref={box} class="dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown}>
        <h2 id={titleId} tabIndex={-1}>
          {title}
        </h2>
        {/* Only the body scrolls, so the close button stays in view on a small phone. */}
        {/* Focusable so keyboard users can scroll it when the text is longer than the screen. */}
        <div class="dialog-body" tabIndex={0} role="group" aria-labelledby={titleId}>
          {children}
        </div>
        <button type="button" class="button button-primary dialog-close" onClick={onClose}>
          {closeLabel}
        </button>
      </div>
    </div>
  );
}
