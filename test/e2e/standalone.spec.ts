// A teacher (or anyone) opens the built package's index.html with no LMS around it: the lesson
// says it is a preview whose results are not sent, and is still usable to the end, by keyboard,
// with nothing thrown, nothing logged as an error and no request leaving 127.0.0.1.
import { LessonDriver, perAttempt } from "../support/lesson-driver";
import { expectedScore, primaryLesson, quizOf, UI } from "../support/lesson-content";
import { expect, test } from "../support/no-errors";

const lesson = primaryLesson();
const quiz = quizOf(lesson);

test("the SCORM 1.2 package opened directly (no LMS) shows the preview note and works to the end", async ({ page, guard }) => {
  test.setTimeout(180_000);
  await page.goto("/packages/primary-scorm12/index.html");
  await expect(page.locator("html")).toHaveAttribute("data-scorm", "1.2");
  // No LMS anywhere up the window chain.
  expect(await page.evaluate(() => "API" in window || "API_1484_11" in window)).toBe(false);

  const note = page.getByTestId("standalone-notice");
  await expect(note).toBeVisible({ timeout: 15_000 });
  await expect(note).toHaveText(UI["notice.standalone"]);
  await expect(note).toHaveAttribute("role", "status");

  const driver = new LessonDriver(page, page, lesson);
  await driver.start();
  await driver.expectScreen(lesson.screens[0]!.id);
  // No learner name without an LMS: no greeting.
  await expect(page.locator(".greeting")).toHaveCount(0);

  await driver.runUntil(quiz.id);
  await driver.quiz(quiz, { wrongCount: 1 });
  const score = driver.attemptScore(quiz, 1);
  expect(score).toBe(expectedScore(perAttempt(quiz), 1));
  await driver.expectQuizScore(score, score >= lesson.masteryPercent);
  await driver.next();
  await driver.expectResults(score, score >= lesson.masteryPercent);
  await expect(note, "the note stays on every screen").toBeVisible();
  await driver.runToEnd();

  // Everything the page loaded came from the package itself.
  const packageRequests = guard.requests.filter((url) => !/^(data|blob|about):/.test(url)); // the package's own icon included: no /favicon.ico at the server root

  expect(packageRequests.length).toBeGreaterThan(0);
  for (const url of packageRequests) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/packages\/primary-scorm12\//);
});
