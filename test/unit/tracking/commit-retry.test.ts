import { describe, expect, it } from "vitest";
import { CommitRetry, RETRY_DELAYS_MS } from "../../../src/tracking/commit-retry";
import type { DeliveryStatus } from "../../../src/tracking/tracker";
import { ManualTimers } from "../../contract/manual-timers";

describe("CommitRetry", () => {
  it("backs off, reports retrying once and ok once, and stops when delivery succeeds", () => {
    const timers = new ManualTimers();
    let failuresLeft = 6;
    const retry = new CommitRetry(() => failuresLeft-- <= 0, timers);
    const statuses: DeliveryStatus[] = [];
    retry.subscribe((s) => statuses.push(s));
    const delays: number[] = [];
    expect(retry.run()).toBe(false);
    while (timers.delays.length > 0) {
      delays.push(...timers.delays);
      timers.fireAll();
    }
    expect(delays).toEqual([...RETRY_DELAYS_MS, 30000, 30000]);
    expect(statuses).toEqual(["retrying", "ok"]);
    expect(retry.pending).toBe(false);
  });

  it("treats a throwing attempt as a failure, and a throwing listener as harmless", () => {
    const timers = new ManualTimers();
    const retry = new CommitRetry(() => {
      throw new Error("LMS gone");
    }, timers);
    const statuses: DeliveryStatus[] = [];
    retry.subscribe(() => {
      throw new Error("bad listener");
    });
    retry.subscribe((s) => statuses.push(s));
    expect(retry.run()).toBe(false);
    expect(statuses).toEqual(["retrying"]);
  });

  it("cancel() drops the scheduled retry, and unsubscribe stops notices", () => {
    const timers = new ManualTimers();
    const retry = new CommitRetry(() => false, timers);
    const statuses: DeliveryStatus[] = [];
    const unsubscribe = retry.subscribe((s) => statuses.push(s));
    unsubscribe();
    retry.run();
    retry.cancel();
    expect(timers.delays).toEqual([]);
    expect(statuses).toEqual([]);
  });

  it("tells a late subscriber at once that delivery is failing", () => {
    const retry = new CommitRetry(() => false, new ManualTimers());
    retry.run();
    const statuses: DeliveryStatus[] = [];
    retry.subscribe((s) => statuses.push(s));
    expect(statuses).toEqual(["retrying"]);
  });
});
