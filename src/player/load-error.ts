// Shown when the lesson cannot start. Plain DOM with textContent only (this runs when Preact or
// i18n may be what failed, and nothing from an error message may ever become HTML).
import en from "../i18n/strings/en.json";
import vi from "../i18n/strings/vi.json";

export function showLoadError(root: HTMLElement, language: string, error: unknown): void {
  console.error("call-111: the lesson could not start", error);
  const s = language === "en" ? en : vi;
  document.documentElement.lang = language === "en" ? "en" : "vi";
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
  root.replaceChildren(box);
}
