// Harness for the standalone tracker: no LMS API anywhere, progress in jsdom's real localStorage.
import { chooseTracker } from "../../src/tracking/choose-tracker";
import type { HarnessSeed, MakeHarness, TrackerHarness } from "./harness";
import { ManualTimers } from "./manual-timers";

export const STANDALONE_KEY = "call111-test-standalone";

interface Stored {
  progress?: { location: string; data: string } | null;
  outcome?: { completion: string; success: "unknown" | "passed" | "failed"; scorePercent: number | null } | null;
  language?: string;
}

const readStored = (): Stored => JSON.parse(localStorage.getItem(STANDALONE_KEY) ?? "{}") as Stored;

export const makeStandaloneHarness: MakeHarness = async (seed: HarnessSeed = {}) => {
  // What an earlier visit in this browser would have left; an LMS-only seed (name, mastery) has
  // nowhere to go, which is the point: standalone knows no learner.
  localStorage.removeItem(STANDALONE_KEY);
  if (seed.resume || seed.languagePreference) {
    localStorage.setItem(
      STANDALONE_KEY,
      JSON.stringify({ v: 1, progress: seed.resume ?? null, language: seed.languagePreference ?? "", outcome: null }),
    );
  }
  return build();
};

function build(): TrackerHarness {
  let writes = 0;
  const setItem = Storage.prototype.setItem;
  const counting = function (this: Storage, key: string, value: string): void {
    if (key === STANDALONE_KEY) writes += 1;
    setItem.call(this, key, value);
  };
  Storage.prototype.setItem = counting;
  const timers = new ManualTimers();
  const tracker = chooseTracker({ version: "none", storageKey: STANDALONE_KEY, win: window, timers });
  const close = async (): Promise<void> => {
    if (Storage.prototype.setItem === counting) Storage.prototype.setItem = setItem;
  };
  return {
    tracker,
    timers,
    calls: () => writes,
    terminations: () => 0,
    storedProgress: () => readStored().progress ?? { location: "", data: "" },
    storedOutcome: () => {
      const outcome = readStored().outcome;
      return outcome
        ? { completed: outcome.completion === "completed", success: outcome.success, scorePercent: outcome.scorePercent }
        : null;
    },
    relaunch: async () => {
      await close();
      return build();
    },
    close,
  };
}
