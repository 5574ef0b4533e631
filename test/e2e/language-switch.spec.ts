// The language switch and the quiz draw, in the built primary packages played by the preview LMS:
//   - switching mid-lesson keeps the screen, the activity's answers and the quiz's place; the
//     page's lang attribute, the title and every UI string follow; the LMS hears the choice;
//   - an LMS learner language preference of "en-GB" starts the lesson in English;
//   - a resumed lesson comes back in the language chosen last, where the student left it;
//   - the randomised quiz reports stable interaction ids: every id recorded is a bank id, a retry
//     draws another subset or order, and switching language mid-attempt does not redraw.
import type { Page } from "@playwright/test";
import { encodeResume } from "../../src/player/resume-state";
import { recordKey, type LearnerRecord } from "../../scorm/preview/learner-record";
import { BandDriver, bandLesson, quizScreenOf, uiText } from "../support/band-driver";
import { openPreview, type LmsHost } from "../support/lms-host";
import { progressUntil } from "../support/progress-until";
import { expect, test } from "../support/no-errors";

const BAND = "primary";


/** Opens the lesson as a learner who left it (exit=suspend) on screen `until`, every activity
 *  before it done: the LMS hands that back as a resume. Skips driving the activities, which the
 *  every-band and full-lesson specs do, so this spec stays quick. */
async function openAt(page: Page, version: "1.2" | "2004", until: string): Promise<LmsHost> {
  const lesson = bandLesson(BAND, "vi");
  const data = encodeResume(lesson, { language: "vi", progress: progressUntil(lesson, until) });
  const cmi: Record<string, string> =
    version === "1.2"
      ? { "cmi.core.exit": "suspend", "cmi.core.lesson_location": until, "cmi.suspend_data": data, "cmi.core.lesson_status": "incomplete" }
      : { "cmi.exit": "suspend", "cmi.location": until, "cmi.suspend_data": data, "cmi.completion_status": "incomplete" };
  const record: LearnerRecord = { version, savedAt: new Date().toISOString(), finished: true, cmi, totalTime: version === "1.2" ? "0000:01:00" : "PT1M" };
  // Any page of the preview's origin will do to write its storage; this one launches nothing
  // (and, being JSON, makes Chromium ask for a favicon the server does not have).
  await page.route("**/favicon.ico", (route) => route.fulfill({ status: 204 }));
  await page.goto("/lms/packages");
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [recordKey(BAND, version, "student-1"), JSON.stringify(record)] as const);
  const lms = await openPreview(page, { band: BAND, version });
  expect((await lms.snapshot()).entry).toBe("resume");
  return lms;
}

/** cmi.interactions.n.id values, in index order. */
async function interactionIds(lms: LmsHost): Promise<string[]> {
  const flat = await lms.flattened();
  return Object.entries(flat)
    .map(([k, v]) => [/^cmi\.interactions\.(\d+)\.id$/.exec(k)?.[1], v] as const)
    .filter((e): e is readonly [string, string] => e[0] !== undefined)
    .sort((a, b) => Number(a[0]) - Number(b[0]))
    .map(([, v]) => v);
}

test.describe.configure({ timeout: 90_000 });

test("switching mid-lesson keeps the screen, the answers and the quiz's place; lang follows", async ({ page }) => {
  const sorting = bandLesson(BAND, "vi").screens.find((s) => s.kind === "sorting")!;
  const lms = await openAt(page, "1.2", sorting.id);
  const d = new BandDriver(lms.lesson, BAND, "vi");
  await d.expectScreen(sorting.id);
  await d.expectLanguage("vi");
  const html = lms.lesson.locator("html");
  await expect(html).toHaveAttribute("lang", "vi");

  // Each option is named in its own language and marked with it.
  const sw = lms.lesson.locator(".language-switch");
  await expect(sw.locator('button[lang="vi"]')).toHaveText("Tiếng Việt");
  await expect(sw.locator('button[lang="en"]')).toHaveText("English");
  await expect(sw.locator('button[lang="en"]')).toHaveAttribute("aria-pressed", "false");

  // Half the sorting done, then English: same screen, the placed items stay placed (in English).
  if (sorting.kind !== "sorting") throw new Error("sorting");
  await d.sorting(sorting, 2);
  await d.switchTo("en");
  await expect(html).toHaveAttribute("lang", "en");
  await d.expectScreen(sorting.id);
  const sortingEn = d.screen(sorting.id);
  if (sortingEn.kind !== "sorting") throw new Error("sorting");
  for (const item of sortingEn.items.slice(0, 2)) await expect(lms.lesson.locator(".placed-right").filter({ hasText: item.text })).toBeVisible();
  await expect(lms.lesson.getByText(d.t("sort.left", { count: sortingEn.items.length - 2 }))).toBeVisible();
  // Focus stays on the switch, on the language just chosen.
  await expect(sw.locator('button[lang="en"]')).toBeFocused();
  expect(await lms.value("cmi.student_preference.language")).toBe("en");
  expect(JSON.parse((await lms.value("cmi.suspend_data")) ?? "{}").l).toBe("en");

  // Finish sorting in English, on to the quiz, three questions in English (one wrong).
  await d.sorting(sortingEn, sortingEn.items.length, 2);
  const quiz = quizScreenOf(d.lesson);
  await d.next();
  await d.runUntil(quiz.id);
  const first = await d.answer(true);
  await d.advanceQuiz();
  await d.answer(false);
  await d.advanceQuiz();
  const third = await d.answer(false);

  // Back to Vietnamese on a checked question: the same question, locked, feedback in Vietnamese.
  await d.switchTo("vi");
  await expect(html).toHaveAttribute("lang", "vi");
  const view = await d.currentQuestion();
  expect(view).toMatchObject({ position: 3, total: quiz.questionsPerAttempt, checked: true });
  expect(view.q.id).toBe(third.id);
  await expect(lms.lesson.locator("#quiz-feedback")).toContainText(d.t("quiz.correct"));
  await expect(lms.lesson.locator("#quiz-feedback")).toContainText(view.q.explanation);
  await expect(d.button(d.t("quiz.nextQuestion"))).toBeVisible();
  // The draw did not change: the rest of the attempt carries on, and the first answer stands.
  await d.finishQuiz();
  expect(d.drawn(1)[0]).toBe(first.id);
  expect(d.drawn(1)).toHaveLength(quiz.questionsPerAttempt!);
  const total = quiz.questionsPerAttempt!;
  await expect(lms.lesson.locator("#quiz-summary")).toHaveText(d.t("quiz.submitted", { score: Math.round(((total - 1) / total) * 100) }));
  await d.back();
  await d.expectScreen(sorting.id);
  await expect(lms.lesson.getByText(d.t("sort.done"))).toBeVisible();
});

test("an LMS learner language preference of en-GB starts the lesson in English", async ({ page }) => {
  const lms = await openPreview(page, { band: BAND, version: "2004", fresh: true, language: "en-GB" });
  const d = new BandDriver(lms.lesson, BAND, "en");
  await d.expectScreen(d.lesson.screens[0]!.id);
  await d.expectLanguage("en");
  await expect(lms.lesson.locator("html")).toHaveAttribute("lang", "en");
  await expect(d.button(d.t("nav.next"))).toBeVisible();
  await expect(d.button(uiText("en", "talk.button"))).toBeVisible();
  expect(await lms.lesson.locator("html").evaluate((el) => el.ownerDocument.title)).toBe(d.lesson.title);
  // Switching back is possible from the first screen.
  await d.switchTo("vi");
  await d.expectScreen(d.lesson.screens[0]!.id);
});

test("a resumed lesson comes back in the language chosen last, on the same question", async ({ page }) => {
  const quiz = quizScreenOf(bandLesson(BAND, "vi"));
  const lms = await openAt(page, "2004", quiz.id);
  const d = new BandDriver(lms.lesson, BAND, "vi");
  await d.expectScreen(quiz.id);
  await d.answer(false);
  await d.advanceQuiz();
  const second = await d.answer(true);
  await d.switchTo("en");

  await lms.relaunch();
  expect((await lms.snapshot()).entry).toBe("resume");
  const back = new BandDriver(lms.lesson, BAND, "en");
  await back.expectScreen(quiz.id);
  await back.expectLanguage("en");
  const view = await back.currentQuestion();
  expect(view).toMatchObject({ position: 2, checked: true });
  expect(view.q.id).toBe(second.id);
  await expect(lms.lesson.locator("#quiz-feedback")).toContainText(back.t("quiz.incorrect"));
  // Carry on in English to the end of the attempt: 1 of the 10 drawn was wrong.
  back.answered.push(...d.answered);
  await back.finishQuiz();
  const drawn = back.drawn(1);
  expect(drawn).toHaveLength(quiz.questionsPerAttempt!);
  expect(new Set(drawn).size).toBe(drawn.length);
});

test("the randomised quiz records bank ids; a retry draws again; a language switch does not", async ({ page }) => {
  const quiz = quizScreenOf(bandLesson(BAND, "vi"));
  const bank = quiz.questions.map((q) => q.id);
  expect(quiz.questionsPerAttempt).toBeLessThan(bank.length);
  const lms = await openAt(page, "1.2", quiz.id);
  const d = new BandDriver(lms.lesson, BAND, "vi");
  await d.expectScreen(quiz.id);
  const before = (await interactionIds(lms)).length;

  // Attempt 1, all wrong: fails, offers a retry.
  await d.finishQuiz(() => true);
  await expect(d.button(d.t("quiz.retry"))).toBeVisible();
  await d.tap(d.button(d.t("quiz.retry")));
  await expect(lms.lesson.locator(".quiz-attempt")).toContainText(d.t("quiz.attempt", { attempt: 2 }));

  // Attempt 2, with a switch to English after two questions and back after five.
  await d.finishQuiz(undefined, async (index) => {
    if (index === 2) await d.switchTo("en");
    if (index === 5) await d.switchTo("vi");
  });

  const a1 = d.drawn(1);
  const a2 = d.drawn(2);
  for (const drawn of [a1, a2]) {
    expect(drawn).toHaveLength(quiz.questionsPerAttempt!);
    expect(new Set(drawn).size).toBe(drawn.length);
    for (const id of drawn) expect(bank).toContain(id);
  }
  expect(a2.join(","), "a retry draws another subset or order").not.toBe(a1.join(","));

  // What the LMS recorded for the quiz: bank ids only, one per question shown, in the order answered.
  const recorded = (await interactionIds(lms)).slice(before);
  expect(recorded).toEqual([...a1, ...a2]);
  for (const id of recorded) expect(bank).toContain(id);
});

test("the switch is accessible and fits a 320 px phone in both languages", async ({ page }) => {
  const { default: AxeBuilder } = await import("@axe-core/playwright");
  await page.setViewportSize({ width: 320, height: 640 });
  // The package opened directly (no LMS): the header is the same as in an LMS.
  await page.goto(`/packages/${BAND}-scorm12/index.html`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  for (const language of ["vi", "en"]) {
    const sw = page.locator(".language-switch");
    await sw.getByRole("button", { name: uiText(language, "language.name"), exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    await expect(page.getByRole("group", { name: uiText(language, "language.label") })).toBeVisible();
    for (const box of await sw.locator("button").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.right).toBeLessThanOrEqual(320);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const axe = await new AxeBuilder({ page }).include(".app-header").analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});
