// Shown when the lesson cannot start. Plain DOM with textContent only (this runs when Preact or
// i18n may be what failed, and nothing from an error message may ever become HTML).
import type { LoadErrorText } from "../i18n/language-pack";
import { DEFAULT_LANGUAGE } from "../i18n/ui-strings";

/** Shows the page in `language` when its words are built in, else in Vietnamese. The button
 *  calls `retry` once; a retry that fails shows this page again with a fresh button. */
export function showLoadError(
  root: HTMLElement,
  texts: Readonly<Record<string, LoadErrorText>>,
  language: string,
  error: unknown,
  retry: () => void,
): void {
  console.error("call-111: the lesson could not start", error);
  const shownLanguage = Object.prototype.hasOwnProperty.call(texts, language) ? language : DEFAULT_LANGUAGE;
  const s = texts[shownLanguage] as LoadErrorText;
  document.documentElement.lang = shownLanguage;
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
  // Pressed once per page: aria-disabled rather than disabled, which would drop keyboard focus.
  let pressed = false;
  reload.addEventListener("click", () => {
    if (pressed) return;
    pressed = true;
    reload.setAttribute("aria-disabled", "true");
    retry();
  });
  add("p", s["error.hotline"], "calm-note");
  // A retry that failed again: keep keyboard focus on the button, as it was.
  const hadFocus = root.contains(document.activeElement);
  // Not replaceChildren: Chrome 80 / Safari 13.1 lack it.
  root.textContent = "";
  root.appendChild(box);
  if (hadFocus) reload.focus();
}
