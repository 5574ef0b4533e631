// Narration is complete, current and real speech: for every lesson file present, every screen and
// every quiz question has its audio (media/narration/<band>/<lang>/<id>.mp3, or a recorded file in
// media/narration-recorded/ that replaces it), made from the lesson's current text (hash in
// narration.json), and each file decodes (`lame --decode`, WAV header read here) to a length that
// fits its text and is not silence (test/support/narration-check.ts; narration-recorded.test.ts
// shows the checks catch a bad recording). A band's narration leaves room in its 6 MB package.
// Every lesson language has its speech settings (lessons/narration/<lang>.yaml).
// Out of date? `npm run narration` (media/README.md).
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/lesson/lesson-problem";
import { planNarration } from "../../media/make-narration";
import { durationOf, readWav, rmsOf, writeWav } from "../../media/narration-audio";
import { clipAudioFile, generatedDir, readIndex } from "../../scorm/narration-files";
import { clipProblems, strayRecordings } from "../support/narration-check";

/** Packages must stay within 6 MB; the app, pictures and schemas take well under 0.7 MB. */
const NARRATION_BUDGET_BYTES = 5.3 * 1024 * 1024;

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

      it(`${lang}: has no recorded files that name no clip`, () => {
        expect(strayRecordings(band, lang, clips), "rename them to a screen or question id, or delete them").toEqual([]);
      });

      for (const clip of clips) {
        it(`${lang}/${clip.id}: audio is present, current and real speech`, () => {
          expect(clipProblems(band, lang, clip, index)).toEqual([]);
        });
      }
    }

    it(`fits the package: all languages' narration within ${(NARRATION_BUDGET_BYTES / 1024 / 1024).toFixed(1)} MB`, () => {
      let bytes = 0;
      for (const { lesson, clips } of planned) {
        for (const { clip } of clips) {
          const audio = clipAudioFile(band, lesson.language, clip.id);
          if (audio) bytes += fs.statSync(audio.file).size;
        }
      }
      expect(bytes).toBeLessThanOrEqual(NARRATION_BUDGET_BYTES);
    });
  });
}
