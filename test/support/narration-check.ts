// The checks every narration clip must pass, generated or recorded (media/README.md): the clip
// has audio, the generated clip was made from the lesson's current text (kept current under a
// recorded file too, so a change of text is noticed), and the file that ships decodes
// (`lame --decode`) to mono sound of a plausible length for its text that is not silence.
// test/content/narration.test.ts runs them on media/; narration-recorded.test.ts on folders of
// its own, to show they catch a bad recording.
import path from "node:path";
import type { Band } from "../../src/lesson/lesson-types";
import type { NarrationClip } from "../../src/narration/narration-script";
import { clipHash } from "../../media/make-narration";
import { decodeMp3, durationOf, rmsOf, type Pcm } from "../../media/narration-audio";
import { clipAudioFile, NARRATION_DIRS, readIndex, recordedFile, recordedIds, type NarrationDirs, type NarrationIndex } from "../../scorm/narration-files";
import { readNarrationSettings } from "../../scorm/narration-settings";
import { REPO_ROOT } from "../../scorm/repo-paths";

/** Mean loudness of real speech from espeak-ng is around 0.1 of full scale; silence is ~0. */
export const RMS_FLOOR = 0.02;

/** Seconds a clip may plausibly last for its text: between very fast speech (25 characters a
 *  second) and very slow speech (5 a second) plus a second of pause per sentence. */
export function plausibleSeconds(parts: string[]): { min: number; max: number } {
  const chars = parts.reduce((n, p) => n + p.length, 0);
  return { min: chars / 25, max: chars / 5 + parts.length + 2 };
}

function shown(file: string): string {
  const relative = path.relative(REPO_ROOT, file);
  return relative.startsWith("..") ? file : relative;
}

/** Everything wrong with one clip's audio, as sentences that say what to do; [] when fine. */
export function clipProblems(band: Band, lang: string, clip: NarrationClip, index: NarrationIndex | null = readIndex(band, lang), dirs: NarrationDirs = NARRATION_DIRS): string[] {
  const name = `${band}/${lang}/${clip.id}`;
  const audio = clipAudioFile(band, lang, clip.id, dirs);
  if (!audio) return [`media/narration/${name}.mp3 is missing: run \`npm run narration\``];
  const problems: string[] = [];
  const file = shown(audio.file);
  const entry = index?.clips[clip.id];
  if (entry?.hash !== clipHash(clip, band, readNarrationSettings(lang))) {
    problems.push(
      audio.recorded
        ? `${name}: the text changed since it was recorded (the generated clip is older than the text): run \`npm run narration\`, then record ${file} again`
        : `${name} was made from older text: run \`npm run narration\``,
    );
  }
  if (entry && !audio.recorded) {
    const sorted = [...entry.starts].sort((a, b) => a - b);
    if (entry.starts.length !== clip.parts.length || sorted.some((s, i) => s !== entry.starts[i]) || (entry.starts.at(-1) ?? 0) >= entry.duration) {
      problems.push(`${name}: narration.json has sentence times that do not fit its ${clip.parts.length} sentences: run \`npm run narration -- --force\``);
    }
  }
  let pcm: Pcm;
  try {
    pcm = decodeMp3(audio.file);
  } catch {
    return [...problems, `${file} does not decode (lame --decode failed): is it an MP3?`];
  }
  if (pcm.channels !== 1) problems.push(`${file} has ${pcm.channels} channels: narration is mono (lame -m m)`);
  const seconds = durationOf(pcm);
  const { min, max } = plausibleSeconds(clip.parts);
  if (seconds < min || seconds > max) {
    problems.push(`${file} lasts ${seconds.toFixed(1)} s; its ${clip.parts.length} sentences need between ${min.toFixed(1)} and ${max.toFixed(1)} s: is it the right clip?`);
  }
  if (entry && !audio.recorded && Math.abs(seconds - entry.duration) >= 0.3) {
    problems.push(`${file} lasts ${seconds.toFixed(1)} s but narration.json says ${entry.duration} s: run \`npm run narration -- --force\``);
  }
  const rms = rmsOf(pcm);
  if (rms <= RMS_FLOOR) problems.push(`${file} is (nearly) silent: loudness ${rms.toFixed(3)}, speech is above ${RMS_FLOOR}`);
  return problems;
}

/** Recorded files whose name is no clip of the lesson (a typo, or a screen that was removed):
 *  they would not be played, and the generated voice would be heard instead. */
export function strayRecordings(band: Band, lang: string, clips: readonly NarrationClip[], dirs: NarrationDirs = NARRATION_DIRS): string[] {
  const ids = new Set(clips.map((c) => c.id));
  return recordedIds(band, lang, dirs)
    .filter((id) => !ids.has(id))
    .map((id) => shown(recordedFile(band, lang, id, dirs)));
}
