// UI strings (never lesson text: that comes from the lesson data). Vietnamese is the default
// and the fallback for a missing key. Language is state: changeUiLanguage() switches it live,
// so a visible language switch only has to call it and reload the lesson.
import i18next, { type i18n } from "i18next";
import en from "./strings/en.json";
import vi from "./strings/vi.json";

/** Every UI string key; en.json must have the same keys (a unit test checks). */
export type UiKey = keyof typeof vi;
export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

export const DEFAULT_LANGUAGE = "vi";
const RESOURCES = { vi: { translation: vi }, en: { translation: en } } as const;
export const UI_LANGUAGES: readonly string[] = Object.keys(RESOURCES);

export async function setupI18n(language: string): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    resources: RESOURCES,
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

export async function changeUiLanguage(instance: i18n, language: string): Promise<void> {
  await instance.changeLanguage(language);
  setDocumentLanguage(language);
}

export function translator(instance: i18n): Translate {
  return (key, vars) => instance.t(key, vars ?? {}) as string;
}

function setDocumentLanguage(language: string): void {
  if (typeof document !== "undefined") document.documentElement.lang = language;
}
