// The classroom's UI strings: every strings file, bundled whole into the classroom's one classic
// script (the learner's player gets them as data instead; from file:// a page can fetch nothing).
// The build has checked them (scorm/ui-strings-files.ts) before this bundle is made.
import type { LoadErrorText } from "../i18n/language-pack";
import { LOAD_ERROR_KEYS, type UiStrings } from "../i18n/ui-strings";
import type { LanguageOption } from "../player/language-controller";

const FILES = import.meta.glob<UiStrings>("../i18n/strings/*.json", { eager: true, import: "default" });

export const classroomUi: Readonly<Record<string, UiStrings>> = Object.fromEntries(
  Object.entries(FILES).flatMap(([file, strings]) => {
    const language = /\/([^/]+)\.json$/.exec(file)?.[1];
    return language ? [[language, strings]] : [];
  }),
);

/** The listed languages that have UI strings, each named in itself. */
export function classroomLanguages(listed: readonly string[]): LanguageOption[] {
  return listed.filter((code) => code in classroomUi).map((code) => ({ code, name: (classroomUi[code] as UiStrings)["language.name"] }));
}

export const classroomErrorText: Readonly<Record<string, LoadErrorText>> = Object.fromEntries(
  Object.entries(classroomUi).map(([language, strings]) => [language, Object.fromEntries(LOAD_ERROR_KEYS.map((key) => [key, strings[key]])) as LoadErrorText]),
);
