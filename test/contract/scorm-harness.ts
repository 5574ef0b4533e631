// Harness for the SCORM adapters: a real scorm-again runtime published on the top jsdom window,
// the lesson running in a child iframe that must find it by climbing window.parent.
import { Scorm12API, Scorm2004API } from "./scorm-again";
import { chooseTracker, type ScormVersionSetting } from "../../src/tracking/choose-tracker";
import { installSendBeacon, startCommitServer, type CommitServer } from "./commit-server";
import type { HarnessSeed, MakeHarness, StoredObjective, StoredOutcome, TrackerHarness } from "./harness";
import { ManualTimers } from "./manual-timers";

/** Everything that differs between the two runtimes, as a table. */
export interface RuntimeProfile {
  version: ScormVersionSetting;
  apiName: "API" | "API_1484_11";
  methods: readonly string[];
  terminateMethod: string;
  getMethod: string;
  lastErrorMethod: string;
  create(settings: Record<string, unknown>): ScormRuntime;
  /** The loadFromJSON tree for a launch. */
  seedTree(seed: HarnessSeed): Record<string, unknown>;
  /** A new launch's seed from what the runtime held after the session (exit decides resume). */
  nextSeed(runtime: ScormRuntime, previous: HarnessSeed): HarnessSeed;
  progress(runtime: ScormRuntime): { location: string; data: string };
  outcome(runtime: ScormRuntime): StoredOutcome | null;
  objective(record: any): StoredObjective;
}

/** Non-empty cmi.objectives.* values, flattened: what an LMS hands back to a resumed attempt. */
function objectivesOf(runtime: ScormRuntime): Record<string, string> {
  const flat = (runtime.getFlattenedCMI as () => Record<string, unknown>)();
  return Object.fromEntries(
    Object.entries(flat).filter((e): e is [string, string] => e[0].startsWith("cmi.objectives.") && typeof e[1] === "string" && e[1] !== ""),
  );
}

const scoreOf = (raw: string): number | null => (raw === "" ? null : Number(raw));

/** cmi.exit is write-only, and scorm-again's getter throws unless the JSON renderer is running;
 *  the rendered snapshot shows it. */
export function exitOf(runtime: ScormRuntime, group?: "core"): string {
  const rendered = (runtime.renderCMIToJSONObject as () => { cmi: any })().cmi;
  return String((group ? rendered[group] : rendered).exit);
}

/** The parts of scorm-again the harness touches (typed loosely: both runtimes fit). */
export type ScormRuntime = Record<string, unknown> & {
  cmi: any;
  loadFromJSON(json: Record<string, unknown>): void;
};

export const SCORM12_PROFILE: RuntimeProfile = {
  version: "1.2",
  apiName: "API",
  methods: ["LMSInitialize", "LMSGetValue", "LMSSetValue", "LMSCommit", "LMSFinish", "LMSGetLastError", "LMSGetErrorString", "LMSGetDiagnostic"],
  terminateMethod: "LMSFinish",
  getMethod: "LMSGetValue",
  lastErrorMethod: "LMSGetLastError",
  create: (settings) => new Scorm12API(settings) as unknown as ScormRuntime,
  seedTree: (seed) => ({
    core: {
      student_id: "hs-0042",
      student_name: seed.learnerName ?? "Nguyen, An",
      // scorm-again's 1.2 default credit is "" (SCORM-NOTES §2.4); a real LMS says "credit".
      credit: "credit",
      lesson_mode: seed.mode ?? "normal",
      entry: seed.resume ? "resume" : seed.held ? "" : "ab-initio",
      ...(seed.resume ? { lesson_status: "incomplete", lesson_location: seed.resume.location } : {}),
      // 1.2 has one word for both: passed/failed win over completed (as our adapter writes it).
      ...(seed.held
        ? {
            lesson_status: seed.held.success !== "unknown" ? seed.held.success : seed.held.completed ? "completed" : "incomplete",
            score: { raw: String(seed.held.scorePercent), min: "0", max: "100" },
          }
        : {}),
    },
    ...(seed.resume ? { suspend_data: seed.resume.data } : {}),
    ...(seed.masteryPercent !== undefined ? { student_data: { mastery_score: String(seed.masteryPercent) } } : {}),
    student_preference: { language: seed.languagePreference ?? "" },
  }),
  nextSeed: (runtime, previous) => ({
    ...previous,
    languagePreference: runtime.cmi.student_preference.language,
    resume:
      exitOf(runtime, "core") === "suspend"
        ? { location: runtime.cmi.core.lesson_location, data: runtime.cmi.suspend_data }
        : undefined,
  }),
  progress: (runtime) => ({ location: runtime.cmi.core.lesson_location, data: runtime.cmi.suspend_data }),
  objective: (o) => ({
    id: o.id,
    success: o.status === "passed" || o.status === "failed" ? o.status : "unknown",
    incomplete: o.status === "incomplete",
    scorePercent: scoreOf(o.score.raw),
    min: o.score.min,
    max: o.score.max,
  }),
  outcome: (runtime) => {
    const status: string = runtime.cmi.core.lesson_status;
    const raw: string = runtime.cmi.core.score.raw;
    if (status === "not attempted") return null;
    return {
      completed: status !== "incomplete",
      success: status === "passed" || status === "failed" ? status : "unknown",
      scorePercent: raw === "" ? null : Number(raw),
    };
  },
};

export const SCORM2004_PROFILE: RuntimeProfile = {
  version: "2004",
  apiName: "API_1484_11",
  methods: ["Initialize", "GetValue", "SetValue", "Commit", "Terminate", "GetLastError", "GetErrorString", "GetDiagnostic"],
  terminateMethod: "Terminate",
  getMethod: "GetValue",
  lastErrorMethod: "GetLastError",
  create: (settings) => new Scorm2004API(settings) as unknown as ScormRuntime,
  seedTree: (seed) => ({
    learner_id: "hs-0042",
    learner_name: seed.learnerName ?? "Nguyen, An",
    credit: "credit",
    mode: seed.mode ?? "normal",
    entry: seed.resume ? "resume" : seed.held ? "" : "ab-initio",
    ...(seed.resume ? { completion_status: "incomplete", location: seed.resume.location, suspend_data: seed.resume.data } : {}),
    ...(seed.held
      ? {
          completion_status: seed.held.completed ? "completed" : "incomplete",
          success_status: seed.held.success,
          progress_measure: seed.held.completed ? "1" : "0.5",
          score: { scaled: String(seed.held.scorePercent / 100), raw: String(seed.held.scorePercent), min: "0", max: "100" },
        }
      : {}),
    ...(seed.masteryPercent !== undefined ? { scaled_passing_score: String(seed.masteryPercent / 100) } : {}),
    learner_preference: { language: seed.languagePreference ?? "" },
  }),
  nextSeed: (runtime, previous) => ({
    ...previous,
    languagePreference: runtime.cmi.learner_preference.language,
    resume:
      exitOf(runtime) === "suspend" ? { location: runtime.cmi.location, data: runtime.cmi.suspend_data } : undefined,
  }),
  progress: (runtime) => ({ location: runtime.cmi.location, data: runtime.cmi.suspend_data }),
  objective: (o) => ({
    id: o.id,
    success: o.success_status === "passed" || o.success_status === "failed" ? o.success_status : "unknown",
    incomplete: o.completion_status === "incomplete",
    scorePercent: scoreOf(o.score.raw),
    min: o.score.min,
    max: o.score.max,
  }),
  outcome: (runtime) => {
    const completion: string = runtime.cmi.completion_status;
    const success: string = runtime.cmi.success_status;
    const raw: string = runtime.cmi.score.raw;
    if (completion === "unknown" || completion === "not attempted") return null;
    return {
      completed: completion === "completed",
      success: success === "passed" || success === "failed" ? success : "unknown",
      scorePercent: raw === "" ? null : Number(raw),
    };
  },
};

export interface ScormHarness extends TrackerHarness {
  runtime: ScormRuntime;
  frame: Window;
}

/** Builds a harness for one runtime profile. Must run under @vitest-environment jsdom. */
export function scormHarnessFactory(profile: RuntimeProfile): (seed?: HarnessSeed) => Promise<ScormHarness> {
  const make = async (seed: HarnessSeed = {}): Promise<ScormHarness> => {
    const server: CommitServer | null = seed.commitServer ? await startCommitServer() : null;
    // mastery_override:false so scorm-again does not re-judge the status (SCORM-NOTES §2.2).
    const runtime = profile.create({
      logLevel: 5,
      mastery_override: false,
      ...(server ? { lmsCommitUrl: server.url } : {}),
    });
    if (seed.objectives) (runtime.loadFromFlattenedJSON as (flat: Record<string, string>) => void)(seed.objectives);
    runtime.loadFromJSON(profile.seedTree(seed));
    const counts = { calls: 0, terminations: 0 };
    const reads: { element: string; error: string }[] = [];
    const lastError = runtime[profile.lastErrorMethod] as () => unknown;
    for (const name of profile.methods) {
      const original = runtime[name] as (...args: unknown[]) => unknown;
      runtime[name] = (...args: unknown[]): unknown => {
        counts.calls += 1;
        if (name === profile.terminateMethod) counts.terminations += 1;
        const result = original.apply(runtime, args);
        // The error code straight from the runtime (not counted as a lesson call).
        if (name === profile.getMethod) reads.push({ element: String(args[0]), error: String(lastError.call(runtime)) });
        return result;
      };
    }
    // scorm-again posts the terminate commit with the global navigator.sendBeacon.
    if (server) installSendBeacon(window);
    const iframe = document.createElement("iframe");
    document.body.appendChild(iframe);
    const frame = iframe.contentWindow!;
    // vitest's `window` global is a copy of jsdom's globals, not the Window object a frame sees
    // as its parent: publish the API where the frame will look, like an LMS player page does.
    const top = frame.parent;
    (top as unknown as Record<string, unknown>)[profile.apiName] = runtime;
    const timers = new ManualTimers();
    const tracker = chooseTracker({ version: profile.version, storageKey: "call111-test", win: frame, timers });
    return {
      tracker,
      timers,
      runtime,
      frame,
      calls: () => counts.calls,
      terminations: () => counts.terminations,
      reads: () => [...reads],
      storedProgress: () => profile.progress(runtime),
      storedOutcome: () => profile.outcome(runtime),
      storedObjectives: () => (runtime.cmi.objectives.childArray as unknown[]).map((o) => profile.objective(o)),
      // 1.2 interactions are write-only: the JSON renderer may read them (see exitOf).
      interactionObjectives: () =>
        Object.values((runtime.renderCMIToJSONObject as () => { cmi: any })().cmi.interactions as Record<string, any>).map((i) =>
          String(i.objectives?.["0"]?.id ?? ""),
        ),
      relaunch: async () => {
        const next = profile.nextSeed(runtime, seed);
        // Objectives belong to the attempt: a resumed attempt gets them back, a new one starts without.
        if (next.resume) next.objectives = objectivesOf(runtime);
        else delete next.objectives;
        await close();
        return make({ ...next, commitServer: false });
      },
      ...(server
        ? {
            failNextCommits: (count: number) => server.failNext(count),
            deliveredCommits: async () =>
              (await server.received()).filter((c) => c.status === 200).map((c) => c.body),
          }
        : {}),
      close,
    };
    async function close(): Promise<void> {
      iframe.remove();
      delete (top as unknown as Record<string, unknown>)[profile.apiName];
      await server?.close();
    }
  };
  return make;
}

export const makeScorm12Harness: MakeHarness = scormHarnessFactory(SCORM12_PROFILE);
export const makeScorm2004Harness: MakeHarness = scormHarnessFactory(SCORM2004_PROFILE);
