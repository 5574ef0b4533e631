// Retries a failed delivery with backoff and tells the player whether data is reaching the LMS
// (DESIGN.md: "a failed commit is retried and the student sees a calm notice; nothing answered is
// lost"). The work itself (setting pending values, then Commit) is the `attempt` callback; this
// file only decides when to run it again and when to tell listeners.
import type { DeliveryStatus } from "./tracker";

/** Timer functions, injectable so tests can run retries by hand. */
export interface RetryTimers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** Waits between attempts: short at first (a blip), then every 30 s for as long as it takes. */
export const RETRY_DELAYS_MS = [1000, 3000, 10000, 30000] as const;

export function browserTimers(): RetryTimers {
  return {
    set: (run, ms) => setTimeout(run, ms),
    clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
}

export class CommitRetry {
  private failures = 0;
  private timer: unknown = null;
  private status: DeliveryStatus = "ok";
  private readonly listeners = new Set<(status: DeliveryStatus) => void>();

  /** `attempt` returns true when everything reached the LMS. */
  constructor(
    private readonly attempt: () => boolean,
    private readonly timers: RetryTimers,
  ) {}

  /** Tries now; on failure, schedules the next try. Returns whether this try succeeded. */
  run(): boolean {
    this.cancel();
    let ok = false;
    try {
      ok = this.attempt();
    } catch {
      ok = false;
    }
    if (ok) {
      this.failures = 0;
      this.setStatus("ok");
      return true;
    }
    const delay = RETRY_DELAYS_MS[Math.min(this.failures, RETRY_DELAYS_MS.length - 1)] ?? 30000;
    this.failures += 1;
    this.setStatus("retrying");
    this.timer = this.timers.set(() => {
      this.timer = null;
      this.run();
    }, delay);
    return false;
  }

  /** Stops retrying (after finish nothing may be sent). */
  cancel(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }

  get pending(): boolean {
    return this.timer !== null;
  }

  /** A listener that arrives while delivery is failing (e.g. the commit at start failed before
   *  the player subscribed) hears "retrying" at once, so the notice is not missed. */
  subscribe(listener: (status: DeliveryStatus) => void): () => void {
    this.listeners.add(listener);
    if (this.status === "retrying") {
      try {
        listener("retrying");
      } catch {
        // as in setStatus
      }
    }
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Listeners hear changes only: "retrying" once when delivery starts failing, "ok" once it recovers. */
  private setStatus(status: DeliveryStatus): void {
    if (status === this.status) return;
    this.status = status;
    for (const listener of [...this.listeners]) {
      try {
        listener(status);
      } catch {
        // A broken listener must not stop tracking.
      }
    }
  }
}
