// `npm run narration`: turns every lesson's screens and quiz questions into speech.
//   For each band with lessons and each of its languages (loadBand checks the files first):
//   one clip per screen and per question (src/narration/narration-script.ts says what is read),
//   each sentence spoken by espeak-ng, joined with short pauses, encoded by lame to a small MP3:
//     media/narration/<band>/<lang>/<clip id>.mp3
//     media/narration/<band>/<lang>/narration.json   hash, duration and sentence start times
//   How each language is spoken (espeak-ng voice, speed per band, "111" -> "một một một") is data:
//   lessons/narration/<lang>.yaml (scorm/narration-settings.ts checks it).
//   Only clips whose text or settings changed are made again (the hash says); clips of screens or
//   questions that no longer exist are deleted. The files are committed, so a build needs no espeak-ng.
//
//   npx tsx media/make-narration.ts               make what changed
//   npx tsx media/make-narration.ts --force       make everything again
//   npx tsx media/make-narration.ts --check       change nothing; exit 1 if anything is out of date
//   npx tsx media/make-narration.ts --band primary
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { BANDS, type Band, type Lesson } from "../src/lesson/lesson-types";
import { formatProblem, type LessonProblem } from "../src/lesson/lesson-problem";
import { narrationClips, type NarrationClip, type NarrationWords } from "../src/narration/narration-script";
import { loadBand } from "../scorm/load-lessons";
import { generatedDir, INDEX_NAME, NARRATION_DIR, NARRATION_DIRS, readIndex, type IndexedClip, type NarrationIndex } from "../scorm/narration-files";
import { narrationSettingsOf, NARRATION_SETTINGS_DIR, type NarrationSettings, speechText } from "../scorm/narration-settings";
import { bandsWithLessons, LESSONS_DIR, REPO_ROOT } from "../scorm/repo-paths";
import { UI_STRINGS_DIR } from "../scorm/ui-strings-files";
import { durationOf, encodeMp3, joinSentences, speak, trimSilence, type Voice } from "./narration-audio";

export { speechText };

/** Bump when the way clips are made changes in a way the settings below do not show. */
const SCRIPT_VERSION = 1;
const PAUSE_SECONDS = 0.45;
/** Primary: mono, 32 kbit/s constant bit rate, 22.05 kHz: clear speech, about 4 KB a second.
 *  The secondary bands have two to three times the text, so 16 kbit/s at 16 kHz (2 KB a second,
 *  still clear speech) keeps each package within 6 MB with both languages. */
const LAME_PRIMARY = ["-m", "m", "-b", "32", "--resample", "22.05"] as const;
const LAME_SECONDARY = ["-m", "m", "-b", "16", "--resample", "16"] as const;

export function lameArgs(band: Band): readonly string[] {
  return band === "primary" ? LAME_PRIMARY : LAME_SECONDARY;
}

/** Where narration reads from and writes to; injectable so a test can plan a copy of lessons/. */
export interface NarrationPaths {
  lessonsDir: string;
  imagesDir: string;
  stringsDir: string;
  /** lessons/narration/<language>.yaml: voice, speeds and spoken forms per language. */
  settingsDir: string;
  /** media/narration/<band>/<language>/ */
  narrationDir: string;
}

export const REPO_NARRATION_PATHS: NarrationPaths = {
  lessonsDir: LESSONS_DIR,
  imagesDir: path.join(REPO_ROOT, "media", "images"),
  stringsDir: UI_STRINGS_DIR,
  settingsDir: NARRATION_SETTINGS_DIR,
  narrationDir: NARRATION_DIR,
};

/** The espeak-ng voice and speed of a band in a language (lessons/narration/<language>.yaml).
 *  Its shape { name, rate } is part of every clip's hash: keep it. */
export function voiceFor(band: Band, settings: NarrationSettings): Voice {
  return { name: settings.voice, rate: settings.wordsPerMinute[band] };
}

/** The words the quiz shows on true/false tiles, from the UI strings of that language. */
export function narrationWords(lang: string, stringsDir = UI_STRINGS_DIR): NarrationWords {
  const file = path.join(stringsDir, `${lang}.json`);
  const fallback = path.join(stringsDir, "vi.json");
  const strings = JSON.parse(fs.readFileSync(fs.existsSync(file) ? file : fallback, "utf8")) as Record<string, string>;
  return { true: strings["quiz.true"] ?? "", false: strings["quiz.false"] ?? "" };
}

/** Changes whenever what would be spoken or how it is encoded changes. */
export function clipHash(clip: NarrationClip, band: Band, settings: NarrationSettings): string {
  const input = JSON.stringify({ v: SCRIPT_VERSION, voice: voiceFor(band, settings), pause: PAUSE_SECONDS, lame: lameArgs(band), say: clip.parts.map((p) => speechText(p, settings)) });
  return createHash("sha256").update(input).digest("hex").slice(0, 16);
}

/** Every clip of a lesson file, as the player and the test expect them. */
export function lessonClips(lesson: Lesson, stringsDir = UI_STRINGS_DIR): NarrationClip[] {
  return narrationClips(lesson, narrationWords(lesson.language, stringsDir));
}

/** One clip and whether its audio is current: "missing" (no file), "changed" (made from other
 *  text or settings), "unchecked" (the language has no valid settings, so no hash). */
export interface PlannedClip {
  clip: NarrationClip;
  file: string;
  hash: string | null;
  state: "current" | "missing" | "changed" | "unchecked";
}

export interface LanguagePlan {
  band: Band;
  lesson: Lesson;
  /** null when lessons/narration/<language>.yaml is missing or wrong (see NarrationPlan.problems). */
  settings: NarrationSettings | null;
  dir: string;
  clips: PlannedClip[];
  /** Audio files of clips the lesson no longer has. */
  gone: string[];
  /** The index as it would be with only the current clips kept. */
  kept: NarrationIndex | null;
  indexFile: string;
  indexStale: boolean;
}

export interface NarrationPlan {
  languages: LanguagePlan[];
  /** media/narration/<band>/<language>/ folders with no lesson file. */
  orphans: string[];
  /** Settings files that are missing or wrong. */
  problems: LessonProblem[];
}

/** What `npm run narration` would make, keep and delete; reads only. Lesson files are checked
 *  first (loadBand throws LessonBuildError on any problem). */
export function planNarration(paths: NarrationPaths = REPO_NARRATION_PATHS, bands: readonly Band[] = bandsWithLessons(paths.lessonsDir)): NarrationPlan {
  const plan: NarrationPlan = { languages: [], orphans: [], problems: [] };
  const settingsOf = new Map<string, NarrationSettings | null>();
  for (const band of bands) {
    const lessons = loadBand(band, paths.lessonsDir, paths.imagesDir);
    const langs = new Set(lessons.map((l) => l.language));
    const bandDir = path.join(paths.narrationDir, band);
    if (fs.existsSync(bandDir)) {
      for (const name of fs.readdirSync(bandDir)) if (!langs.has(name)) plan.orphans.push(path.join(bandDir, name));
    }
    for (const lesson of lessons) {
      const lang = lesson.language;
      if (!settingsOf.has(lang)) {
        const outcome = narrationSettingsOf(lang, paths.settingsDir);
        settingsOf.set(lang, outcome.ok ? outcome.settings : null);
        if (!outcome.ok) plan.problems.push(...outcome.problems);
      }
      plan.languages.push(planLanguage(band, lesson, settingsOf.get(lang) ?? null, paths));
    }
  }
  return plan;
}

function planLanguage(band: Band, lesson: Lesson, settings: NarrationSettings | null, paths: NarrationPaths): LanguagePlan {
  const lang = lesson.language;
  // Only the generated folder is planned here; recorded files are the build's business.
  const dirs = { ...NARRATION_DIRS, generated: paths.narrationDir };
  const dir = generatedDir(band, lang, dirs);
  const old = readIndex(band, lang, dirs);
  const clips = lessonClips(lesson, paths.stringsDir).map((clip): PlannedClip => {
    const file = path.join(dir, `${clip.id}.mp3`);
    const hash = settings ? clipHash(clip, band, settings) : null;
    const state = !fs.existsSync(file) ? "missing" : hash === null ? "unchecked" : old?.clips[clip.id]?.hash === hash ? "current" : "changed";
    return { clip, file, hash, state };
  });
  const wanted = new Set(clips.map((c) => `${c.clip.id}.mp3`));
  const gone = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith(".mp3") && !wanted.has(n)).map((n) => path.join(dir, n)) : [];
  const indexFile = path.join(dir, INDEX_NAME);
  let kept: NarrationIndex | null = null;
  if (settings) {
    const voice = voiceFor(band, settings);
    kept = {
      made: { voice: voice.name, wordsPerMinute: voice.rate, pauseSeconds: PAUSE_SECONDS, encoder: `lame ${lameArgs(band).join(" ")}`, tool: "espeak-ng" },
      clips: {},
    };
    for (const c of clips) if (c.state === "current") kept.clips[c.clip.id] = old!.clips[c.clip.id]!;
  }
  const oldText = fs.existsSync(indexFile) ? fs.readFileSync(indexFile, "utf8") : "";
  return { band, lesson, settings, dir, clips, gone, kept, indexFile, indexStale: kept === null || indexText(kept) !== oldText };
}

function indexText(index: NarrationIndex): string {
  return `${JSON.stringify(index, null, 1)}\n`;
}

/** Every file that `npm run narration` would write or delete, with why, as the author sees it. */
export function staleFiles(plan: NarrationPlan): string[] {
  const out = plan.orphans.map((dir) => `${shown(dir)}/ (no lesson file in this language: deleted)`);
  for (const lp of plan.languages) out.push(...staleOfLanguage(lp));
  return out;
}

function staleOfLanguage(lp: LanguagePlan): string[] {
  const why = { missing: "missing", changed: "made from older text or settings", unchecked: "cannot be checked without its settings", current: "" };
  const out = lp.clips.filter((c) => c.state !== "current").map((c) => `${shown(c.file)} (${why[c.state]})`);
  out.push(...lp.gone.map((f) => `${shown(f)} (no longer in the lesson: deleted)`));
  if (lp.indexStale) out.push(`${shown(lp.indexFile)} (${fs.existsSync(lp.indexFile) ? "out of date" : "missing"})`);
  return out;
}

/** The --check report: what is out of date and how to make it. */
export function checkReport(plan: NarrationPlan): string[] {
  const lines = plan.problems.map(formatProblem);
  const stale = staleFiles(plan);
  if (stale.length) {
    lines.push(
      `Narration is out of date (${stale.length} file${stale.length === 1 ? "" : "s"}). ${plan.problems.length ? "Once the settings above are right, make" : "Make"} it with \`npm run narration\` ` +
        `(needs espeak-ng and lame, see media/README.md), then commit media/narration/:`,
      ...stale.map((s) => `  ${s}`),
    );
  }
  return lines;
}

interface RunResult {
  made: number;
  kept: number;
  removed: number;
}

function makeLanguage(lp: LanguagePlan, settings: NarrationSettings, force: boolean, tmp: string): RunResult {
  const { band, dir } = lp;
  const voice = voiceFor(band, settings);
  const lame = lameArgs(band);
  const index: NarrationIndex = { made: lp.kept!.made, clips: {} };
  const result: RunResult = { made: 0, kept: 0, removed: 0 };
  fs.mkdirSync(dir, { recursive: true });

  for (const { clip, file, hash, state } of lp.clips) {
    if (!force && state === "current") {
      index.clips[clip.id] = lp.kept!.clips[clip.id]!;
      result.kept++;
      continue;
    }
    const sentences = clip.parts.map((part) => trimSilence(speak(speechText(part, settings), voice, tmp)));
    const { pcm, starts } = joinSentences(sentences, PAUSE_SECONDS);
    // A little silence at the end too, so the last word is not clipped by a player.
    const tail = new Int16Array(Math.round(0.3 * pcm.sampleRate));
    const padded = { ...pcm, samples: Int16Array.from([...pcm.samples, ...tail]) };
    encodeMp3(padded, file, lame);
    const entry: IndexedClip = { hash: hash!, duration: Math.round(durationOf(padded) * 100) / 100, starts };
    index.clips[clip.id] = entry;
    result.made++;
    console.log(`  made ${band}/${lp.lesson.language}/${clip.id}.mp3  ${entry.duration.toFixed(1)} s  ${(fs.statSync(file).size / 1024).toFixed(0)} KB`);
  }

  // Clips of screens and questions that are gone.
  for (const file of lp.gone) {
    fs.rmSync(file);
    result.removed++;
  }
  const text = indexText(index);
  const oldText = fs.existsSync(lp.indexFile) ? fs.readFileSync(lp.indexFile, "utf8") : "";
  if (text !== oldText) fs.writeFileSync(lp.indexFile, text);
  return result;
}

/** Paths as the author sees them in the project: "media/narration/primary/vi/welcome.mp3". */
function shown(p: string): string {
  const relative = path.relative(process.cwd(), p);
  return (relative && !relative.startsWith("..") ? relative : p).split(path.sep).join("/");
}

function main(): void {
  process.chdir(REPO_ROOT);
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const check = args.includes("--check");
  const bandArg = args.includes("--band") ? args[args.indexOf("--band") + 1] : undefined;
  if (bandArg !== undefined && !BANDS.includes(bandArg as Band)) throw new Error(`--band must be one of ${BANDS.join(", ")}`);
  const bands = bandArg ? [bandArg as Band] : bandsWithLessons();
  const plan = planNarration(REPO_NARRATION_PATHS, bands);
  if (check) {
    for (const lp of plan.languages) {
      const stale = staleOfLanguage(lp).length;
      console.log(`${lp.band}/${lp.lesson.language}: ${lp.settings ? `${stale} out of date` : "no valid settings"}`);
    }
    const report = checkReport(plan);
    if (report.length) {
      console.error(report.join("\n"));
      process.exit(1);
    }
    return;
  }
  if (plan.problems.length) {
    console.error(`Narration settings have ${plan.problems.length === 1 ? "1 problem" : `${plan.problems.length} problems`}:\n${plan.problems.map(formatProblem).join("\n")}`);
    process.exit(1);
  }
  // Languages whose lesson file was removed lose their narration too.
  for (const dir of plan.orphans) {
    console.log(`  removed ${shown(dir)}/ (no lesson file)`);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "narration-"));
  try {
    for (const lp of plan.languages) {
      const r = makeLanguage(lp, lp.settings!, force, tmp);
      console.log(`${lp.band}/${lp.lesson.language}: ${r.made} made, ${r.kept} unchanged, ${r.removed} removed`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
