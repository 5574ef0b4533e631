// Shown when the lesson cannot start. Plain DOM with textContent only (this runs when Preact or
// i18n may be what failed, and nothing from an error message may ever become HTML).
import { loadedUiStrings } from "../i18n/ui-strings";

export function showLoadError(root: HTMLElement, language: string, error: unknown): void {
  console.error("call-111: the lesson could not start", error);
  // The language's strings if they had arrived before the failure, else Vietnamese.
  const shown = loadedUiStrings(language);
  const s = shown.strings;
  document.documentElement.lang = shown.language;
  const box = document.createElement("main");
  box.className = "load-error";
  const add = (tag: string, text: string, className?: string) => {
    const el = document.createElement(tag);
    el.textContent = text;
    if (className) el.className = className;
    box.appendChild(el);
    return el;
  };
  add("h1", s["error.title"]);
  add("p", s["error.text"]);
  const reload = add("button", s["error.reload"], "button button-primary") as HTMLButtonElement;
  reload.type = "button";
  reload.addEventListener("click", () => window.location.reload());
  add("p", s["error.hotline"], "calm-note");
  // Not replaceChildren: Chrome 80 / Safari 13.1 lack it.
  root.textContent = "";
  root.appendChild(box);
}
