// Odd and failing LMSs, leaving, and impatient students — the built package never loses or
// duplicates an answer and never crashes:
//   - the API three frames up, or on the window that opened the lesson as a popup;
//   - an LMS whose LMSInitialize answers "false": standalone with the preview note;
//   - an LMS that rejects SetValue, fails commits and is slow: the student carries on, sees the
//     calm notice, and after recovery every answer is in cmi.interactions exactly once;
//   - double clicks and key repeat on Gọi / Kiểm tra / Câu tiếp theo / Nộp bài record nothing twice,
//     and the session still ends with one LMSFinish and no call after it;
//   - the shipped JS never listens for unload/beforeunload (it saves on visibilitychange/pagehide).
import fs from "node:fs";
import path from "node:path";
import type { Locator } from "@playwright/test";
import { openPreview } from "../support/lms-host";
import { LessonDriver } from "../support/lesson-driver";
import { primaryLesson, quizOf, UI } from "../support/lesson-content";
import { expectedInteractions } from "../support/expected-cmi";
import { expectCleanSession } from "../support/lms-assertions";
import { expect, test } from "../support/no-errors";
import { PACKAGE_12, serveStubLms, STUB_TOP, stubCalls } from "../support/stub-lms";

const lesson = primaryLesson();
const quiz = quizOf(lesson);

/** Interaction ids in the LMS's order (1.2 journals them: a duplicate is a second entry). */
function interactionIds(flat: Record<string, string>): string[] {
  return Object.entries(flat)
    .filter(([k]) => /^cmi\.interactions\.\d+\.id$/.test(k))
    .sort(([a], [b]) => Number(a.split(".")[2]) - Number(b.split(".")[2]))
    .map(([, v]) => v);
}

test.describe("an odd LMS", () => {
  test("the API three frames above the lesson is found and used", async ({ page }) => {
    await serveStubLms(page);
    await page.goto(`${STUB_TOP}?depth=3`);
    const lessonFrame = page.frameLocator("iframe").frameLocator("iframe").frameLocator("iframe");
    await expect(lessonFrame.locator("#screen-title")).toBeVisible({ timeout: 15_000 });
    expect(page.frames().find((f) => f.url().endsWith(PACKAGE_12))?.parentFrame()?.parentFrame()?.parentFrame()).toBe(page.mainFrame());
    await expect(lessonFrame.getByTestId("standalone-notice")).toHaveCount(0);
    await expect.poll(() => stubCalls(page)).toContain("LMSSetValue cmi.core.lesson_status");
    const calls = await stubCalls(page);
    expect(calls.filter((c) => c === "LMSInitialize")).toHaveLength(1);
    await lessonFrame.getByRole("button", { name: UI["nav.next"], exact: true }).click();
    await expect.poll(() => stubCalls(page)).toContain("LMSSetValue cmi.core.lesson_location");
  });

  test("a lesson opened in a popup talks to the opener's API, and finishes when closed", async ({ page }) => {
    await serveStubLms(page);
    await page.goto(`${STUB_TOP}?depth=0`);
    const [popup] = await Promise.all([page.waitForEvent("popup"), page.evaluate((url) => void window.open(url, "lesson"), PACKAGE_12)]);
    await expect(popup.locator("#screen-title")).toBeVisible({ timeout: 15_000 });
    await expect(popup.getByTestId("standalone-notice")).toHaveCount(0);
    await expect.poll(() => stubCalls(page)).toContain("LMSCommit");
    expect((await stubCalls(page)).filter((c) => c === "LMSInitialize")).toHaveLength(1);
    await popup.close({ runBeforeUnload: true });
    await expect.poll(() => stubCalls(page)).toContain("LMSFinish");
    const calls = await stubCalls(page);
    expect(calls.filter((c) => c === "LMSFinish")).toHaveLength(1);
    expect(calls.at(-1)).toBe("LMSFinish");
  });

  test("an LMS whose LMSInitialize answers \"false\": standalone with the note, no crash, no further calls", async ({ page }) => {
    await serveStubLms(page);
    await page.goto(`${STUB_TOP}?depth=1&init=false`);
    const lessonFrame = page.frameLocator("iframe");
    await expect(lessonFrame.getByTestId("standalone-notice")).toHaveText(UI["notice.standalone"], { timeout: 15_000 });
    await expect(lessonFrame.locator("#screen-title")).toHaveText(lesson.screens[0]!.title);
    await lessonFrame.getByRole("button", { name: UI["nav.next"], exact: true }).click();
    await expect(lessonFrame.locator("section[data-screen-id]")).toHaveAttribute("data-screen-id", lesson.screens[1]!.id);
    expect(await stubCalls(page)).toEqual(["LMSInitialize"]);
  });
});

test("a failing, slow LMS: the student carries on with the calm notice; after recovery each answer is recorded exactly once", async ({ page, guard }) => {
  test.setTimeout(90_000);
  // Commits made to fail (HTTP 500) are logged by Chromium as failed requests.
  guard.allowConsole(/status of 500/);
  const lms = await openPreview(page, { version: "2004", fresh: true });
  const driver = new LessonDriver(page, lms.lesson, lesson);
  await driver.start();
  await lms.waitForCall("Commit");
  // From now on: every SetValue answers "false" (GetLastError stays "0": worth a retry), and commits fail.
  await page.evaluate(() => {
    const api = window.__lms.api as unknown as Record<string, (...a: string[]) => string>;
    const state = { down: true, slowMs: 0 };
    (window as unknown as { __fault: typeof state }).__fault = state;
    const setValue = api.SetValue!;
    api.SetValue = (element: string, value: string) => {
      if (state.slowMs) {
        const until = performance.now() + state.slowMs;
        while (performance.now() < until) {
          /* a runtime that blocks the page for a while on every call */
        }
      }
      return state.down ? "false" : setValue(element, value);
    };
  });
  await lms.setCommitsFail(true);

  // The practice call and the sorting activity are answered during the outage.
  await driver.runUntil(quiz.id);
  const notice = lms.lesson.getByTestId("delivery-notice");
  await expect(notice).toHaveText(UI["notice.retrying"]);
  expect(interactionIds(await lms.flattened()), "nothing reached the LMS yet").toEqual([]);

  // Two questions while the LMS is both failing and slow (each SetValue blocks for 300 ms).
  await page.evaluate(() => ((window as unknown as { __fault: { slowMs: number } }).__fault.slowMs = 300));
  await driver.quiz(quiz, { stopAfter: 2 });
  await expect(notice).toBeVisible();

  // The LMS recovers; the next answer brings everything waiting, once.
  await page.evaluate(() => Object.assign((window as unknown as { __fault: object }).__fault, { down: false, slowMs: 0 }));
  await lms.setCommitsFail(false);
  await driver.quiz(quiz, { stopAfter: 1 });
  await expect(notice).toHaveCount(0, { timeout: 10_000 });
  await driver.quiz(quiz, { stopAfter: 1 });

  await lms.close();
  await page.waitForTimeout(200);
  const expected = expectedInteractions("2004", lesson, driver.run).map((x) => x.id);
  expect(interactionIds(await lms.flattened())).toEqual(expected);
  const calls = await lms.calls();
  expect(calls.filter((c) => c.method === "Terminate")).toHaveLength(1);
  expect(calls.at(-1)?.method).toBe("Terminate");
});

/** A driver whose presses on the answering buttons are a double click or a burst of Enter
 *  (with key repeat), as an impatient student or a sticky key does. */
class HammeringDriver extends LessonDriver {
  hammered = 0;
  private readonly buttons = [UI["quiz.check"], UI["quiz.nextQuestion"], UI["quiz.submit"], UI["call.call"]].map((n) => `"${n}"`);

  override async press(target: Locator, what: string, key = "Enter"): Promise<void> {
    if (!this.buttons.some((b) => what.includes(b))) return super.press(target, what, key);
    this.hammered++;
    // "Câu tiếp theo" by key burst only: a double click's second click lands on whatever the new
    // question puts under the pointer and focuses it (that is the browser, not a second answer).
    if (this.hammered % 2 && !what.includes(UI["quiz.nextQuestion"])) {
      await target.dblclick();
    } else {
      await this.tabTo(target, what);
      await this.page.keyboard.down("Enter");
      await this.page.keyboard.down("Enter"); // auto-repeat
      await this.page.keyboard.down("Enter");
      await this.page.keyboard.up("Enter");
      await this.page.keyboard.press("Enter");
    }
  }
}

test("double clicks and key repeat on Gọi, Kiểm tra, Câu tiếp theo and Nộp bài never record an answer twice", async ({ page }) => {
  test.setTimeout(90_000);
  const lms = await openPreview(page, { version: "1.2", fresh: true });
  const driver = new HammeringDriver(page, lms.lesson, lesson);
  await driver.start();
  await driver.runUntil(quiz.id);
  await driver.quiz(quiz, { wrongCount: 1 });
  expect(driver.hammered).toBeGreaterThan(10);
  // Leaving after the quiz ends the session (pagehide): one LMSFinish, nothing after.
  await lms.close();
  await page.waitForTimeout(300);
  const expected = expectedInteractions("1.2", lesson, driver.run).map((x) => x.id);
  expect(interactionIds(await lms.flattened())).toEqual(expected);
  expectCleanSession("1.2", await lms.calls(), { finished: true, abInitio: true });
});

test("the page going hidden commits; leaving terminates once and nothing is called after", async ({ page }) => {
  const lms = await openPreview(page, { version: "2004", fresh: true });
  const driver = new LessonDriver(page, lms.lesson, lesson);
  await driver.start();
  await driver.next();
  await lms.waitForCall("Commit");
  const before = (await lms.calls("Commit")).length;
  // The lesson frame's document goes hidden (tab switched, phone locked).
  const frame = page.frames().find((f) => f.url().includes("/packages/"))!;
  await frame.evaluate(() => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
    document.dispatchEvent(new Event("visibilitychange"));
  });
  expect((await lms.calls("Commit")).length).toBe(before + 1);
  // The LMS closes the frame (pagehide), then any stray event would come too late.
  await lms.close();
  await page.waitForTimeout(300);
  const calls = await lms.calls();
  expect(calls.filter((c) => c.method === "Terminate")).toHaveLength(1);
  expect(calls.at(-1)?.method).toBe("Terminate");
  expect(await lms.violations()).toEqual([]);
});

test("the shipped JavaScript never listens for unload or beforeunload", () => {
  const root = path.resolve("dist/packages");
  const files = fs.readdirSync(root).flatMap((pkg) => {
    const dir = path.join(root, pkg, "assets");
    return fs.readdirSync(dir).filter((f) => f.endsWith(".js")).map((f) => path.join(dir, f));
  });
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const js = fs.readFileSync(file, "utf8");
    expect(js, file).not.toMatch(/addEventListener\(\s*["'`](before)?unload["'`]/);
    expect(js, file).not.toMatch(/\bon(before)?unload\s*=/);
  }
});
