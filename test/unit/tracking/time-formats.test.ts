import { describe, expect, it } from "vitest";
import { formatTime12, formatTimespan12 } from "../../../src/tracking/scorm12/time12";
import { formatDuration2004, formatTimestamp2004 } from "../../../src/tracking/scorm2004/time2004";

describe("SCORM 1.2 CMITimespan", () => {
  it.each([
    [0, "00:00:00"],
    [999, "00:00:01"],
    [65_430, "00:01:05.43"],
    [330_000, "00:05:30"],
    [3_661_000, "01:01:01"],
    [100 * 3_600_000, "100:00:00"],
    [20_000 * 3_600_000, "9999:59:59.99"],
    [-5, "00:00:00"],
  ])("%i ms -> %s", (ms, text) => {
    expect(formatTimespan12(ms)).toBe(text);
    expect(text).toMatch(/^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,2})?$/); // Moodle's regex
  });

  it("writes CMITime as the local time of day", () => {
    expect(formatTime12(new Date(2025, 2, 10, 9, 5, 7, 900))).toBe("09:05:07");
  });
});

describe("SCORM 2004 timeinterval and time", () => {
  it.each([
    [0, "PT0S"],
    [999, "PT1S"],
    [4_500, "PT4.5S"],
    [65_430, "PT1M5.43S"],
    [330_000, "PT5M30S"],
    [3_600_000, "PT1H"],
    [3_661_000, "PT1H1M1S"],
    [122_400_010, "PT34H0.01S"],
  ])("%i ms -> %s", (ms, text) => {
    expect(formatDuration2004(ms)).toBe(text);
  });

  it("writes timestamps in UTC with exactly two fraction digits before Z", () => {
    expect(formatTimestamp2004(new Date(Date.UTC(2025, 2, 10, 9, 15, 30, 129)))).toBe("2025-03-10T09:15:30.12Z");
    expect(formatTimestamp2004(new Date(Date.UTC(2025, 2, 10, 9, 15, 30, 0)))).toBe("2025-03-10T09:15:30.00Z");
  });
});
