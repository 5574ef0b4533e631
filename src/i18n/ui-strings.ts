// UI strings live in one JSON file per language in src/i18n/strings/<language>.json; a new
// language is a new file and nothing else. They are not bundled as code: the build checks them
// (scorm/ui-strings-files.ts) and ships each language's strings beside its lesson
// (language-pack.ts). Each file names its own language ("language.name": "Tiếng Việt",
// "English"): the language switch shows those names.
import type vi from "./strings/vi.json";

/** Every UI string key; each strings file must have exactly these keys (the build checks). */
export type UiStrings = typeof vi;
export type UiKey = keyof UiStrings;

export const DEFAULT_LANGUAGE = "vi";

/** Strings the load-error page shows when the lesson data itself could not arrive. */
export const LOAD_ERROR_KEYS = ["error.title", "error.text", "error.reload", "error.hotline"] as const;
