// Picks the Tracker for this launch. The built package says which SCORM version it is
// (<html data-scorm="1.2|2004|none">, read by the player), and each package looks only for its
// own API object: a 1.2 package must not start talking 2004 to an LMS that offers both.
import { findLmsApi } from "./find-lms-api";
import type { RetryTimers } from "./commit-retry";
import type { LmsAdapter } from "./lms-adapter";
import { LMS_ADAPTERS } from "./lms-adapters";
import { LmsFallbackTracker } from "./lms-fallback-tracker";
import { ScormTracker } from "./scorm-tracker";
import { StandaloneTracker } from "./standalone/standalone-tracker";
import type { Tracker } from "./tracker";

/** "auto" is for the dev server: try 2004, then 1.2. "none" never looks for an LMS. */
export type ScormVersionSetting = "1.2" | "2004" | "none" | "auto";

export interface ChooseTrackerOptions {
  version: ScormVersionSetting;
  /** localStorage key for standalone progress (per band, so bands do not share a bookmark). */
  storageKey: string;
  /** The window to search from; defaults to the page's own. */
  win?: Window;
  /** Retry timers and clock, for tests; browser defaults otherwise. */
  timers?: RetryTimers;
  now?: () => number;
}

const present = (...adapters: (LmsAdapter | undefined)[]): LmsAdapter[] => adapters.filter((a): a is LmsAdapter => a !== undefined);

const SEARCH_ORDER: Record<ScormVersionSetting, readonly LmsAdapter[]> = {
  "1.2": present(LMS_ADAPTERS["1.2"]),
  "2004": present(LMS_ADAPTERS["2004"]),
  auto: present(LMS_ADAPTERS["2004"], LMS_ADAPTERS["1.2"]),
  none: [],
};

export function chooseTracker(options: ChooseTrackerOptions): Tracker {
  const win = options.win ?? (typeof window === "undefined" ? undefined : window);
  const standalone = (reason: "no-lms" | "lms-refused"): Tracker =>
    new StandaloneTracker(options.storageKey, reason, win);
  if (!win) return standalone("no-lms");

  for (const adapter of SEARCH_ORDER[options.version] ?? []) {
    const api = adapter.bind(findLmsApi(win, adapter.apiName));
    if (!api) continue;
    const lms = new ScormTracker(api, adapter.dialect, {
      ...(options.timers ? { timers: options.timers } : {}),
      ...(options.now ? { now: options.now } : {}),
    });
    return new LmsFallbackTracker(lms, () => standalone("lms-refused"));
  }
  return standalone("no-lms");
}
