// Where the narrator gets each clip's sentence start times: audio/<lang>/narration.json, fetched
// once per language. A missing file gives {} (times are then estimated). The classroom build
// swaps this module for src/classroom/classroom-narration-timings.ts (vite.config.ts), which
// reads them from the lesson script instead: a page opened from file:// cannot fetch().
export interface Timing {
  duration: number;
  starts: number[];
  recorded?: boolean;
}

const timings = new Map<string, Promise<Record<string, Timing>>>();

export function timingsFor(language: string): Promise<Record<string, Timing>> {
  let pending = timings.get(language);
  if (!pending) {
    pending = fetch(`audio/${language}/narration.json`)
      .then((r) => (r.ok ? (r.json() as Promise<Record<string, Timing>>) : {}))
      .catch(() => ({}));
    timings.set(language, pending);
  }
  return pending;
}
