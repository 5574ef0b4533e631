// How each language is read aloud: lessons/narration/<language>.yaml, one small file per lesson
// language (data, like the lessons, so a new language needs no code):
//   language: vi
//   voice: "vi-vn-x-south"                 espeak-ng voice
//   wordsPerMinute: { primary: 135, ... }  reading speed per band
//   say: [{ written: "111", spoken: "một một một" }, ...]   spoken forms; captions keep `written`
// Checked here, at the edge, like a lesson file: every problem with file, line and place.
// Used by media/make-narration.ts and test/content/narration.test.ts; the build itself needs none
// of it (the audio is committed).
import fs from "node:fs";
import path from "node:path";
import { FieldReader, isFields } from "../src/lesson/field-reader";
import { BANDS, type Band } from "../src/lesson/lesson-types";
import { type LessonProblem, itemPath, joinPath } from "../src/lesson/lesson-problem";
import { readYaml } from "../src/lesson/yaml-source";
import { LessonBuildError } from "./load-lessons";
import { REPO_ROOT } from "./repo-paths";

export const NARRATION_SETTINGS_DIR = path.join(REPO_ROOT, "lessons", "narration");

/** espeak-ng accepts 80 to 450 words a minute; its default is 175. */
const MIN_RATE = 80;
const MAX_RATE = 450;
const KEYS = ["language", "voice", "wordsPerMinute", "say"];

export interface SpokenForm {
  written: string;
  spoken: string;
}

export interface NarrationSettings {
  language: string;
  /** espeak-ng voice name, e.g. "vi-vn-x-south". */
  voice: string;
  wordsPerMinute: Record<Band, number>;
  /** Applied in this order, each to whole words only ("111", not the 111 inside "1111"). */
  say: SpokenForm[];
}

export type SettingsOutcome = { ok: true; settings: NarrationSettings } | { ok: false; problems: LessonProblem[] };

/** Parses one settings file's text; `language` is the file's name without .yaml. */
export function parseNarrationSettings(source: string, file: string, language: string): SettingsOutcome {
  const yaml = readYaml(source.replace(/^\uFEFF/, ""), file);
  if (!yaml.ok) return yaml;
  const r = new FieldReader(file, yaml.lineOf);
  if (!isFields(yaml.value)) {
    r.report("", "must be a mapping with language:, voice:, wordsPerMinute: and say: (copy lessons/narration/en.yaml)");
    return { ok: false, problems: r.problems };
  }
  const f = yaml.value;
  r.onlyKeys(f, "", KEYS);
  const settings: NarrationSettings = {
    language: r.text(f, "language", ""),
    voice: r.text(f, "voice", ""),
    wordsPerMinute: {} as Record<Band, number>,
    say: [],
  };
  if (settings.language && settings.language !== language) {
    r.report("language", `is "${settings.language}" but the file is named ${language}.yaml; name the file after its language`);
  }
  if (/\s/.test(settings.voice)) r.report("voice", `"${settings.voice}" is not an espeak-ng voice name (no spaces; \`espeak-ng --voices\` lists them)`);

  const rates = r.required(f, "wordsPerMinute", "");
  const ratesFields = rates === undefined ? null : r.fields(rates, "wordsPerMinute");
  if (ratesFields) {
    r.onlyKeys(ratesFields, "wordsPerMinute", BANDS);
    for (const band of BANDS) {
      const at = joinPath("wordsPerMinute", band);
      const value = r.required(ratesFields, band, "wordsPerMinute");
      if (value === undefined) continue;
      if (typeof value === "number" && Number.isInteger(value) && value >= MIN_RATE && value <= MAX_RATE) settings.wordsPerMinute[band] = value;
      else r.report(at, `must be a whole number of words a minute from ${MIN_RATE} to ${MAX_RATE} (espeak-ng's default is 175), got ${JSON.stringify(value)}`);
    }
  }

  if (f.say !== undefined) {
    r.list(f, "say", "", 0, "spoken form").forEach((item, i) => {
      const at = itemPath("say", i);
      const entry = r.fields(item, at);
      if (!entry) return;
      r.onlyKeys(entry, at, ["written", "spoken"]);
      const written = r.text(entry, "written", at);
      const spoken = r.text(entry, "spoken", at);
      if (written && settings.say.some((s) => s.written === written)) r.report(joinPath(at, "written"), `"${written}" is listed twice`);
      if (written && spoken) settings.say.push({ written, spoken });
    });
  }
  if (r.problems.length > 0) return { ok: false, problems: [...r.problems].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity)) };
  return { ok: true, settings };
}

/** The settings of one language; throws LessonBuildError (file, line, place) when the file is
 *  missing or wrong. */
export function readNarrationSettings(language: string, dir = NARRATION_SETTINGS_DIR): NarrationSettings {
  const outcome = narrationSettingsOf(language, dir);
  if (!outcome.ok) throw new LessonBuildError(outcome.problems);
  return outcome.settings;
}

export function narrationSettingsOf(language: string, dir = NARRATION_SETTINGS_DIR): SettingsOutcome {
  const file = path.join(dir, `${language}.yaml`);
  if (!fs.existsSync(file)) {
    return {
      ok: false,
      problems: [{
        file: shown(file),
        line: null,
        path: "",
        message: `missing: every lesson language needs one, saying how it is read aloud. Copy ${shown(path.join(dir, "en.yaml"))}, ` +
          `set language: ${language}, an espeak-ng voice (\`espeak-ng --voices\` lists them), the speeds, and the spoken forms in ${language}`,
      }],
    };
  }
  return parseNarrationSettings(fs.readFileSync(file, "utf8"), shown(file), language);
}

/** What espeak-ng is given for a sentence: the spoken forms put in for the written ones. */
export function speechText(text: string, settings: NarrationSettings): string {
  return settings.say.reduce((t, { written, spoken }) => t.replace(wholeWord(written), () => spoken), text);
}

const patterns = new Map<string, RegExp>();
/** `written` where it is not part of a longer word or number, in any script. */
function wholeWord(written: string): RegExp {
  let pattern = patterns.get(written);
  if (!pattern) {
    const escaped = written.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, "gu");
    patterns.set(written, pattern);
  }
  return pattern;
}

function shown(p: string): string {
  const relative = path.relative(process.cwd(), p);
  return (relative && !relative.startsWith("..") ? relative : p).split(path.sep).join("/");
}
