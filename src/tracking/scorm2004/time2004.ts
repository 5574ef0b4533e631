// SCORM 2004 time formats (RTE §4.2, SCORM-NOTES.md §4.4).

/** timeinterval (second,10,2): an ISO 8601 duration with at most 2 decimals of seconds,
 *  e.g. PT5M30S, PT1H1M1S, PT1M5.43S, PT0S. Hours are not rolled into days, which is allowed. */
export function formatDuration2004(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(cs / 360000);
  const minutes = Math.floor(cs / 6000) % 60;
  // Integer centiseconds / 100 prints with at most 2 decimals (5.43, 30, 0.01).
  const seconds = (cs % 6000) / 100;
  const h = hours > 0 ? `${hours}H` : "";
  const m = minutes > 0 ? `${minutes}M` : "";
  const s = seconds > 0 || (!h && !m) ? `${seconds}S` : "";
  return `PT${h}${m}${s}`;
}

/** time (second,10,0): YYYY-MM-DDThh:mm:ss.ssZ in UTC. Exactly 2 fraction digits: Moodle's
 *  CMITime regex allows 1–2 and only accepts a time zone after the fraction. */
export function formatTimestamp2004(date: Date): string {
  return date.toISOString().replace(/\.(\d{2})\d*Z$/, ".$1Z");
}
