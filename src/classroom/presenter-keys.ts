// Presenter keys: → / PageDown / Space = next, ← / PageUp = back, R = reveal, N = notes,
// ? = key help. PageUp/PageDown are what most presentation clickers send. A key is left alone
// when the control that has focus needs it (arrows and Space on a radio button or checkbox, any
// key in a list box or text field, Space on a button or link), while a dialog is open, and with
// Ctrl/Alt/Cmd (browser shortcuts). Pure, so the rules are unit-tested.
export type PresenterAction = "next" | "back" | "reveal" | "notes" | "help";

export interface KeyInfo {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/** What focus is on, as far as the rules care. */
export type FocusKind = "none" | "choice" | "field" | "activator";

const ACTIONS: Record<string, PresenterAction> = {
  ArrowRight: "next",
  Right: "next",
  PageDown: "next",
  " ": "next",
  Spacebar: "next",
  ArrowLeft: "back",
  Left: "back",
  PageUp: "back",
  r: "reveal",
  R: "reveal",
  n: "notes",
  N: "notes",
  "?": "help",
};

/** Keys a radio button or checkbox uses itself (move within the group, tick). */
const CHOICE_KEYS = new Set(["ArrowRight", "Right", "ArrowLeft", "Left", " ", "Spacebar"]);

export function presenterAction(event: KeyInfo, focus: FocusKind, dialogOpen: boolean): PresenterAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey || dialogOpen) return null;
  const action = ACTIONS[event.key];
  if (!action) return null;
  if (focus === "field") return null;
  if (focus === "choice" && CHOICE_KEYS.has(event.key)) return null;
  if (focus === "activator" && (event.key === " " || event.key === "Spacebar")) return null;
  return action;
}

/** Sorts the focused element into the kinds presenterAction() distinguishes. */
export function focusKind(element: Element | null): FocusKind {
  if (!element || !element.closest) return "none";
  if (element.closest("input[type='radio'], input[type='checkbox']")) return "choice";
  if (element.closest("input, select, textarea, [contenteditable='true'], [role='listbox'], [role='slider']")) return "field";
  if (element.closest("button, a[href], summary, [role='button']")) return "activator";
  return "none";
}
