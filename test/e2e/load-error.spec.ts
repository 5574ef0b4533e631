// When the lesson's data file cannot arrive (a school proxy's error, a dropped connection), the
// student gets a calm page in the language chosen for them — its words are built into the app,
// since the UI strings travel in that very file — a "Try again" button that works once the file
// can be fetched again, and 111. Trying again stays in the same LMS session (one Initialize, no
// Terminate: a reload inside the LMS frame would end it). Nothing from the failure is markup.
import fs from "node:fs";
import path from "node:path";
import { expectNoAxeViolations } from "../support/a11y-walk";
import { openPreview } from "../support/lms-host";
import { expect, test } from "../support/no-errors";

const strings = (language: string) =>
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../src/i18n/strings/${language}.json`), "utf8")) as Record<string, string>;

for (const [language, lmsPreference] of [["vi", ""], ["en", "en-GB"]] as const) {
  test(`a lesson data file that fails shows the ${language} error page; Try again recovers in the same LMS session`, async ({ page, guard }) => {
    guard.allowConsole(/the lesson could not start|Failed to load resource: the server responded with a status of 503/);
    const ui = strings(language);
    let failing = true;
    await page.route(new RegExp(`/packages/primary-scorm2004/lesson/${language}-[0-9a-f]{8}\\.json$`), (route) =>
      failing ? route.fulfill({ status: 503, body: "<b>busy</b>" }) : route.continue(),
    );
    const lms = await openPreview(page, { band: "primary", version: "2004", fresh: true, language: lmsPreference });
    await expect(lms.lesson.getByRole("heading", { level: 1 })).toHaveText(ui["error.title"]!, { timeout: 15_000 });
    await expect(lms.lesson.locator("html")).toHaveAttribute("lang", language);
    await expect(lms.lesson.getByText(ui["error.text"]!)).toBeVisible();
    await expect(lms.lesson.getByText(ui["error.hotline"]!)).toBeVisible();
    await expect(lms.lesson.locator("b")).toHaveCount(0);
    const frame = page.frames().find((f) => /\/packages\/primary-scorm2004\/index\.html/.test(f.url()));
    await expectNoAxeViolations(frame!, `the ${language} load-error page`);

    // Still failing: the page stays, the button can be pressed again.
    const retry = lms.lesson.getByRole("button", { name: ui["error.reload"] });
    await retry.click();
    await expect(retry).not.toHaveAttribute("aria-disabled", "true");
    await expect(retry).toBeFocused();
    failing = false;
    await retry.click();
    await expect(lms.lesson.getByRole("button", { name: ui["nav.next"] })).toBeVisible({ timeout: 15_000 });
    await expect(lms.lesson.locator("html")).toHaveAttribute("lang", language);
    const methods = (await lms.calls()).map((c) => c.method);
    expect(methods.filter((m) => m === "Initialize")).toHaveLength(1);
    expect(methods).not.toContain("Terminate");
  });
}
