// UI strings (never lesson text: that comes from the lesson data) through i18next. The strings
// arrive with each language's data file (language-pack.ts); the build guarantees every language
// has every key. Language is state: changeUiLanguage() switches it live (the language switch
// calls it together with the other language's lesson).
import i18next, { type i18n } from "i18next";
import type { UiKey, UiStrings } from "./ui-strings";

export { DEFAULT_LANGUAGE, type UiKey } from "./ui-strings";
export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

export async function setupI18n(language: string, strings: UiStrings): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    // Every language has every key (checked at build), so there is nothing to fall back to.
    fallbackLng: false,
    resources: { [language]: { translation: strings } },
    // Keys are flat ("nav.next"), so no nesting separators.
    keySeparator: false,
    nsSeparator: false,
    // Preact renders every string as a text node, never as HTML, so i18next must not
    // HTML-escape values too (a learner name like "O'Brien" would show as "O&#39;Brien").
    interpolation: { escapeValue: false },
  });
  setDocumentLanguage(language);
  return instance;
}

/** Adds the language's strings if needed, then switches; the page's lang attribute follows. */
export async function changeUiLanguage(instance: i18n, language: string, strings: UiStrings): Promise<void> {
  if (!instance.hasResourceBundle(language, "translation")) instance.addResourceBundle(language, "translation", strings);
  await instance.changeLanguage(language);
  setDocumentLanguage(language);
}

/** A translate function bound to the instance's current language. A new function after each
 *  change of language, so components reading it from context re-render. */
export function translator(instance: i18n): Translate {
  const language = instance.language;
  return (key, vars) => instance.t(key, { ...(vars ?? {}), lng: language }) as string;
}

export function setDocumentLanguage(language: string): void {
  if (typeof document !== "undefined") document.documentElement.lang = language;
}
