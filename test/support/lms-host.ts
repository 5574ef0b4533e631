// Drives the preview LMS (scorm/preview/) from Playwright: open a launch with options, reach the
// lesson inside its iframe, and read back what the LMS saw through window.__lms.
//   const lms = await openPreview(page, { version: "2004", fresh: true });
//   await lms.lesson.getByRole("button", { name: "Tiếp" }).click();
//   expect(await lms.value("cmi.location")).toBe("what_is_111");
import type { ConsoleMessage, FrameLocator, Page } from "@playwright/test";
import { launchQuery, type LaunchOptions } from "../../scorm/preview/launch-options";
import type { LearnerRecord } from "../../scorm/preview/learner-record";
import type { ApiCall, CommitPayload } from "../../scorm/preview/runtime-api";
import type { ScormVersion } from "../../scorm/scorm-versions";

export interface LmsSnapshot {
  version: ScormVersion;
  band: string;
  entry: "resume" | "ab-initio" | "" | null;
  launches: number;
  commitsFail: boolean;
  calls: ApiCall[];
  errors: string[];
  violations: string[];
  commits: CommitPayload[];
}

export const API_METHODS = {
  "1.2": { init: "LMSInitialize", finish: "LMSFinish", get: "LMSGetValue", set: "LMSSetValue", commit: "LMSCommit" },
  "2004": { init: "Initialize", finish: "Terminate", get: "GetValue", set: "SetValue", commit: "Commit" },
} as const;

/** Opens the preview LMS on a launch and waits until the lesson iframe exists. */
export async function openPreview(page: Page, options: Partial<LaunchOptions> = {}): Promise<LmsHost> {
  await page.goto(`/${launchQuery(options)}`);
  const host = new LmsHost(page);
  await host.waitUntilLaunched();
  return host;
}

export class LmsHost {
  /** The lesson's document (the package's index.html inside the preview's iframe). */
  readonly lesson: FrameLocator;

  constructor(readonly page: Page) {
    this.lesson = page.frameLocator("#frame-host iframe");
  }

  async waitUntilLaunched(): Promise<void> {
    await this.page.waitForFunction(() => window.__lms?.ready === true || (window.__lms?.errors.length ?? 0) > 0);
    const errors = await this.page.evaluate(() => window.__lms.errors);
    if (!(await this.page.evaluate(() => window.__lms.ready))) throw new Error(`The preview LMS could not launch:\n${errors.join("\n")}`);
  }

  /** Everything the LMS recorded for the current launch (plain data, safe to compare). */
  snapshot(): Promise<LmsSnapshot> {
    return this.page.evaluate(() => {
      const l = window.__lms;
      return {
        version: l.version,
        band: l.band,
        entry: l.entry,
        launches: l.launches,
        commitsFail: l.commitsFail,
        calls: l.calls,
        errors: l.errors,
        violations: l.violations,
        commits: l.commits,
      };
    });
  }

  async version(): Promise<ScormVersion> {
    return this.page.evaluate(() => window.__lms.version);
  }

  /** API calls of the current launch, optionally only one method ("Initialize", "LMSSetValue"…). */
  async calls(method?: string): Promise<ApiCall[]> {
    const calls = await this.page.evaluate(() => window.__lms.calls);
    return method ? calls.filter((c) => c.method === method) : calls;
  }

  /** Calls of a generic kind, whichever version runs: "init", "finish", "get", "set", "commit". */
  async callsOf(kind: keyof (typeof API_METHODS)["1.2"]): Promise<ApiCall[]> {
    return this.calls(API_METHODS[await this.version()][kind]);
  }

  /** Flattened CMI as the LMS holds it now: {"cmi.core.lesson_status": "incomplete", …}. */
  flattened(): Promise<Record<string, string>> {
    return this.page.evaluate(() => window.__lms.flattened());
  }

  async value(element: string): Promise<string | undefined> {
    return (await this.flattened())[element];
  }

  /** Waits until an API call matching the filter has happened in the current launch. */
  async waitForCall(method: string, element?: string, timeout = 5_000): Promise<void> {
    await this.page.waitForFunction(
      ([m, e]) => window.__lms.calls.some((c) => c.method === m && (e === undefined || c.element === e)),
      [method, element] as const,
      { timeout },
    );
  }

  errors(): Promise<string[]> {
    return this.page.evaluate(() => window.__lms.errors);
  }

  violations(): Promise<string[]> {
    return this.page.evaluate(() => window.__lms.violations);
  }

  /** From now on the LMS answers commits with HTTP 500 (LMSCommit/Commit return "false"). */
  setCommitsFail(on: boolean): Promise<void> {
    return this.page.evaluate((value) => window.__lms.setCommitsFail(value), on);
  }

  /** Close the lesson (it should exit and save) and open it again in the same page. */
  async relaunch(): Promise<void> {
    await this.page.evaluate(() => window.__lms.relaunch());
    await this.waitUntilLaunched();
  }

  /** Close the lesson without reopening it (its pagehide handler runs, as when a learner leaves). */
  close(): Promise<void> {
    return this.page.evaluate(() => window.__lms.close());
  }

  /** Close the lesson and forget this learner's saved state: the next launch is a first attempt. */
  async reset(): Promise<void> {
    await this.page.evaluate(() => window.__lms.reset());
    await this.waitUntilLaunched();
  }

  /** Reload the whole page: the lesson unloads (pagehide), then a new launch starts. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitUntilLaunched();
  }

  /** The learner state the LMS keeps for the next launch. */
  record(): Promise<LearnerRecord | null> {
    return this.page.evaluate(() => window.__lms.record());
  }

  /** Commit bodies the preview server received (all sessions), e.g. the sendBeacon terminate. */
  async serverCommits(): Promise<{ session: string; contentType: string; failed: boolean; body: unknown }[]> {
    const response = await this.page.request.get("/lms/commits");
    return ((await response.json()) as { commits: { session: string; contentType: string; failed: boolean; body: unknown }[] }).commits;
  }
}

/** Collects console errors and uncaught exceptions from the page and all its frames.
 *  Chromium logs each failed request as a console error ("…status of 500…"), naming the script
 *  that sent it, not the URL. The commit failures a test asked for (failCommits / setCommitsFail
 *  send /lms/commit?…&fail=1) are counted as their requests go out — always before the matching
 *  console message — and that many "status of 500" messages are left out. */
export function watchConsoleErrors(page: Page): string[] {
  const seen: string[] = [];
  let requestedFailures = 0;
  page.on("request", (request) => {
    if (/\/lms\/commit\?.*\bfail=1\b/.test(request.url())) requestedFailures++;
  });
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() !== "error") return;
    if (requestedFailures > 0 && /status of 500/.test(message.text())) {
      requestedFailures--;
      return;
    }
    seen.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => seen.push(`uncaught: ${error.message}`));
  return seen;
}
