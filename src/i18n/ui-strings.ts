// Where UI strings come from: one JSON file per language in src/i18n/strings/<language>.json,
// found by a glob, so a new language is a new file and nothing else here. Vietnamese (the
// default, and the fallback for any missing key) ships in the entry chunk; every other language
// is its own small chunk, fetched only when asked for. Each file names its own language
// ("language.name": "Tiếng Việt", "English"): the language switch shows those names.
import vi from "./strings/vi.json";

/** Every UI string key; each strings file must have exactly these keys (a unit test checks). */
export type UiStrings = typeof vi;
export type UiKey = keyof UiStrings;

export const DEFAULT_LANGUAGE = "vi";

const OTHERS = import.meta.glob<UiStrings>(["./strings/*.json", "!./strings/vi.json"], { import: "default" });
const FILE = /\/strings\/([^/]+)\.json$/;

const loaders: Record<string, () => Promise<UiStrings>> = { [DEFAULT_LANGUAGE]: () => Promise.resolve(vi) };
for (const [file, load] of Object.entries(OTHERS)) {
  const language = FILE.exec(file)?.[1];
  if (language) loaders[language] = load;
}

/** Languages with a strings file, Vietnamese first. */
export const UI_LANGUAGES: readonly string[] = [DEFAULT_LANGUAGE, ...Object.keys(loaders).filter((l) => l !== DEFAULT_LANGUAGE).sort()];

const loaded = new Map<string, UiStrings>([[DEFAULT_LANGUAGE, vi]]);

export function hasUiStrings(language: string): boolean {
  return Object.prototype.hasOwnProperty.call(loaders, language);
}

/** The strings of one language (fetched once). Rejects for a language without a file. */
export async function loadUiStrings(language: string): Promise<UiStrings> {
  const cached = loaded.get(language);
  if (cached) return cached;
  const load = loaders[language];
  if (!load) throw new Error(`No UI strings for language "${language}"`);
  const strings = await load();
  loaded.set(language, strings);
  return strings;
}

/** The language's strings if already loaded, else Vietnamese's: for the load-error page, which
 *  cannot wait for a fetch. Says which language it gave. */
export function loadedUiStrings(language: string): { language: string; strings: UiStrings } {
  const strings = loaded.get(language);
  return strings ? { language, strings } : { language: DEFAULT_LANGUAGE, strings: vi };
}
