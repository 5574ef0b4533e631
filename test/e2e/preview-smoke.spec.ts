// The preview LMS plays the built primary package in both SCORM versions: the lesson loads from
// dist/packages/ (what ships), starts exactly once, and nothing errors on the way.
import { test as harnessTest } from "@playwright/test";
import { openPreview, watchConsoleErrors } from "../support/lms-host";
import { expect, test } from "../support/no-errors";

for (const version of ["1.2", "2004"] as const) {
  test.describe(`SCORM ${version}`, () => {
    test("the preview plays the built primary package and the lesson starts once without errors", async ({ page }) => {
      const lms = await openPreview(page, { band: "primary", version, fresh: true });

      await expect(lms.lesson.locator("h1").first()).toBeVisible({ timeout: 10_000 });
      await expect(lms.lesson.locator("h1").first()).not.toBeEmpty();
      await expect(lms.lesson.locator("html")).toHaveAttribute("data-scorm", version);

      const inits = await lms.callsOf("init");
      expect(inits, "Initialize calls").toHaveLength(1);
      expect(inits[0]).toMatchObject({ result: "true", error: "0" });
      const snapshot = await lms.snapshot();
      expect(snapshot.entry).toBe("ab-initio");
      expect(snapshot.errors).toEqual([]);
      expect(snapshot.violations).toEqual([]);
    });

    test("closing and reopening the lesson hands back its saved state like an LMS", async ({ page }) => {
      const lms = await openPreview(page, { band: "primary", version, fresh: true });
      await expect(lms.lesson.locator("h1").first()).toBeVisible({ timeout: 10_000 });
      await lms.close();
      const record = await lms.record();
      expect(record?.finished, "the lesson finished its session when it was closed").toBe(true);
      expect((await lms.callsOf("finish")).map((c) => c.result)).toEqual(["true"]);
      const exit = record?.cmi[version === "1.2" ? "cmi.core.exit" : "cmi.exit"];

      await lms.relaunch();
      const snapshot = await lms.snapshot();
      expect(snapshot.launches).toBe(2);
      expect(snapshot.entry).toBe(exit === "suspend" ? "resume" : "ab-initio");
      // The heading appears only after the lesson has started, so its Initialize is in the log then.
      await expect(lms.lesson.locator("h1").first()).toBeVisible({ timeout: 10_000 });
      expect(await lms.callsOf("init")).toHaveLength(1);
    });

    // A self-test of the harness, calling the runtime directly: the commit it makes fail is meant
    // to be logged by scorm-again, so the shared no-errors fixture does not apply here.
    harnessTest("the preview LMS can make commits fail and recover", async ({ page }) => {
      const consoleErrors = watchConsoleErrors(page);
      const lms = await openPreview(page, { band: "primary", version, fresh: true });
      await lms.waitForCall(version === "1.2" ? "LMSInitialize" : "Initialize");
      const commit = version === "1.2" ? "LMSCommit" : "Commit";
      const lastError = version === "1.2" ? "LMSGetLastError" : "GetLastError";
      // Calls the runtime directly, as the lesson would: the endpoint answers 500, then 200.
      const results = await page.evaluate(
        async ([commitName, errorName]) => {
          const api = window.__lms.api as unknown as Record<string, (arg?: string) => string>;
          const call = (name: string) => api[name]!("");
          window.__lms.setCommitsFail(true);
          const failed = call(commitName);
          const failedCode = call(errorName);
          window.__lms.setCommitsFail(false);
          const ok = call(commitName);
          return { failed, failedCode, ok };
        },
        [commit, lastError] as const,
      );
      expect(results).toEqual({ failed: "false", failedCode: "101", ok: "true" });
      const received = (await lms.serverCommits()).filter((c) => c.failed);
      expect(received.length).toBeGreaterThan(0);
      expect(consoleErrors, "requested commit failures are not reported as console errors").toEqual([]);
    });
  });
}
