// The e2e specs' `test`: Playwright's, plus an automatic fixture that fails the test when
//   - any page or frame (the preview LMS page, the lesson iframe) throws an uncaught exception,
//   - anything logs console.error, or the lesson's tracker logs a "[tracking]" warning
//     (a value the LMS rejected, an answer not recorded, progress not saved),
//   - the preview LMS noted a problem (window.__lms.errors: scorm-again ERROR logs, errors it
//     caught in the lesson frame) or a SCORM rule break scorm-again lets through
//     (window.__lms.violations: calls after LMSFinish/Terminate, 1.2 suspend_data > 4096),
//   - any request goes to a host other than 127.0.0.1 (DESIGN.md: no request leaves the package).
// Every request is recorded (`guard.requests`) so a spec can also assert on what was loaded.
//
//   import { expect, test } from "../support/no-errors";
//   test("…", async ({ page, guard }) => { … });
import type { BrowserContext, Page, Request } from "@playwright/test";
import { test as base, expect } from "@playwright/test";

export { expect };

const LOCAL_HOST = "127.0.0.1";
/** URLs that never reach a network: inline data, in-memory blobs, the empty page. */
const NON_NETWORK = /^(data|blob|about):/;

export interface PageGuard {
  /** Every request made by any page or frame of the test's context, in order. */
  requests: string[];
  /** Requests to anything but 127.0.0.1. */
  foreignRequests: string[];
  consoleErrors: string[];
  trackingWarnings: string[];
  uncaught: string[];
  /** Problems the preview LMS recorded (collected before each navigation and at the end). */
  lmsProblems: string[];
  /** Console errors matching one of these are expected by the test (e.g. a commit made to fail). */
  allowConsole(pattern: RegExp): void;
  /** Reads window.__lms.errors and violations now (call before a reload, which clears them). */
  collectLmsProblems(page: Page): Promise<void>;
}

function createGuard(): PageGuard & { allowed: RegExp[] } {
  const guard = {
    requests: [] as string[],
    foreignRequests: [] as string[],
    consoleErrors: [] as string[],
    trackingWarnings: [] as string[],
    uncaught: [] as string[],
    lmsProblems: [] as string[],
    allowed: [] as RegExp[],
    allowConsole(pattern: RegExp) {
      guard.allowed.push(pattern);
    },
    async collectLmsProblems(page: Page) {
      const found = await readLmsProblems(page);
      for (const p of found) if (!guard.lmsProblems.includes(p)) guard.lmsProblems.push(p);
    },
  };
  return guard;
}

async function readLmsProblems(page: Page): Promise<string[]> {
  try {
    return await page.evaluate(() => {
      const lms = (window as unknown as { __lms?: { errors: string[]; violations: string[] } }).__lms;
      return lms ? [...lms.errors.map((e) => `lms error: ${e}`), ...lms.violations.map((v) => `SCORM rule broken: ${v}`)] : [];
    });
  } catch {
    return []; // page closed or navigating
  }
}

function watchContext(context: BrowserContext, guard: PageGuard): void {
  context.on("request", (request: Request) => {
    const url = request.url();
    guard.requests.push(url);
    if (NON_NETWORK.test(url)) return;
    let host = "";
    try {
      host = new URL(url).hostname;
    } catch {
      host = "(unparsable)";
    }
    if (host !== LOCAL_HOST) guard.foreignRequests.push(url);
  });
}

export function watchPage(page: Page, guard: PageGuard & { allowed: RegExp[] }): void {
  page.on("console", (message) => {
    const where = message.location().url;
    if (message.type() === "error") {
      const text = `${message.text()} (${where})`;
      if (!guard.allowed.some((p) => p.test(text))) guard.consoleErrors.push(text);
    }
    if (message.type() === "warning" && message.text().startsWith("[tracking]")) {
      guard.trackingWarnings.push(`${message.text()} (${where})`);
    }
  });
  // pageerror covers uncaught exceptions and unhandled rejections in the page and its frames.
  page.on("pageerror", (error) => guard.uncaught.push(`${error.name}: ${error.message}`));
}

export const test = base.extend<{ guard: PageGuard }>({
  guard: [
    async ({ context, page }, use) => {
      const guard = createGuard();
      watchContext(context, guard);
      watchPage(page, guard);
      await use(guard);
      await guard.collectLmsProblems(page);
      expect.soft(guard.uncaught, "uncaught exceptions in the page or the lesson frame").toEqual([]);
      expect.soft(guard.consoleErrors, "console errors").toEqual([]);
      expect.soft(guard.trackingWarnings, "tracking warnings (values the LMS rejected, answers not recorded)").toEqual([]);
      expect.soft(guard.lmsProblems, "problems the preview LMS recorded").toEqual([]);
      expect(guard.foreignRequests, "requests that left 127.0.0.1").toEqual([]);
    },
    { auto: true },
  ],
});
