// Plays narration clips with howler (loaded with this module, on the first Play only) and says
// which sentence is being spoken, for the captions. Per language, audio/<lang>/narration.json
// holds each generated clip's sentence start times; for a recorded clip (or when that file is
// missing or out of step) the times are estimated from the length of each sentence.
// A missing or broken file ends in status "error": the player shows a quiet notice and the
// lesson goes on as before.
// howler's core build: the spatial plugin is not needed (and costs 2 KB).
import { Howl, Howler } from "howler/dist/howler.core.min.js";
import type { ClipRequest, PlayState } from "./narration-hub";
import { timingsFor, type Timing } from "./narration-timings";

/** Sentence start times in seconds: the generated ones when they fit, else spread over the
 *  clip by the number of characters of each sentence. */
export function sentenceStarts(parts: string[], duration: number, timing: Timing | undefined): number[] {
  if (timing && !timing.recorded && timing.starts.length === parts.length) return timing.starts;
  const total = parts.reduce((n, p) => n + p.length, 0) || 1;
  let at = 0;
  return parts.map((p) => {
    const start = (at / total) * duration;
    at += p.length;
    return start;
  });
}

export class Narrator {
  private howl: Howl | null = null;
  private request: ClipRequest | null = null;
  private clip = 0;
  private starts: number[] = [];
  private timer = 0;
  private generation = 0;

  constructor(private readonly report: (state: PlayState) => void) {
    // Our own mute stops playback; howler's global mute stays off.
    Howler.mute(false);
  }

  play(request: ClipRequest, fromStart: boolean): void {
    if (!fromStart && this.request === request && this.howl) {
      this.howl.play();
      return;
    }
    this.stop();
    this.request = request;
    this.load(0);
  }

  pause(): void {
    if (!this.howl) return;
    clearInterval(this.timer);
    this.howl.pause();
    this.tick("paused");
  }

  stop(): void {
    this.generation++;
    clearInterval(this.timer);
    this.howl?.unload();
    this.howl = null;
    this.request = null;
  }

  private load(index: number): void {
    const request = this.request;
    const clip = request?.clips[index];
    if (!request || !clip) return;
    const generation = ++this.generation;
    const live = () => generation === this.generation;
    this.clip = index;
    this.report({ status: "loading", clip: index, part: -1 });
    const fail = () => {
      if (!live()) return;
      clearInterval(this.timer);
      this.howl?.unload();
      this.howl = null;
      this.report({ status: "error", clip: index, part: -1 });
    };
    const howl = new Howl({
      src: [`audio/${request.language}/${clip.id}.mp3`],
      format: ["mp3"],
      // HTML5 audio streams, and also plays from file:// and from LMSs that block XHR.
      html5: true,
      onloaderror: fail,
      onplayerror: fail,
      onplay: () => {
        if (!live()) return;
        this.starts = sentenceStarts(clip.parts, timing?.duration || howl.duration(), timing);
        clearInterval(this.timer);
        this.timer = window.setInterval(() => this.tick("playing"), 150);
        this.tick("playing");
      },
      onend: () => {
        if (!live()) return;
        clearInterval(this.timer);
        if (index + 1 < request.clips.length) this.load(index + 1);
        else {
          this.howl?.unload();
          this.howl = null;
          this.request = null;
          this.report({ status: "idle", clip: -1, part: -1 });
        }
      },
    });
    this.howl = howl;
    let timing: Timing | undefined;
    void timingsFor(request.language).then((all) => {
      if (!live()) return;
      timing = all[clip.id];
      howl.play();
    });
  }

  private tick(status: "playing" | "paused"): void {
    const howl = this.howl;
    if (!howl) return;
    const at = Number(howl.seek()) || 0;
    let part = 0;
    while (part + 1 < this.starts.length && this.starts[part + 1]! <= at + 0.05) part++;
    this.report({ status, clip: this.clip, part });
  }
}
