// Values waiting to reach the LMS runtime. Every write goes through here so a failed SetValue is
// kept and sent again, and an interaction is written once, at one index, however many tries it
// takes (DESIGN.md: "nothing answered is lost"). Shared by both SCORM versions; what differs
// (element names, error codes) comes from the ScormDialect table.
import type { CmiWrite, ScormApiCalls, ScormDialect } from "./scorm-dialect";

type SetResult = "ok" | "rejected" | "failed";

interface PendingRecord {
  readonly fields: readonly CmiWrite[];
  /** Fixed at the first try so a retry completes the same record instead of starting a new one. */
  index: number | null;
  /** How many fields have been written. */
  sent: number;
}

export class CmiOutbox {
  private readonly values = new Map<string, string>();
  private readonly records: PendingRecord[] = [];
  /** Our own count of records written, used when cmi.interactions._count cannot be read. */
  private nextIndex = 0;

  constructor(
    private readonly api: ScormApiCalls,
    private readonly dialect: ScormDialect,
    private readonly warn: (message: string) => void,
  ) {}

  /** Queues values; a newer value for the same element replaces the one still waiting. */
  setLater(writes: readonly CmiWrite[]): void {
    for (const [element, value] of writes) {
      this.values.delete(element);
      this.values.set(element, value);
    }
  }

  /** Queues one interaction record, appended after the ones already queued. */
  addRecord(fields: readonly CmiWrite[]): void {
    this.records.push({ fields, index: null, sent: 0 });
  }

  /** Writes what is queued, in order. "stop" keeps everything from the first failure that a retry
   *  may fix; "best-effort" (the last chance, at finish) tries every write once.
   *  Returns true when nothing is left waiting. */
  send(mode: "stop" | "best-effort"): boolean {
    for (const [element, value] of [...this.values]) {
      const result = this.set(element, value);
      if (result === "failed" && mode === "stop") return false;
      this.values.delete(element);
    }
    while (this.records.length > 0) {
      const record = this.records[0]!;
      if (!this.sendRecord(record, mode) && mode === "stop") return false;
      this.records.shift();
    }
    return true;
  }

  private sendRecord(record: PendingRecord, mode: "stop" | "best-effort"): boolean {
    // Append at cmi.interactions._count (SCORM-NOTES §4.1: 1.2 interactions are journaled).
    record.index ??= this.readCount();
    const prefix = this.dialect.interactionPrefix(record.index);
    while (record.sent < record.fields.length) {
      const [field, value] = record.fields[record.sent]!;
      const result = this.set(prefix + field, value);
      if (result === "failed" && mode === "stop") return false;
      // The id comes first; without it no other field is accepted (2004 error 408), so drop the record.
      if (result === "rejected" && record.sent === 0) break;
      record.sent += 1;
    }
    this.nextIndex = Math.max(this.nextIndex, record.index + 1);
    return true;
  }

  private readCount(): number {
    let count = Number.NaN;
    try {
      count = Number.parseInt(this.api.getValue(this.dialect.elements.interactionCount), 10);
    } catch {
      // fall through to our own count
    }
    return Number.isInteger(count) && count >= 0 ? Math.max(count, this.nextIndex) : this.nextIndex;
  }

  /** One SetValue. "rejected" = the LMS says the value or element is wrong (log it, move on);
   *  "failed" = anything else, including a throw: worth another try. */
  private set(element: string, value: string): SetResult {
    let returned: string;
    try {
      returned = String(this.api.setValue(element, value));
    } catch {
      return "failed";
    }
    if (returned === "true") return "ok";
    let code = "";
    try {
      code = String(this.api.getLastError());
    } catch {
      return "failed";
    }
    if (!this.dialect.permanentErrors.has(code)) return "failed";
    this.warn(`LMS rejected ${element}="${value.slice(0, 80)}" (error ${code}); not sent again`);
    return "rejected";
  }
}
