// Retry timers run by hand, so a test decides when "30 seconds later" happens.
import type { RetryTimers } from "../../src/tracking/commit-retry";

export class ManualTimers implements RetryTimers {
  private nextId = 1;
  private readonly waiting = new Map<number, { run: () => void; ms: number }>();

  set(run: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.waiting.set(id, { run, ms });
    return id;
  }

  clear(handle: unknown): void {
    this.waiting.delete(handle as number);
  }

  /** Delays of the timers still waiting. */
  get delays(): number[] {
    return [...this.waiting.values()].map((timer) => timer.ms);
  }

  /** Fires every waiting timer once (timers they set wait for the next call). */
  fireAll(): number {
    const due = [...this.waiting.values()];
    this.waiting.clear();
    for (const timer of due) timer.run();
    return due.length;
  }
}
