// A recorded voice (media/narration-recorded/<band>/<lang>/<id>.mp3) wins over the generated clip
// of the same name: shown with a recorded folder of this test's own, through the lessons plugin
// the build uses. The recorded file is what the package gets (not the generated one), the
// package's narration.json marks it recorded (the player then estimates its sentence times), and
// the content checks of test/content/narration.test.ts apply to it: a silent recording, one of
// the wrong length, a file that is no MP3, a recording of older text and a misnamed file are all
// reported, each with a message that says what is wrong.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Plugin } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lameArgs, lessonClips } from "../../media/make-narration";
import { decodeMp3, encodeMp3 } from "../../media/narration-audio";
import { loadBand } from "../../scorm/load-lessons";
import { lessonsPlugin } from "../../scorm/lessons-plugin";
import { generatedDir, NARRATION_DIR, packageNarration, readIndex, type NarrationDirs } from "../../scorm/narration-files";
import { clipProblems, strayRecordings } from "../support/narration-check";

const BAND = "primary";
const lesson = loadBand(BAND).find((l) => l.language === "vi")!;
const clips = lessonClips(lesson);
const clip = (id: string) => clips.find((c) => c.id === id)!;
const WELCOME = clip("welcome");
const OTHER = clips.find((c) => c.id !== WELCOME.id)!;
const generated = (lang: string, id: string) => path.join(generatedDir(BAND, lang), `${id}.mp3`);

let root = "";
let dirs: NarrationDirs;
/** Writes a file into the test's recorded folder, as media/narration-recorded/primary/vi/<id>.mp3. */
function recorded(id: string, write: (file: string) => void, lang = "vi"): string {
  const file = path.join(dirs.recorded, BAND, lang, `${id}.mp3`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  write(file);
  return file;
}

/** Runs the lessons plugin's build hooks as the build does; returns every file it emitted. */
function emittedBy(plugin: Plugin): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  const context = {
    addWatchFile: () => undefined,
    warn: (message: string) => {
      throw new Error(message);
    },
    emitFile: (file: { fileName: string; source: string | Uint8Array }) => {
      files.set(file.fileName, file.source);
      return file.fileName;
    },
  };
  (plugin.buildStart as unknown as (this: typeof context) => void).call(context);
  (plugin.generateBundle as unknown as (this: typeof context) => void).call(context);
  return files;
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "call-111-recorded-"));
  dirs = { generated: NARRATION_DIR, recorded: path.join(root, "narration-recorded") };
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("a recorded voice", () => {
  it("is what the package gets instead of the generated clip, and narration.json marks it recorded", () => {
    // A "recording": the generated speech encoded again at another bit rate (other bytes).
    const file = recorded(WELCOME.id, (f) => encodeMp3(decodeMp3(generated("vi", WELCOME.id)), f, ["-m", "m", "-b", "48", "--resample", "22.05"]));
    const mine = fs.readFileSync(file);
    expect(mine.equals(fs.readFileSync(generated("vi", WELCOME.id)))).toBe(false);

    const files = emittedBy(lessonsPlugin({ band: BAND, narration: dirs }));
    const shipped = files.get(`audio/vi/${WELCOME.id}.mp3`);
    expect(shipped, "the package has the clip").toBeDefined();
    expect(Buffer.from(shipped!).equals(mine), "the recorded file ships").toBe(true);
    // Only the Vietnamese clip was recorded: the English one and the other clips stay generated.
    expect(Buffer.from(files.get(`audio/en/${WELCOME.id}.mp3`)!).equals(fs.readFileSync(generated("en", WELCOME.id)))).toBe(true);
    expect(Buffer.from(files.get(`audio/vi/${OTHER.id}.mp3`)!).equals(fs.readFileSync(generated("vi", OTHER.id)))).toBe(true);

    const index = JSON.parse(String(files.get("audio/vi/narration.json"))) as Record<string, { duration: number; starts: number[]; recorded?: boolean }>;
    expect(index[WELCOME.id]).toEqual({ duration: 0, starts: [], recorded: true });
    const other = readIndex(BAND, "vi")!.clips[OTHER.id]!;
    expect(index[OTHER.id]).toEqual({ duration: other.duration, starts: other.starts });
    expect(JSON.parse(String(files.get("audio/en/narration.json")))[WELCOME.id].recorded).toBeUndefined();
    // Same as the media/ folders give, apart from the recorded clip.
    const plain = packageNarration(BAND, ["vi", "en"]);
    expect([...files.keys()].filter((k) => k.startsWith("audio/")).sort()).toEqual([...plain.keys()].sort());

    // And it passes the content checks: real speech, a length that fits its text.
    expect(clipProblems(BAND, "vi", WELCOME, readIndex(BAND, "vi"), dirs)).toEqual([]);
  });

  it("that is silent fails the content check, saying so", () => {
    const seconds = readIndex(BAND, "vi")!.clips[OTHER.id]!.duration;
    const file = recorded(OTHER.id, (f) => encodeMp3({ sampleRate: 22050, channels: 1, samples: new Int16Array(Math.round(seconds * 22050)) }, f, lameArgs(BAND)));
    const problems = clipProblems(BAND, "vi", OTHER, readIndex(BAND, "vi"), dirs);
    expect(problems).toEqual([expect.stringMatching(new RegExp(`${path.basename(file)} is \\(nearly\\) silent: loudness 0\\.000`))]);
    fs.rmSync(file);
  });

  it("of the wrong length, or no MP3 at all, fails the content check, saying so", () => {
    // The first second of the clip only: too short for its sentences.
    const speech = decodeMp3(generated("vi", OTHER.id));
    const short = recorded(OTHER.id, (f) => encodeMp3({ ...speech, samples: speech.samples.slice(speech.sampleRate, speech.sampleRate * 2) }, f, lameArgs(BAND)));
    expect(clipProblems(BAND, "vi", OTHER, readIndex(BAND, "vi"), dirs)).toEqual([
      expect.stringMatching(new RegExp(`${path.basename(short)} lasts 1\\.\\d s; its ${OTHER.parts.length} sentences need between .* is it the right clip\\?`)),
    ]);
    recorded(OTHER.id, (f) => fs.writeFileSync(f, Buffer.from("this is not an mp3 file at all, just some words ".repeat(200))));
    expect(clipProblems(BAND, "vi", OTHER, readIndex(BAND, "vi"), dirs)).toEqual([expect.stringMatching(/does not decode \(lame --decode failed\): is it an MP3\?$/)]);
    fs.rmSync(short);
  });

  it("of older text is reported: the generated clip underneath must stay current", () => {
    const index = readIndex(BAND, "vi")!;
    const older = { ...index, clips: { ...index.clips, [WELCOME.id]: { ...index.clips[WELCOME.id]!, hash: "0000000000000000" } } };
    expect(clipProblems(BAND, "vi", WELCOME, older, dirs)).toEqual([expect.stringMatching(/the text changed since it was recorded.*run `npm run narration`, then record .*welcome\.mp3 again/)]);
  });

  it("whose name is no clip is reported and not shipped", () => {
    recorded("welcom", (f) => fs.copyFileSync(generated("vi", WELCOME.id), f));
    expect(strayRecordings(BAND, "vi", clips, dirs)).toEqual([expect.stringMatching(/primary\/vi\/welcom\.mp3$/)]);
    expect(packageNarration(BAND, ["vi"], dirs).has("audio/vi/welcom.mp3")).toBe(false);
  });
});
