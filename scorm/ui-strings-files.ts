// The UI strings (src/i18n/strings/<language>.json) as the build reads them. They ship as data
// beside each language's lesson, not as code: every language file must have exactly the
// Vietnamese keys, none empty, with the same {{placeholders}}, or the build stops with the file
// and the key, like a broken lesson file.
import fs from "node:fs";
import path from "node:path";
import type { UiStrings } from "../src/i18n/ui-strings";
import type { LessonProblem } from "../src/lesson/lesson-problem";
import { LessonBuildError } from "./load-lessons";
import { REPO_ROOT } from "./repo-paths";

export const UI_STRINGS_DIR = path.join(REPO_ROOT, "src/i18n/strings");
const DEFAULT_LANGUAGE = "vi";

/** Every language's strings, Vietnamese first; throws LessonBuildError listing every problem. */
export function readUiStrings(dir = UI_STRINGS_DIR): Map<string, UiStrings> {
  const problems: LessonProblem[] = [];
  const problem = (file: string, key: string, message: string) => problems.push({ file, line: null, path: key, message });
  const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith(".json")).sort() : [];
  const read = new Map<string, Record<string, unknown>>();
  for (const name of names) {
    const file = shown(path.join(dir, name));
    try {
      const value: unknown = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8").replace(/^\uFEFF/, ""));
      if (typeof value !== "object" || value === null || Array.isArray(value)) problem(file, "", "must be one JSON object of key: text");
      else read.set(name.replace(/\.json$/, ""), value as Record<string, unknown>);
    } catch (error) {
      problem(file, "", `is not valid JSON: ${(error as Error).message}`);
    }
  }
  const reference = read.get(DEFAULT_LANGUAGE);
  if (!reference) {
    if (!problems.length) problem(shown(path.join(dir, `${DEFAULT_LANGUAGE}.json`)), "", "is missing: Vietnamese is the default language and the reference for every other");
    throw new LessonBuildError(problems);
  }
  const placeholders = (text: string) => (text.match(/{{\s*\w+\s*}}/g) ?? []).map((p) => p.replace(/\s/g, "")).sort().join(" ");
  for (const [language, strings] of read) {
    const file = shown(path.join(dir, `${language}.json`));
    for (const [key, text] of Object.entries(strings)) {
      if (!(key in reference)) problem(file, key, `is not a key of ${DEFAULT_LANGUAGE}.json (a typo, or add it there first)`);
      else if (typeof text !== "string" || !text.trim()) problem(file, key, "must be a non-empty text");
      else if (placeholders(text) !== placeholders(String(reference[key]))) {
        problem(file, key, `has placeholders [${placeholders(text)}] but ${DEFAULT_LANGUAGE}.json has [${placeholders(String(reference[key]))}]`);
      }
    }
    for (const key of Object.keys(reference)) if (!(key in strings)) problem(file, key, "is missing");
  }
  if (problems.length) throw new LessonBuildError(problems);
  const languages = [...read.keys()].sort((a, b) => (a === DEFAULT_LANGUAGE ? -1 : b === DEFAULT_LANGUAGE ? 1 : a.localeCompare(b)));
  return new Map(languages.map((l) => [l, read.get(l) as UiStrings]));
}

function shown(p: string): string {
  return path.relative(REPO_ROOT, p).split(path.sep).join("/");
}
