// The LMS side of the preview: a scorm-again API object for one launch, with every call the SCO
// makes recorded (method, element, value, return value, error code) and a few SCORM rules that
// scorm-again does not enforce flagged as violations (SCORM-NOTES §2.7: it accepts 1.2 calls
// after LMSFinish and 1.2 suspend_data over 4,096 characters; a real LMS such as Moodle does not).
import { Scorm12API, Scorm2004API, type CommitMetadata, type LogLevel } from "scorm-again";
import type { ScormVersion } from "../scorm-versions";

export type RuntimeApi = Scorm12API | Scorm2004API;

export interface ApiCall {
  seq: number;
  /** Milliseconds since this launch started. */
  at: number;
  method: string;
  element?: string;
  value?: string;
  result: string;
  /** Error code after the call ("0" = no error), as GetLastError would report it. */
  error: string;
}

export interface CommitPayload {
  at: number;
  terminate: boolean;
  trigger: string;
  body: unknown;
}

export interface RuntimeHooks {
  onCall(call: ApiCall): void;
  onViolation(message: string): void;
  onLog(level: string, message: string): void;
  onPayload(payload: CommitPayload): void;
  /** After a Commit / Finish that returned "true". */
  onStored(finished: boolean): void;
}

const METHODS = {
  "1.2": {
    init: "LMSInitialize",
    finish: "LMSFinish",
    get: "LMSGetValue",
    set: "LMSSetValue",
    commit: "LMSCommit",
    errorFns: ["LMSGetLastError", "LMSGetErrorString", "LMSGetDiagnostic"],
  },
  "2004": {
    init: "Initialize",
    finish: "Terminate",
    get: "GetValue",
    set: "SetValue",
    commit: "Commit",
    errorFns: ["GetLastError", "GetErrorString", "GetDiagnostic"],
  },
} as const;

export function apiMethodNames(version: ScormVersion) {
  return METHODS[version];
}

/** "1.2" talks to window.API, "2004" to window.API_1484_11 (SCORM-NOTES §3.1). */
export function apiGlobalName(version: ScormVersion): "API" | "API_1484_11" {
  return version === "1.2" ? "API" : "API_1484_11";
}

export function createRuntimeApi(version: ScormVersion, commitUrl: string, hooks: RuntimeHooks): RuntimeApi {
  const started = performance.now();
  const since = () => Math.round(performance.now() - started);
  const settings = {
    // Explicit: the Scorm12API constructor switches mastery_override ON whenever a settings
    // object lacks it (SCORM-NOTES §2.6). Our SCO must decide passed/failed itself (DESIGN.md
    // "SCORM behaviour"); an LMS that silently re-judged the status would hide a SCO bug here.
    mastery_override: false,
    // The SCO commits at its own checkpoints; an LMS-side timer would mask a missing commit.
    autocommit: false,
    // Commits go to the preview server like they would to a real LMS. Synchronous XHR (the
    // scorm-again default) makes LMSCommit return "false" when the server answers 500; the
    // terminate commit goes by sendBeacon (text/plain), which the server also accepts.
    lmsCommitUrl: commitUrl,
    logLevel: "WARN" as LogLevel,
    onLogMessage: (level: LogLevel, message: string) => hooks.onLog(String(level), message),
    requestHandler: (body: unknown, meta?: CommitMetadata) => {
      hooks.onPayload({ at: since(), terminate: !!meta?.isTerminateCommit, trigger: meta?.trigger ?? "manual", body });
      return body;
    },
  };
  const api: RuntimeApi = version === "1.2" ? new Scorm12API(settings) : new Scorm2004API(settings);
  recordCalls(api, version, since, hooks);
  return api;
}

function recordCalls(api: RuntimeApi, version: ScormVersion, since: () => number, hooks: RuntimeHooks): void {
  const names = METHODS[version];
  const all = [names.init, names.finish, names.get, names.set, names.commit, ...names.errorFns];
  const target = api as unknown as Record<string, (...args: unknown[]) => string>;
  let seq = 0;
  let initialized = false;
  let finished = false;
  for (const method of all) {
    const original = target[method];
    if (typeof original !== "function") throw new Error(`scorm-again has no ${method}()`);
    target[method] = (...args: unknown[]) => {
      const isErrorFn = (names.errorFns as readonly string[]).includes(method);
      if (finished && !isErrorFn) hooks.onViolation(`${method}(${describeArgs(args)}) called after ${names.finish}`);
      if (version === "1.2" && method === names.set && args[0] === "cmi.suspend_data" && String(args[1]).length > 4096) {
        hooks.onViolation(`cmi.suspend_data is ${String(args[1]).length} characters; SCORM 1.2 allows 4096`);
      }
      const result = original.apply(api, args);
      const call: ApiCall = { seq: ++seq, at: since(), method, result, error: api.lastErrorCode };
      if (method === names.get || method === names.set) call.element = String(args[0]);
      if (method === names.set) call.value = String(args[1]);
      hooks.onCall(call);
      if (method === names.init && result === "true") initialized = true;
      if (initialized && result === "true" && (method === names.commit || method === names.finish) && !finished) {
        if (method === names.finish) finished = true;
        hooks.onStored(method === names.finish);
      }
      return result;
    };
  }
}

function describeArgs(args: unknown[]): string {
  return args.map((a) => JSON.stringify(String(a)).slice(0, 60)).join(", ");
}
