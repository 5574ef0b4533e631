// Starts a tracker straight on a real scorm-again runtime, with a clock and timers the test
// controls, for the tests that assert exact CMI values.
import { bindScorm12Api, createScorm12Tracker } from "../../../src/tracking/scorm12/scorm12-tracker";
import { bindScorm2004Api, createScorm2004Tracker } from "../../../src/tracking/scorm2004/scorm2004-tracker";
import type { ScormTracker } from "../../../src/tracking/scorm-tracker";
import { ManualTimers } from "../../contract/manual-timers";
import { Scorm12API, Scorm2004API } from "../../contract/scorm-again";

export interface Launch<Api> {
  api: Api;
  tracker: ScormTracker;
  timers: ManualTimers;
  clock: { now: number };
  warnings: string[];
}

function launch<Api>(
  api: Api,
  make: (options: { timers: ManualTimers; now: () => number; warn: (m: string) => void }) => ScormTracker,
): Launch<Api> {
  const timers = new ManualTimers();
  const clock = { now: 1_000_000 };
  const warnings: string[] = [];
  const tracker = make({ timers, now: () => clock.now, warn: (m) => warnings.push(m) });
  return { api, tracker, timers, clock, warnings };
}

/** A 1.2 runtime seeded like a real LMS launch (credit "credit": scorm-again's default is ""). */
export function launch12(seed: Record<string, unknown> = {}, settings: Record<string, unknown> = {}) {
  const api = new Scorm12API({ logLevel: 5, mastery_override: false, ...settings });
  const { core, ...rest } = seed as { core?: Record<string, unknown> };
  api.loadFromJSON({ core: { student_id: "hs-0042", student_name: "Nguyen, An", credit: "credit", lesson_mode: "normal", ...core }, ...rest });
  return launch(api, (options) => createScorm12Tracker(bindScorm12Api(api)!, options));
}

export function launch2004(seed: Record<string, unknown> = {}, settings: Record<string, unknown> = {}) {
  const api = new Scorm2004API({ logLevel: 5, ...settings });
  api.loadFromJSON({ learner_id: "hs-0042", learner_name: "Nguyen, An", credit: "credit", mode: "normal", ...seed });
  return launch(api, (options) => createScorm2004Tracker(bindScorm2004Api(api)!, options));
}

/** The CMI tree as scorm-again would commit it (write-only elements included). */
export const cmiOf = (api: { renderCMIToJSONObject(): unknown }): any => (api.renderCMIToJSONObject() as { cmi: unknown }).cmi;

/** Logs every GetValue/LMSGetValue with the error code the runtime set. Wraps the method itself:
 *  scorm-again's "GetValue" event does not fire for every read (cmi.completion_status, seen in 3.4.3). */
export function logReads(api: object, method: "LMSGetValue" | "GetValue"): [element: string, error: string][] {
  const reads: [string, string][] = [];
  const target = api as Record<string, unknown> & { lastErrorCode: unknown };
  const original = target[method] as (element: string) => string;
  target[method] = (element: string): string => {
    const value = original.call(api, element);
    reads.push([element, String(target.lastErrorCode)]);
    return value;
  };
  return reads;
}
