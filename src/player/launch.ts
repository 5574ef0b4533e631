// Decisions made once at launch, kept pure so they are unit-tested: which SCORM version the
// packager chose, which language to start in, how to greet the learner.

export type ScormSetting = "1.2" | "2004" | "none" | "auto";
const SETTINGS: readonly ScormSetting[] = ["1.2", "2004", "none", "auto"];

/** The packager rewrites <html data-scorm="auto"> to the package's version; anything else
 *  (a hand-edited page) falls back to "auto" discovery. */
export function readScormSetting(root: { getAttribute(name: string): string | null }): ScormSetting {
  const value = root.getAttribute("data-scorm");
  return SETTINGS.find((s) => s === value) ?? "auto";
}

/** Matches an LMS language tag ("en-GB", "EN", "vi_VN") to one of ours ("en", "vi"). */
export function matchLanguage(tag: string, languages: readonly string[]): string | null {
  const wanted = tag.trim().toLowerCase().replace("_", "-");
  if (!wanted) return null;
  return languages.find((l) => l.toLowerCase() === wanted) ?? languages.find((l) => l.toLowerCase() === wanted.split("-")[0]) ?? null;
}

/** The languages a student can switch between: the band's lesson languages (Vietnamese first)
 *  that also have UI strings. A lesson without UI strings would show Vietnamese buttons around
 *  foreign text, so it is left out rather than offered half-translated. */
export function switchableLanguages(lessonLanguages: readonly string[], hasUiStrings: (language: string) => boolean): string[] {
  return lessonLanguages.filter((l) => hasUiStrings(l));
}

/** The saved language wins (the student chose it), then the LMS preference, then Vietnamese
 *  (or the band's first language if a band were ever built without Vietnamese). */
export function chooseLanguage(saved: string | null, lmsPreference: string, languages: readonly string[]): string {
  if (saved && languages.includes(saved)) return saved;
  return matchLanguage(lmsPreference, languages) ?? (languages.includes("vi") ? "vi" : (languages[0] ?? "vi"));
}

/** LMSs give names as "Last, First" (SCORM cmi.core.student_name). We greet with the given
 *  name(s) after the comma; without a comma, the whole name. Returned as plain text. */
export function greetingName(learnerName: string): string {
  const name = learnerName.trim();
  const comma = name.indexOf(",");
  const given = comma === -1 ? name : name.slice(comma + 1).trim() || name.slice(0, comma).trim();
  // A very long value is more likely an LMS mistake than a name; keep the header tidy.
  return given.length > 40 ? `${given.slice(0, 39)}…` : given;
}
