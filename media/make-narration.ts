// `npm run narration`: turns every lesson's screens and quiz questions into speech.
//   For each band with lessons and each of its languages (loadBand checks the files first):
//   one clip per screen and per question (src/narration/narration-script.ts says what is read),
//   each sentence spoken by espeak-ng, joined with short pauses, encoded by lame to a small MP3:
//     media/narration/<band>/<lang>/<clip id>.mp3
//     media/narration/<band>/<lang>/narration.json   hash, duration and sentence start times
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
import { narrationClips, type NarrationClip, type NarrationWords } from "../src/narration/narration-script";
import { loadBand } from "../scorm/load-lessons";
import { generatedDir, INDEX_NAME, readIndex, type IndexedClip, type NarrationIndex } from "../scorm/narration-files";
import { bandsWithLessons, REPO_ROOT } from "../scorm/repo-paths";
import { durationOf, encodeMp3, joinSentences, speak, trimSilence, type Voice } from "./narration-audio";

/** Bump when the way clips are made changes in a way the settings below do not show. */
const SCRIPT_VERSION = 1;
/** Voices per language. Primary is slower than espeak's 175 words a minute (listeners from six
 *  years old); the secondary bands are read a little faster, by students who mostly read well. */
const VOICES: Record<string, Voice> = {
  vi: { name: "vi-vn-x-south", rate: 135 },
  en: { name: "en-gb", rate: 140 },
};
const SECONDARY_RATE: Record<string, number> = { vi: 150, en: 155 };
const PAUSE_SECONDS = 0.45;
/** Primary: mono, 32 kbit/s constant bit rate, 22.05 kHz: clear speech, about 4 KB a second.
 *  The secondary bands have two to three times the text, so 16 kbit/s at 16 kHz (2 KB a second,
 *  still clear speech) keeps each package within 6 MB with both languages. */
const LAME_PRIMARY = ["-m", "m", "-b", "32", "--resample", "22.05"] as const;
const LAME_SECONDARY = ["-m", "m", "-b", "16", "--resample", "16"] as const;

export function lameArgs(band: Band): readonly string[] {
  return band === "primary" ? LAME_PRIMARY : LAME_SECONDARY;
}

/** How a sentence is said, where espeak-ng would read it wrongly. The caption keeps the text as
 *  written. Hotline numbers are said digit by digit, as people say them ("một một một"). */
const SAY: Record<string, [RegExp, string][]> = {
  vi: [
    [/\b111\b/g, "một một một"],
    [/\b113\b/g, "một một ba"],
    [/\b114\b/g, "một một bốn"],
    [/\b115\b/g, "một một năm"],
    [/\b24\/7\b/g, "hai mươi bốn trên bảy"],
  ],
  en: [
    [/\b111\b/g, "one one one"],
    [/\b113\b/g, "one one three"],
    [/\b114\b/g, "one one four"],
    [/\b115\b/g, "one one five"],
    [/\b24\/7\b/g, "twenty-four seven"],
  ],
};

export function speechText(text: string, lang: string): string {
  return (SAY[lang] ?? []).reduce((t, [pattern, said]) => t.replace(pattern, said), text);
}

export function voiceFor(band: Band, lang: string): Voice {
  const voice = VOICES[lang];
  if (!voice) throw new Error(`No narration voice for language "${lang}": add one to VOICES in media/make-narration.ts`);
  return band === "primary" ? voice : { ...voice, rate: SECONDARY_RATE[lang] ?? voice.rate };
}

/** The words the quiz shows on true/false tiles, from the UI strings of that language. */
export function narrationWords(lang: string): NarrationWords {
  const file = path.join(REPO_ROOT, "src/i18n/strings", `${lang}.json`);
  const fallback = path.join(REPO_ROOT, "src/i18n/strings/vi.json");
  const strings = JSON.parse(fs.readFileSync(fs.existsSync(file) ? file : fallback, "utf8")) as Record<string, string>;
  return { true: strings["quiz.true"] ?? "", false: strings["quiz.false"] ?? "" };
}

/** Changes whenever what would be spoken or how it is encoded changes. */
export function clipHash(clip: NarrationClip, band: Band, lang: string): string {
  const input = JSON.stringify({ v: SCRIPT_VERSION, voice: voiceFor(band, lang), pause: PAUSE_SECONDS, lame: lameArgs(band), say: clip.parts.map((p) => speechText(p, lang)) });
  return createHash("sha256").update(input).digest("hex").slice(0, 16);
}

/** Every clip of a lesson file, as the player and the test expect them. */
export function lessonClips(lesson: Lesson): NarrationClip[] {
  return narrationClips(lesson, narrationWords(lesson.language));
}

interface RunResult {
  made: number;
  kept: number;
  removed: number;
  stale: string[];
}

function makeLanguage(band: Band, lesson: Lesson, options: { force: boolean; check: boolean }, tmp: string): RunResult {
  const lang = lesson.language;
  const dir = generatedDir(band, lang);
  const old = readIndex(band, lang);
  const voice = voiceFor(band, lang);
  const lame = lameArgs(band);
  const clips = lessonClips(lesson);
  const index: NarrationIndex = {
    made: { voice: voice.name, wordsPerMinute: voice.rate, pauseSeconds: PAUSE_SECONDS, encoder: `lame ${lame.join(" ")}`, tool: "espeak-ng" },
    clips: {},
  };
  const result: RunResult = { made: 0, kept: 0, removed: 0, stale: [] };
  if (!options.check) fs.mkdirSync(dir, { recursive: true });

  for (const clip of clips) {
    const hash = clipHash(clip, band, lang);
    const file = path.join(dir, `${clip.id}.mp3`);
    const previous = old?.clips[clip.id];
    if (!options.force && previous?.hash === hash && fs.existsSync(file)) {
      index.clips[clip.id] = previous;
      result.kept++;
      continue;
    }
    result.stale.push(`${band}/${lang}/${clip.id}`);
    if (options.check) continue;
    const sentences = clip.parts.map((part) => trimSilence(speak(speechText(part, lang), voice, tmp)));
    const { pcm, starts } = joinSentences(sentences, PAUSE_SECONDS);
    // A little silence at the end too, so the last word is not clipped by a player.
    const tail = new Int16Array(Math.round(0.3 * pcm.sampleRate));
    const padded = { ...pcm, samples: Int16Array.from([...pcm.samples, ...tail]) };
    encodeMp3(padded, file, lame);
    const entry: IndexedClip = { hash, duration: Math.round(durationOf(padded) * 100) / 100, starts };
    index.clips[clip.id] = entry;
    result.made++;
    console.log(`  made ${band}/${lang}/${clip.id}.mp3  ${entry.duration.toFixed(1)} s  ${(fs.statSync(file).size / 1024).toFixed(0)} KB`);
  }

  // Clips of screens and questions that are gone.
  const wanted = new Set(clips.map((c) => `${c.id}.mp3`));
  if (fs.existsSync(dir)) {
    for (const name of fs.readdirSync(dir)) {
      if (!name.endsWith(".mp3") || wanted.has(name)) continue;
      result.stale.push(`${band}/${lang}/${name} (no longer in the lesson)`);
      if (!options.check) fs.rmSync(path.join(dir, name));
      result.removed++;
    }
  }
  const text = `${JSON.stringify(index, null, 1)}\n`;
  const indexFile = path.join(dir, INDEX_NAME);
  const oldText = fs.existsSync(indexFile) ? fs.readFileSync(indexFile, "utf8") : "";
  if (text !== oldText) {
    if (options.check) result.stale.push(`${band}/${lang}/${INDEX_NAME}`);
    else fs.writeFileSync(indexFile, text);
  }
  return result;
}

function main(): void {
  process.chdir(REPO_ROOT);
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const check = args.includes("--check");
  const bandArg = args.includes("--band") ? args[args.indexOf("--band") + 1] : undefined;
  if (bandArg !== undefined && !BANDS.includes(bandArg as Band)) throw new Error(`--band must be one of ${BANDS.join(", ")}`);
  const bands = bandArg ? [bandArg as Band] : bandsWithLessons();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "narration-"));
  const stale: string[] = [];
  try {
    for (const band of bands) {
      const lessons = loadBand(band);
      // Languages whose lesson file was removed lose their narration too.
      const langs = new Set(lessons.map((l) => l.language));
      const bandDir = path.join(generatedDir(band, "x"), "..");
      if (fs.existsSync(bandDir)) {
        for (const name of fs.readdirSync(bandDir)) {
          if (langs.has(name)) continue;
          stale.push(`${band}/${name}/ (no lesson file)`);
          if (!check) fs.rmSync(path.join(bandDir, name), { recursive: true, force: true });
        }
      }
      for (const lesson of lessons) {
        const r = makeLanguage(band, lesson, { force, check }, tmp);
        stale.push(...r.stale);
        console.log(`${band}/${lesson.language}: ${check ? `${r.stale.length} out of date` : `${r.made} made, ${r.kept} unchanged, ${r.removed} removed`}`);
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (check && stale.length) {
    console.error(`Narration is out of date (run \`npm run narration\`):\n  ${stale.join("\n  ")}`);
    process.exit(1);
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
