// Preview LMS page: plays a built package (dist/packages/<band>-<scorm12|scorm2004>/) in an
// iframe, with scorm-again as the LMS runtime (window.API or window.API_1484_11, created before
// the iframe loads), a live view of the CMI data, and learner state kept across launches.
// `npm start` opens it for people; test/support/lms-host.ts drives it for Playwright through
// window.__lms.
import { packageDirName, type ScormVersion } from "../scorm-versions";
import { renderCalls, renderCmiTable, renderSummary, summaryRows } from "./cmi-panel";
import { launchQuery, readLaunchOptions, type LaunchOptions } from "./launch-options";
import { clearRecord, launchSeed, loadRecord, recordKey, saveRecord, type LearnerRecord } from "./learner-record";
import { readManifest, type ManifestInfo } from "./read-manifest";
import { apiGlobalName, apiMethodNames, createRuntimeApi, type ApiCall, type CommitPayload, type RuntimeApi } from "./runtime-api";

/** What tests (and curious people in the devtools console) can read: window.__lms. */
export interface PreviewLms {
  options: LaunchOptions;
  version: ScormVersion;
  band: string;
  manifest: ManifestInfo | null;
  api: RuntimeApi | null;
  /** Set once the iframe has been created for the current launch. */
  ready: boolean;
  /** Launches in this page (1 after load; +1 per relaunch/reset). */
  launches: number;
  /** What the current launch was seeded with. */
  entry: "resume" | "ab-initio" | "" | null;
  commitsFail: boolean;
  /** Every API call of the current launch, in order. */
  calls: ApiCall[];
  /** Uncaught errors in the page or the lesson, scorm-again ERROR logs, manifest problems. */
  errors: string[];
  /** SCORM rules broken by the SCO that scorm-again lets through. */
  violations: string[];
  /** scorm-again log lines (WARN and above). */
  log: string[];
  /** Commit payloads sent to the LMS endpoint (the terminate one included). */
  commits: CommitPayload[];
  cmi(): unknown;
  flattened(): Record<string, string>;
  /** The learner state saved for the next launch. */
  record(): LearnerRecord | null;
  setCommitsFail(on: boolean): void;
  /** Close the lesson (it should exit and save) and open it again, like a learner returning. */
  relaunch(): void;
  /** Close the lesson, forget the learner's saved state, and start a first attempt. */
  reset(): void;
  /** Close the lesson without reopening it. */
  close(): void;
}

declare global {
  interface Window {
    __lms: PreviewLms;
  }
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const options = readLaunchOptions(location.search);
const storageKey = recordKey(options.band, options.version, options.learnerId);
const packageUrl = `/packages/${packageDirName(options.band, options.version)}/`;
let frame: HTMLIFrameElement | null = null;

const lms: PreviewLms = {
  options,
  version: options.version,
  band: options.band,
  manifest: null,
  api: null,
  ready: false,
  launches: 0,
  entry: null,
  commitsFail: options.failCommits,
  calls: [],
  errors: [],
  violations: [],
  log: [],
  commits: [],
  cmi: () => lms.api?.renderCMIToJSONObject() ?? null,
  flattened: () => (lms.api ? stringValues(lms.api.getFlattenedCMI()) : {}),
  record: () => loadRecord(storageKey),
  setCommitsFail,
  relaunch: () => {
    close();
    launch();
  },
  reset: () => {
    close(); // the lesson saves as it exits…
    clearRecord(storageKey); // …and then that saved state is forgotten
    launch();
  },
  close,
};
window.__lms = lms;

window.addEventListener("error", (e) => problem(`page: ${e.message}`));
window.addEventListener("unhandledrejection", (e) => problem(`page: unhandled rejection ${String(e.reason)}`));

void start();

async function start(): Promise<void> {
  fillForm();
  wirePanel();
  if (options.fresh) {
    clearRecord(storageKey);
    // Only this launch is fresh: a reload must resume like a learner coming back.
    history.replaceState(null, "", launchQuery({ ...options, fresh: false }));
  }
  await listPackages();
  try {
    lms.manifest = await readManifest(packageUrl, options.version);
  } catch (error) {
    problem(`manifest: ${error instanceof Error ? error.message : String(error)}`);
    banner(`Cannot play ${packageUrl}: ${error instanceof Error ? error.message : String(error)}`, true);
    return;
  }
  document.title = `${lms.manifest.title} · SCORM ${options.version} · Preview LMS`;
  launch();
}

function launch(): void {
  const manifest = lms.manifest;
  if (!manifest) return;
  const mastery = options.mastery === "manifest" ? manifest.masteryPercent : options.mastery === "none" ? null : options.mastery;
  const seed = launchSeed(options, mastery, loadRecord(storageKey), manifest.primaryObjectiveId);
  const session = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  lms.calls = [];
  lms.commits = [];
  lms.violations = [];
  lms.entry = seed.entry;
  lms.launches++;

  const api = createRuntimeApi(options.version, commitUrl(session, lms.commitsFail), {
    onCall: (call) => {
      lms.calls.push(call);
      watchLessonErrors();
      schedulePanel();
    },
    onViolation: (message) => {
      lms.violations.push(message);
      showProblem(`SCORM rule: ${message}`);
    },
    onLog: (level, message) => {
      lms.log.push(`${level}: ${message}`);
      if (/^(4|ERROR)$/.test(level)) problem(`scorm-again: ${message}`);
    },
    onPayload: (payload) => lms.commits.push(payload),
    onStored: (finished) => {
      // A real LMS keeps nothing from a commit it failed to receive.
      if (lms.commitsFail) return;
      saveRecord(storageKey, {
        version: options.version,
        savedAt: new Date().toISOString(),
        finished,
        cmi: stringValues(api.getFlattenedCMI()),
        totalTime: api.cmi.getCurrentTotalTime(),
      });
    },
  });
  // Seeding works only before Initialize (SCORM-NOTES §2.4), so it happens before the iframe exists.
  if (Object.keys(seed.interactions).length) api.loadFromFlattenedJSON(seed.interactions);
  if (Object.keys(seed.objectives).length) api.loadFromFlattenedJSON(seed.objectives);
  api.loadFromJSON(seed.cmi);
  const globals = window as unknown as Record<string, unknown>;
  delete globals.API;
  delete globals.API_1484_11;
  globals[apiGlobalName(options.version)] = api;
  lms.api = api;

  frame = document.createElement("iframe");
  frame.title = `Lesson: ${manifest.title}`;
  frame.addEventListener("load", watchLessonErrors);
  frame.src = packageUrl + (options.entry || manifest.launchHref);
  $("frame-host").replaceChildren(frame);
  lms.ready = true;
  banner(
    `SCORM ${options.version} · ${manifest.title} · ${seed.entry === "resume" ? "resumed (entry = resume)" : seed.entry === "" ? `the finished attempt again (entry = "", mode = ${seed.mode})` : "new attempt (entry = ab-initio)"}` +
      ` · mastery ${mastery === null ? "not sent" : `${mastery}%`}${lms.commitsFail ? " · commits are failing on purpose" : ""}`,
    false,
  );
  schedulePanel();
}

function close(): void {
  // Removing the iframe unloads the lesson: its pagehide handler should Commit/Terminate now.
  frame?.remove();
  frame = null;
  lms.ready = false;
  schedulePanel();
}

function commitUrl(session: string, fail: boolean): string {
  return `${location.origin}/lms/commit?session=${session}${fail ? "&fail=1" : ""}`;
}

function setCommitsFail(on: boolean): void {
  lms.commitsFail = on;
  ($("fail-commits") as HTMLInputElement).checked = on;
  const current = lms.api?.settings.lmsCommitUrl;
  if (lms.api && typeof current === "string") {
    const url = new URL(current);
    if (on) url.searchParams.set("fail", "1");
    else url.searchParams.delete("fail");
    lms.api.settings = { lmsCommitUrl: url.toString() };
  }
  history.replaceState(null, "", launchQuery({ ...options, fresh: false, failCommits: on }));
  if (lms.manifest) banner(on ? "Commits now fail (HTTP 500): the lesson should keep going and tell the learner calmly." : "Commits work again.", false);
}

// Errors thrown inside the lesson frame; attached on the first API call (the lesson's window
// exists by then) and again on load.
const watched = new WeakSet<Window>();
function watchLessonErrors(): void {
  const win = frame?.contentWindow;
  if (!win || watched.has(win)) return;
  watched.add(win);
  win.addEventListener("error", (e) => problem(`lesson: ${e.message}`));
  win.addEventListener("unhandledrejection", (e) => problem(`lesson: unhandled rejection ${String(e.reason)}`));
}

function problem(message: string): void {
  lms.errors.push(message);
  showProblem(message);
}

function showProblem(message: string): void {
  const box = $("problems-box");
  box.hidden = false;
  const li = document.createElement("li");
  li.textContent = message;
  $("problems").append(li);
  $("problem-count").textContent = `(${$("problems").childElementCount})`;
}

function banner(text: string, bad: boolean): void {
  const el = $("banner");
  el.textContent = text;
  el.className = bad ? "bad" : "";
  el.hidden = false;
}

async function listPackages(): Promise<void> {
  const select = $("band") as HTMLSelectElement;
  let bands: string[] = [];
  try {
    const response = await fetch("/lms/packages");
    const body = (await response.json()) as { packages: { band: string }[] };
    bands = [...new Set(body.packages.map((p) => p.band))];
  } catch {
    /* the select then offers just the requested band */
  }
  if (!bands.includes(options.band)) bands.unshift(options.band);
  select.replaceChildren(
    ...bands.map((band) => {
      const option = document.createElement("option");
      option.value = band;
      option.textContent = band;
      option.selected = band === options.band;
      return option;
    }),
  );
}

function fillForm(): void {
  const form = $("launch-form") as HTMLFormElement;
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="version"]')) radio.checked = radio.value === options.version;
  ($("name") as HTMLInputElement).value = options.learnerName;
  ($("learner-id") as HTMLInputElement).value = options.learnerId;
  const lang = $("lang") as HTMLSelectElement;
  if (options.language && ![...lang.options].some((o) => o.value === options.language)) lang.add(new Option(options.language, options.language));
  lang.value = options.language;
  ($("mastery") as HTMLInputElement).value = options.mastery === "manifest" ? "" : String(options.mastery);
  ($("fail-commits") as HTMLInputElement).checked = options.failCommits;
  ($("reopen") as HTMLSelectElement).value = options.reopen;

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const next = readLaunchOptions(new URLSearchParams(data as unknown as Record<string, string>).toString());
    // Navigating unloads the lesson, which saves its state on the way out.
    location.search = launchQuery({ ...next, failCommits: lms.commitsFail });
  });
  $("fail-commits").addEventListener("change", (e) => setCommitsFail((e.target as HTMLInputElement).checked));
  $("relaunch").addEventListener("click", () => lms.relaunch());
  $("reset").addEventListener("click", () => lms.reset());
}

function wirePanel(): void {
  for (const id of ["show-error-fns", "show-empty"]) $(id).addEventListener("change", schedulePanel);
  $("copy-cmi").addEventListener("click", () => {
    void navigator.clipboard?.writeText(JSON.stringify(lms.cmi(), null, 2));
  });
}

let panelQueued = false;
function schedulePanel(): void {
  if (panelQueued) return;
  panelQueued = true;
  // Coalesce bursts of calls (a quiz answer is a dozen SetValues) into one repaint.
  setTimeout(() => {
    panelQueued = false;
    renderPanel();
  }, 50);
}

function renderPanel(): void {
  const api = lms.api;
  if (!api) return;
  const flat = lms.flattened();
  const state = !lms.ready ? "lesson closed" : api.isTerminated() ? "finished" : api.isInitialized() ? "running" : "waiting for the lesson to initialize";
  renderSummary($("summary"), summaryRows(options.version, flat, state));
  const errorFns = apiMethodNames(options.version).errorFns;
  renderCalls($("calls"), lms.calls, errorFns, ($("show-error-fns") as HTMLInputElement).checked);
  $("call-count").textContent = `(${lms.calls.length}${lms.violations.length ? `, ${lms.violations.length} rule breaks` : ""})`;
  renderCmiTable($("cmi"), flat, ($("show-empty") as HTMLInputElement).checked);
}

function stringValues(map: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}
