// Hostile input and privacy, in the built package:
//   - saved state under attack: the LMS hands back garbage, truncated, older-format, wrongly
//     typed or half-fitting suspend_data -> a clean start on the first screen, no error, never a
//     half-restored lesson (a valid one, as a control, does resume);
//   - lesson text holding markup is shown as text (no element made from it, no script run);
//   - no cookies; in an LMS no localStorage key of the lesson's own; standalone only "call-111:<band>";
//   - "talk to someone" records nothing and requests nothing;
//   - a strict Content-Security-Policy (default-src 'self'; script-src 'self') is never violated;
//   - the shipped zips hold no source maps and no dev-only or eval-like code.
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { recordKey } from "../../scorm/preview/learner-record";
import { initialProgress } from "../../src/player/progress";
import { encodeResume } from "../../src/player/resume-state";
import { openPreview, type LmsHost } from "../support/lms-host";
import { LessonDriver } from "../support/lesson-driver";
import { primaryLesson, quizOf, UI } from "../support/lesson-content";
import { expect, test } from "../support/no-errors";

const lesson = primaryLesson();
const quiz = quizOf(lesson);
const quizIndex = lesson.screens.indexOf(quiz);
const PREVIEW_PREFIX = "call-111-preview:";

/** Valid resume data: on screen 2 of the lesson, in English. */
const valid = encodeResume(lesson, { language: "en", progress: { ...initialProgress(lesson), current: 1, seenCount: 2 } });
const validRaw = JSON.parse(valid) as Record<string, unknown> & { a: Record<string, unknown> };

const ATTACKS: Record<string, string> = {
  garbage: "\u0000<script>alert(1)</script>}{ not json at all",
  truncated: valid.slice(0, valid.length - 9),
  "an older format version": JSON.stringify({ ...validRaw, v: 1 }),
  "valid JSON with wrong types": JSON.stringify({ ...validRaw, c: "1", s: [2], a: null }),
  "a JSON array": "[2,\"vi\",1]",
  // Everything fits except the quiz's part: restoring the rest would be a half-restored lesson.
  "a quiz that does not fit": JSON.stringify({ ...validRaw, a: { ...validRaw.a, [quizIndex]: [1, 0, 0, -1, 5, [999], [null]] } }),
  "a prototype-polluting key": valid.replace('{"v"', '{"__proto__":{"polluted":1},"v"'),
};

/** A suspended 1.2 attempt as the preview LMS keeps it for the next launch, with this suspend_data. */
function suspendedRecord(suspendData: string): [key: string, value: string] {
  const record = {
    version: "1.2",
    savedAt: new Date().toISOString(),
    finished: true,
    totalTime: "0000:01:00.00",
    cmi: {
      "cmi.core.exit": "suspend",
      "cmi.core.lesson_status": "incomplete",
      "cmi.core.lesson_location": lesson.screens[1]!.id,
      "cmi.suspend_data": suspendData,
    },
  };
  return [recordKey("primary", "1.2", "student-1"), JSON.stringify(record)];
}

/** Launches the preview on a suspended attempt holding this suspend_data. */
async function launchSuspended(page: Page, suspendData: string, lms: LmsHost | null): Promise<LmsHost> {
  const entry = suspendedRecord(suspendData);
  if (lms) {
    // Close the lesson (it saves its own record as it exits), then replace that record and relaunch.
    await page.evaluate(([key, value]) => {
      window.__lms.close();
      localStorage.setItem(key, value);
    }, entry);
    await lms.relaunch();
    return lms;
  }
  // A blank same-origin page (its own icon: no /favicon.ico request) to write the LMS's storage from.
  await page.route("**/robustness-seed.html", (route) =>
    route.fulfill({ contentType: "text/html", body: '<!doctype html><link rel="icon" href="data:,"><title>seed</title>' }),
  );
  await page.goto("/robustness-seed.html");
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), entry);
  return openPreview(page, { version: "1.2" });
}

test("saved state under attack: a clean start on the first screen every time, never a half-restored lesson", async ({ page }) => {
  test.setTimeout(90_000);
  // The control: valid saved state does resume (in English, on screen 2), so seeding works.
  let lms = await launchSuspended(page, valid, null);
  expect((await lms.snapshot()).entry).toBe("resume");
  await expect(lms.lesson.locator("html")).toHaveAttribute("lang", "en", { timeout: 15_000 });
  await expect(lms.lesson.locator("section[data-screen-id]")).toHaveAttribute("data-screen-id", lesson.screens[1]!.id);

  for (const [name, data] of Object.entries(ATTACKS)) {
    await test.step(name, async () => {
      lms = await launchSuspended(page, data, lms);
      expect((await lms.snapshot()).entry).toBe("resume");
      const driver = new LessonDriver(page, lms.lesson, lesson);
      await driver.start();
      // Vietnamese (no LMS preference): the saved language is dropped with the rest.
      await driver.expectScreen(lesson.screens[0]!.id);
      await expect(lms.lesson.locator("html")).toHaveAttribute("lang", "vi");
      // It was read, and is replaced by a clean state as the student goes on.
      await lms.waitForCall("LMSGetValue", "cmi.suspend_data");
      await driver.next();
      await expect.poll(async () => (await lms.flattened())["cmi.suspend_data"]).not.toBe(data);
      const saved = JSON.parse((await lms.flattened())["cmi.suspend_data"]!) as { c: number; s: number; l: string };
      expect(saved).toMatchObject({ c: 1, s: 2, l: "vi" });
      expect(await lms.lesson.locator("html").evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty("polluted");
    });
  }
});

test("lesson text holding markup is shown as text, never as elements", async ({ page }) => {
  const hostile = `<img src=x onerror="window.__pwned=1"><b id="injected">!</b>`;
  await page.route(/\/packages\/primary-scorm12\/lesson\/vi-[^/]*\.json$/, async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as { lesson: { screens: { title: string; text?: string[] }[]; talkToSomeone: { title: string } }; ui: Record<string, string> };
    json.lesson.screens[0]!.title += hostile;
    json.lesson.screens[0]!.text![0] += hostile;
    json.lesson.talkToSomeone.title += hostile;
    // UI strings arrive in the same data file: markup there is text too.
    json.ui["nav.next"] += hostile;
    await route.fulfill({ response, json });
  });
  await page.goto("/packages/primary-scorm12/index.html");
  await expect(page.locator("#screen-title")).toHaveText(lesson.screens[0]!.title + hostile, { timeout: 15_000 });
  await expect(page.getByText(`Chào em!${hostile}`).first()).toBeAttached();
  await expect(page.getByRole("button", { name: `${UI["nav.next"]}${hostile}` })).toBeVisible();
  await page.getByRole("button", { name: UI["talk.button"] }).click();
  await expect(page.getByRole("dialog")).toContainText(hostile);
  await expect(page.locator("#injected")).toHaveCount(0);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("in an LMS: no cookies, no localStorage of the lesson's own; talk to someone records and requests nothing", async ({ page, context, guard }) => {
  const lms = await openPreview(page, { version: "2004", fresh: true });
  const driver = new LessonDriver(page, lms.lesson, lesson);
  await driver.start();
  await driver.next();
  await driver.next();

  // "Talk to someone": opened and closed, nothing reaches the LMS or the network. The player
  // fetches its lazy screens once the browser is idle after start; wait for that to be over so
  // those code requests are not mistaken for the dialog's.
  await expect
    .poll(() => ["practice-call-screen", "sorting-screen", "quiz-screen"].every((chunk) => guard.requests.some((url) => url.includes(`/assets/${chunk}-`))), {
      message: "the lazy screens were preloaded",
      timeout: 15_000,
    })
    .toBe(true);
  await page.waitForTimeout(200);
  const callsBefore = (await lms.calls()).length;
  const requestsBefore = guard.requests.length;
  await lms.lesson.getByRole("button", { name: UI["talk.button"] }).click();
  const dialog = lms.lesson.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(UI["talk.private"]);
  await dialog.getByRole("button", { name: UI["talk.close"] }).click();
  await expect(dialog).toHaveCount(0);
  await lms.lesson.getByRole("button", { name: UI["talk.button"] }).press("Enter");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await page.waitForTimeout(300);
  expect((await lms.calls()).slice(callsBefore), "API calls while talking").toEqual([]);
  expect(guard.requests.slice(requestsBefore), "requests while talking").toEqual([]);

  await lms.close();
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.filter((k) => !k.startsWith("call-111-preview:")), "localStorage keys besides the preview LMS's").toEqual([]);
  expect(keys.some((k) => k.startsWith(PREVIEW_PREFIX))).toBe(true);
  expect(await page.evaluate(() => document.cookie)).toBe("");
  expect(await context.cookies()).toEqual([]);
});

test("standalone: one namespaced localStorage key, no cookies", async ({ page, context }) => {
  await page.goto("/packages/primary-scorm12/index.html");
  const driver = new LessonDriver(page, page, lesson);
  await driver.start();
  await driver.next();
  await page.getByRole("button", { name: UI["talk.button"] }).click();
  await page.keyboard.press("Escape");
  await driver.next();
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(["call-111:primary"]);
  expect(await page.evaluate(() => document.cookie)).toBe("");
  expect(await context.cookies()).toEqual([]);
});

test("the package runs under a strict Content-Security-Policy with no violation", async ({ page, guard }) => {
  test.setTimeout(60_000);
  const CSP = "default-src 'self'; script-src 'self'";
  await page.route(/\/packages\/primary-scorm12\/(index\.html)?$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": CSP } });
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const cspConsole: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) cspConsole.push(m.text());
  });
  const response = await page.goto("/packages/primary-scorm12/index.html");
  expect(response?.headers()["content-security-policy"]).toBe(CSP);
  const driver = new LessonDriver(page, page, lesson);
  await driver.start();
  await driver.runUntil(quiz.id);
  await driver.quiz(quiz, { stopAfter: 1 });
  await page.getByRole("button", { name: UI["talk.button"] }).click();
  await page.keyboard.press("Escape");
  // The progress bar's width is set through the CSSOM (Preact: element.style), which CSP allows.
  await expect(page.locator(".progress-fill")).toHaveAttribute("style", /width/);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  expect(cspConsole).toEqual([]);

  // The listener does see violations, and in Chromium the line is where we think: a style
  // attribute from markup is blocked (style-src-attr), a CSSOM change is not. (Chromium logs the
  // probe's violation as a console error: expected from here on; the lesson's were checked above.)
  guard.allowConsole(/Content Security Policy/);
  const probe = await page.evaluate(async () => {
    const seen = (window as unknown as { __csp: string[] }).__csp;
    const settle = () => new Promise((r) => setTimeout(r, 100));
    const a = document.createElement("div");
    a.style.width = "10px";
    document.body.append(a);
    await settle();
    const afterCssom = seen.length;
    const b = document.createElement("div");
    b.setAttribute("style", "width: 10px");
    document.body.append(b);
    await settle();
    a.remove();
    b.remove();
    return { afterCssom, afterAttribute: seen.length, directive: seen[0] ?? "" };
  });
  expect(probe).toMatchObject({ afterCssom: 0, afterAttribute: 1 });
  expect(probe.directive).toMatch(/^style-src/);

});

test("the shipped zips hold no source maps and no dev-only or eval-like code", () => {
  const zips = fs.readdirSync("dist").filter((f) => /^call-111-.*\.zip$/.test(f));
  expect(zips.length).toBeGreaterThan(0);
  for (const zip of zips) {
    const files = unzipSync(new Uint8Array(fs.readFileSync(path.join("dist", zip))));
    const names = Object.keys(files);
    expect(names.filter((n) => n.endsWith(".map")), zip).toEqual([]);
    for (const name of names.filter((n) => /\.(js|html|css)$/.test(n))) {
      const text = strFromU8(files[name]!);
      // Source maps, the Vite dev client / HMR, Preact's debug build, the preview LMS's hooks,
      // and anything that would need 'unsafe-eval' under a strict CSP.
      expect(text, `${zip}:${name}`).not.toMatch(/sourceMappingURL|@vite\/client|import\.meta\.hot|preact\/debug|__lms|\beval\(|new Function\(/);
    }
  }
});
