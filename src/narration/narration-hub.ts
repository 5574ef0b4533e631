// The narration's state for the whole lesson: muted or not (saved as the learner's audio
// preference), whether the student has started listening, and what is playing now. One hub per
// page (hubFor). The player itself (howler and the caption timing, narrator.ts) is imported the
// first time the student presses Play, so nothing audio is fetched before that first press
// (browsers block sound before it anyway).
import type { Narrator } from "./narrator";
import type { NarrationSetup } from "./narration-slot";

export interface ClipRequest {
  language: string;
  /** Clips played one after the other (e.g. the quiz intro, then the first question). */
  clips: { id: string; parts: string[] }[];
}

export interface PlayState {
  status: "idle" | "loading" | "playing" | "paused" | "error";
  /** Which clip and sentence are being spoken (-1: none). */
  clip: number;
  part: number;
}

const IDLE: PlayState = { status: "idle", clip: -1, part: -1 };

export class NarrationHub {
  state: PlayState = IDLE;
  /** Set by the first Play: from then on each new screen starts its narration by itself. */
  listening = false;
  private request: ClipRequest | null = null;
  private engine: Promise<Narrator> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    public muted: boolean,
    private readonly saveMuted: (muted: boolean) => void,
    /** The lesson's language now (it can change during the lesson). */
    readonly language: () => string,
    private readonly load: () => Promise<typeof import("./narrator")> = () => import("./narrator"),
  ) {}

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Plays the request from the start, or continues it where it was paused. */
  play(request: ClipRequest, fromStart = false): void {
    const same = this.request && key(this.request) === key(request);
    this.request = request;
    this.listening = true;
    if (this.muted) this.setMuted(false);
    this.set({ status: "loading", clip: same && !fromStart ? this.state.clip : -1, part: same && !fromStart ? this.state.part : -1 });
    this.narrator().then(
      (n) => {
        if (this.request === request) n.play(request, !same || fromStart);
      },
      () => this.request === request && this.set({ ...IDLE, status: "error" }),
    );
  }

  pause(): void {
    this.engine?.then((n) => n.pause(), () => undefined);
  }

  /** Stops and forgets the request (leaving the screen). */
  stop(request?: ClipRequest): void {
    if (request && this.request && key(this.request) !== key(request)) return;
    this.request = null;
    this.engine?.then((n) => n.stop(), () => undefined);
    this.set(IDLE);
  }

  setMuted(muted: boolean): void {
    if (muted === this.muted) return;
    this.muted = muted;
    if (muted) {
      this.listening = false;
      this.stop();
    }
    this.saveMuted(muted);
    this.emit();
  }

  /** Whether a new screen should start speaking by itself. */
  shouldAutoplay(): boolean {
    return this.listening && !this.muted;
  }

  isCurrent(request: ClipRequest): boolean {
    return !!this.request && key(this.request) === key(request);
  }

  private narrator(): Promise<Narrator> {
    this.engine ??= this.load().then((m) => new m.Narrator((state) => this.set(state)));
    // A failed import (offline) may work next time.
    this.engine.catch(() => (this.engine = null));
    return this.engine;
  }

  private set(state: PlayState): void {
    this.state = state;
    this.emit();
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}

function key(r: ClipRequest): string {
  return `${r.language}:${r.clips.map((c) => c.id).join("+")}`;
}

let hub: NarrationHub | null = null;

/** The page's hub, made from main.tsx's setup the first time controls need it. */
export function hubFor(setup: NarrationSetup): NarrationHub {
  hub ??= new NarrationHub(setup.muted, (m) => setup.saveMuted(m), () => setup.language());
  return hub;
}
