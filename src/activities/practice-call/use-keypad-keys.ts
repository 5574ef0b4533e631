// Lets a physical keyboard dial: digits, * and # add a key, Backspace deletes, Enter calls
// (unless focus is on a control, whose own Enter must win). Ignored while a
// modal dialog is open, with modifier keys, or when focus is in a form field.
import { useEffect } from "preact/hooks";

export function useKeypadKeys(active: boolean, onKey: (key: string) => void, onDelete: () => void, onCall: () => void): void {
  useEffect(() => {
    if (!active) return;
    const listener = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest?.("input, select, textarea, [aria-modal='true']")) return;
      if (document.querySelector("[aria-modal='true']")) return;
      if (/^[0-9*#]$/.test(event.key)) {
        event.preventDefault();
        onKey(event.key);
      } else if (event.key === "Backspace") {
        event.preventDefault();
        onDelete();
      } else if (event.key === "Enter" && !target?.closest?.("button, a, [role='button']")) {
        event.preventDefault();
        onCall();
      }
    };
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, [active, onKey, onDelete, onCall]);
}
