// SCORM 1.2 time formats (RTE §3.4, SCORM-NOTES.md §4.4).

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** CMITimespan "HHHH:MM:SS.SS": hours 2–4 digits, the fraction optional and 1–2 digits
 *  (Moodle: ^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,2})?$). Whole seconds are written
 *  without ".00", the form scorm-again itself stores. Capped at 9999:59:59.99. */
export function formatTimespan12(ms: number): string {
  const maxCentiseconds = 9999 * 360000 + 359999;
  const cs = Math.min(maxCentiseconds, Math.max(0, Math.round(ms / 10)));
  const hours = Math.floor(cs / 360000);
  const minutes = Math.floor(cs / 6000) % 60;
  const seconds = Math.floor(cs / 100) % 60;
  const fraction = cs % 100 === 0 ? "" : `.${pad2(cs % 100)}`;
  return `${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}${fraction}`;
}

/** CMITime "HH:MM:SS": a time of day, no date (cmi.interactions.n.time). The learner's local
 *  clock, because that is what a teacher reading the report expects. */
export function formatTime12(date: Date): string {
  return `${pad2(date.getHours())}:${pad2(date.getMinutes())}:${pad2(date.getSeconds())}`;
}
