// Narration is complete, current and real speech: for every lesson file present, every screen and
// every quiz question has its audio (media/narration/<band>/<lang>/<id>.mp3, or a recorded file in
// media/narration-recorded/ that replaces it), made from the lesson's current text (hash in
// narration.json), and each file decodes (`lame --decode`, WAV header read here) to a length that
// fits its text and is not silence. A band's narration leaves room in its 6 MB package.
// Every lesson language has its speech settings (lessons/narration/<lang>.yaml).
// Out of date? `npm run narration` (media/README.md).
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/lesson/lesson-problem";
import { planNarration } from "../../media/make-narration";
import { decodeMp3, durationOf, readWav, rmsOf, writeWav } from "../../media/narration-audio";
import { clipAudioFile, generatedDir, readIndex, RECORDED_DIR } from "../../scorm/narration-files";

/** Packages must stay within 6 MB; the app, pictures and schemas take well under 0.7 MB. */
const NARRATION_BUDGET_BYTES = 5.3 * 1024 * 1024;
/** Mean loudness of real speech from espeak-ng is around 0.1 of full scale; silence is ~0. */
const RMS_FLOOR = 0.02;

/** Seconds a clip may plausibly last for its text: between very fast speech (25 characters a
 *  second) and very slow speech (5 a second) plus a second of pause per sentence. */
function plausibleSeconds(parts: string[]): { min: number; max: number } {
  const chars = parts.reduce((n, p) => n + p.length, 0);
  return { min: chars / 25, max: chars / 5 + parts.length + 2 };
}

const plan = planNarration();
const bands = [...new Set(plan.languages.map((lp) => lp.band))];

describe("the WAV reader", () => {
  it("reads back what writeWav wrote, and finds data after other chunks", () => {
    const samples = Int16Array.from([0, 1000, -1000, 32767, -32768]);
    const pcm = readWav(writeWav({ sampleRate: 8000, channels: 1, samples }));
    expect(pcm.sampleRate).toBe(8000);
    expect([...pcm.samples]).toEqual([...samples]);
    const wav = writeWav({ sampleRate: 8000, channels: 1, samples });
    const list = Buffer.concat([Buffer.from("LIST"), Buffer.from([4, 0, 0, 0]), Buffer.from("INFO")]);
    const withList = Buffer.concat([wav.subarray(0, 36), list, wav.subarray(36)]);
    expect([...readWav(withList).samples]).toEqual([...samples]);
    expect(durationOf(pcm)).toBeCloseTo(5 / 8000);
    expect(rmsOf({ sampleRate: 8000, channels: 1, samples: new Int16Array(100) })).toBe(0);
  });
});

it("every lesson language says how it is spoken (lessons/narration/<lang>.yaml)", () => {
  expect(plan.problems.map(formatProblem)).toEqual([]);
});

for (const band of bands) {
  const planned = plan.languages.filter((lp) => lp.band === band);
  describe(`narration of ${band}`, () => {
    for (const { lesson, clips: plannedClips } of planned) {
      const lang = lesson.language;
      const clips = plannedClips.map((c) => c.clip);
      const hashOf = new Map(plannedClips.map((c) => [c.clip.id, c.hash]));
      const index = readIndex(band, lang);

      it(`${lang}: has one clip per screen and per question`, () => {
        const ids = lesson.screens.flatMap((s) => [s.id, ...(s.kind === "quiz" ? s.questions.map((q) => q.id) : [])]);
        expect(clips.map((c) => c.id).sort()).toEqual([...ids].sort());
        for (const clip of clips) expect(clip.parts.length, clip.id).toBeGreaterThan(0);
      });

      it(`${lang}: has no audio files for clips that no longer exist`, () => {
        const dir = generatedDir(band, lang);
        const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith(".mp3")) : [];
        const ids = new Set(clips.map((c) => c.id));
        expect(files.filter((f) => !ids.has(f.slice(0, -4))), "run `npm run narration` to remove them").toEqual([]);
      });

      for (const clip of clips) {
        it(`${lang}/${clip.id}: audio is present, current and real speech`, () => {
          const file = clipAudioFile(band, lang, clip.id);
          expect(file, `media/narration/${band}/${lang}/${clip.id}.mp3 is missing: run \`npm run narration\``).not.toBeNull();
          const recorded = file!.startsWith(RECORDED_DIR);
          if (!recorded) {
            const entry = index?.clips[clip.id];
            expect(entry?.hash, `${band}/${lang}/${clip.id} was made from older text: run \`npm run narration\``).toBe(hashOf.get(clip.id));
            expect(entry!.starts).toHaveLength(clip.parts.length);
            expect([...entry!.starts].sort((a, b) => a - b)).toEqual(entry!.starts);
            expect(entry!.starts[entry!.starts.length - 1]!).toBeLessThan(entry!.duration);
          }
          const pcm = decodeMp3(file!);
          expect(pcm.channels).toBe(1);
          const seconds = durationOf(pcm);
          const { min, max } = plausibleSeconds(clip.parts);
          expect(seconds, `${clip.id} lasts ${seconds.toFixed(1)} s`).toBeGreaterThanOrEqual(min);
          expect(seconds, `${clip.id} lasts ${seconds.toFixed(1)} s`).toBeLessThanOrEqual(max);
          if (!recorded) expect(Math.abs(seconds - index!.clips[clip.id]!.duration)).toBeLessThan(0.3);
          expect(rmsOf(pcm), `${clip.id} is (nearly) silent`).toBeGreaterThan(RMS_FLOOR);
        });
      }
    }

    it(`fits the package: all languages' narration within ${(NARRATION_BUDGET_BYTES / 1024 / 1024).toFixed(1)} MB`, () => {
      let bytes = 0;
      for (const { lesson, clips } of planned) {
        for (const { clip } of clips) {
          const file = clipAudioFile(band, lesson.language, clip.id);
          if (file) bytes += fs.statSync(file).size;
        }
      }
      expect(bytes).toBeLessThanOrEqual(NARRATION_BUDGET_BYTES);
    });
  });
}
