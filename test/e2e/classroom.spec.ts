// Classroom (projector) mode, classroom.html, as built into the packages and the classroom zip:
//   - a whole lesson in both languages driven by presenter keys only (→, PageDown, Space, ←,
//     PageUp, R, N, ?): every screen in order, every quiz question revealed with its explanation,
//     the sorting revealed, the notes panel following the screen, no score, the leaflet at the end,
//     and nothing kept in localStorage or cookies;
//   - opened inside the preview LMS (scorm-again present as the API): zero SCORM API calls and no
//     request off 127.0.0.1 (the shared no-errors fixture);
//   - presenter keys leave a radio group's own arrow keys alone;
//   - axe (WCAG 2.1 AA), names, targets and reflow on its screens, on a phone and a projector.
// The file:// case (the classroom zip unzipped and double-clicked) is classroom-file.spec.ts.
import type { FrameLocator, Page } from "@playwright/test";
import type { Band, Lesson, QuizScreen } from "../../src/lesson/lesson-types";
import { readClassroomNotes } from "../../scorm/classroom/classroom-notes";
import { checkState, expectNoAxeViolations } from "../support/a11y-walk";
import { bandLesson, bandLessons, uiText } from "../support/band-driver";
import { openPreview } from "../support/lms-host";
import { expect, test } from "../support/no-errors";

const PROJECTOR = { width: 1280, height: 720 };

function notesOf(band: Band, language: string) {
  return readClassroomNotes(new Map([[band, bandLessons(band)]])).get(band)!.get(language)!;
}

type Root = Page | FrameLocator;

/** Whether a presenter key would scroll the page first (more of the screen below, or above). */
function canScroll(root: Root, direction: 1 | -1): Promise<boolean> {
  return root.locator("html").evaluate((el, d) => (d > 0 ? el.scrollHeight - (window.scrollY + window.innerHeight) : window.scrollY) > 4, direction);
}

/** Presses a next (or back) key until the page is scrolled to its end, then once more: one step
 *  of the lesson. Keys show the rest of a long screen before they move on. */
async function step(root: Root, press: (key: string) => Promise<void>, key: string): Promise<void> {
  const direction = ["ArrowLeft", "PageUp"].includes(key) ? -1 : 1;
  for (let i = 0; i < 20 && (await canScroll(root, direction)); i++) await press(key);
  await press(key);
}

/** Walks the whole lesson with presenter keys; `press` sends a key to wherever the lesson is. */
async function presentWholeLesson(root: Root, press: (key: string) => Promise<void>, band: Band, language: string): Promise<void> {
  const lesson: Lesson = bandLesson(band, language);
  const notes = notesOf(band, language);
  const t = (key: string, values: Record<string, string | number> = {}) => uiText(language, key, values);
  const title = root.locator("#screen-title");
  const panel = root.getByTestId("notes-panel");
  const nextKeys = ["ArrowRight", "PageDown", " "];

  await expect(title).toHaveText(lesson.screens[0]!.title, { timeout: 15_000 });
  await expect(root.getByTestId("classroom-notice")).toHaveText(t("classroom.notice"));
  // Notes: N shows them (the Notes button says so), N again hides them; then keep them open.
  await expect(panel).toHaveCount(0);
  await press("n");
  await expect(panel).toBeVisible();
  await expect(root.getByTestId("notes-button")).toHaveAttribute("aria-expanded", "true");
  await press("N");
  await expect(panel).toHaveCount(0);
  await press("n");
  // ? lists the keys; Escape closes the list and the keys work again.
  await press("?");
  await expect(root.getByRole("dialog", { name: t("classroom.keys.title") })).toBeVisible();
  await press("ArrowRight");
  await expect(title).toHaveText(lesson.screens[0]!.title);
  await press("Escape");
  await expect(root.getByRole("dialog")).toHaveCount(0);

  for (let i = 0; i < lesson.screens.length; i++) {
    const screen = lesson.screens[i]!;
    await expect(title).toHaveText(screen.title);
    await expect(panel.getByTestId("notes-notes")).toContainText(notes.notes[screen.id]![0]!);
    await expect(panel.getByTestId("notes-prompts")).toContainText(notes.prompts[screen.id]![0]!);
    await expect(root.getByRole("button", { name: t("talk.button") })).toBeVisible();
    if (screen.kind === "quiz") await revealEveryQuestion(root, press, screen, language);
    if (screen.kind === "sorting") {
      await expect(root.locator(".sort-item")).not.toHaveCount(0);
      await press("r");
      await expect(root.locator(".sort-item")).toHaveCount(0);
      await expect(root.locator(".sort-done")).toBeVisible();
      await expect(root.getByTestId("reveal-button")).toBeDisabled();
    }
    if (screen.kind === "results") {
      // No score for a class: the 111 message and the closing words only.
      await expect(root.locator(".result-score, .result-box")).toHaveCount(0);
      await expect(root.locator(".closing")).toContainText(screen.closing[0]!);
    }
    if (i === 2) {
      // Back with both keys, forward again with a clicker's key.
      await step(root, press, "PageUp");
      await expect(title).toHaveText(lesson.screens[1]!.title);
      await step(root, press, "ArrowLeft");
      await expect(title).toHaveText(lesson.screens[0]!.title);
      await step(root, press, "PageDown");
      await expect(title).toHaveText(lesson.screens[1]!.title);
      await step(root, press, "PageDown");
      await expect(title).toHaveText(screen.title);
    }
    if (i < lesson.screens.length - 1) await step(root, press, screen.kind === "sorting" ? "PageDown" : nextKeys[i % nextKeys.length]!);
  }
  // The last screen: the leaflet stays, and Next goes no further.
  await expect(root.locator(".leaflet")).toBeVisible();
  await step(root, press, "ArrowRight");
  await expect(title).toHaveText(lesson.screens[lesson.screens.length - 1]!.title);
  await expect(root.getByRole("button", { name: t("nav.next") })).toBeDisabled();
}

async function revealEveryQuestion(root: Root, press: (key: string) => Promise<void>, quiz: QuizScreen, language: string): Promise<void> {
  const total = quiz.questions.length;
  const answer = root.getByTestId("classroom-answer");
  // The quiz opens on its introduction; Next shows the first question.
  await expect(root.locator(".question")).toHaveCount(0);
  await expect(root.getByTestId("reveal-button")).toBeDisabled();
  await step(root, press, "PageDown");
  for (let q = 0; q < total; q++) {
    const question = quiz.questions[q]!;
    await expect(root.locator(".quiz-counter")).toHaveText(uiText(language, "quiz.counter", { current: q + 1, total }));
    await expect(root.locator(".question-prompt")).toHaveText(question.prompt);
    await expect(answer).toHaveCount(0);
    // Nothing is chosen before the class has voted.
    await expect(root.locator(".question input:checked")).toHaveCount(0);
    await press(q % 2 === 0 ? "r" : "R");
    await expect(answer).toContainText(question.explanation);
    await expect(root.locator(".question .choice-right, .question .order-item.choice-right, .question .match-row.choice-right").first()).toBeVisible();
    if (q === 1) {
      // Back inside the quiz goes to the previous question, still revealed.
      await step(root, press, "ArrowLeft");
      await expect(root.locator(".question-prompt")).toHaveText(quiz.questions[0]!.prompt);
      await expect(answer).toBeVisible();
      await step(root, press, "ArrowRight");
      await expect(root.locator(".question-prompt")).toHaveText(question.prompt);
    }
    if (q < total - 1) await step(root, press, "PageDown");
  }
}

for (const language of ["vi", "en"] as const) {
  test(`primary/${language}: a whole lesson with presenter keys only, reveal and notes; nothing kept`, async ({ page, guard }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(PROJECTOR);
    await page.goto(`/packages/primary-scorm12/classroom.html?lang=${language}`);
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    await presentWholeLesson(page, (key) => page.keyboard.press(key), "primary", language);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, ""]);
    const own = guard.requests.filter((u) => !/^(data|blob|about):/.test(u));
    for (const url of own) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/packages\/primary-scorm12\/(classroom\.html|classroom\/|images\/|audio\/)/);
  });
}

test("lower-secondary/en inside the preview LMS: the whole lesson by keys, and not one SCORM API call", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(PROJECTOR);
  const lms = await openPreview(page, { band: "lower-secondary", version: "2004", fresh: true, entry: "classroom.html?lang=en" });
  const frame = lms.lesson;
  await expect(frame.locator("#screen-title")).toBeVisible({ timeout: 15_000 });
  // Key presses go to the focused frame: focus the lesson's title first.
  await frame.locator("#screen-title").focus();
  await presentWholeLesson(frame, (key) => page.keyboard.press(key), "lower-secondary", "en");
  expect(await lms.calls()).toEqual([]);
  expect(await page.evaluate(() => window.__lms.calls.length)).toBe(0);
  const kept = await frame.locator("body").evaluate(() => [localStorage.length, document.cookie]);
  expect(kept).toEqual([0, ""]);
});

test("the SCORM 1.2 package's classroom entry in the preview LMS makes no API call either, and switches language", async ({ page }) => {
  const lms = await openPreview(page, { band: "upper-secondary", version: "1.2", fresh: true, entry: "classroom.html" });
  const frame = lms.lesson;
  const vi = bandLesson("upper-secondary", "vi");
  const en = bandLesson("upper-secondary", "en");
  await expect(frame.locator("#screen-title")).toHaveText(vi.screens[0]!.title, { timeout: 15_000 });
  await frame.locator("#screen-title").focus();
  await step(frame, (key) => page.keyboard.press(key), "PageDown");
  await expect(frame.locator("#screen-title")).toHaveText(vi.screens[1]!.title);
  await frame.getByRole("button", { name: "English" }).click();
  await expect(frame.locator("#screen-title")).toHaveText(en.screens[1]!.title);
  await expect(frame.getByRole("button", { name: uiText("en", "classroom.reveal") })).toBeVisible();
  await frame.getByRole("button", { name: uiText("en", "talk.button") }).click();
  await expect(frame.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  expect(await lms.calls()).toEqual([]);
});

test("presenter keys leave a radio group's arrows to the radios, and Space to a focused button", async ({ page }) => {
  const lesson = bandLesson("primary", "en");
  const quizAt = lesson.screens.findIndex((s) => s.kind === "quiz");
  const quiz = lesson.screens[quizAt] as QuizScreen;
  await page.goto("/packages/primary-scorm12/classroom.html?lang=en");
  await expect(page.locator("#screen-title")).toHaveText(lesson.screens[0]!.title);
  const press = (key: string) => page.keyboard.press(key);
  for (let i = 0; i < quizAt; i++) await step(page, press, "PageDown");
  await expect(page.locator("#screen-title")).toHaveText(quiz.title);
  await step(page, press, "PageDown");
  const radios = page.locator(".question input[type=radio]");
  const first = quiz.questions[0]!;
  expect(first.kind === "single-choice" || first.kind === "true-false").toBe(true);
  await radios.first().focus();
  await page.keyboard.press("Space");
  await expect(radios.first()).toBeChecked();
  await page.keyboard.press("ArrowRight");
  // The radio group moved its choice; the question stayed.
  await expect(radios.nth(1)).toBeChecked();
  await expect(page.locator(".question-prompt")).toHaveText(first.prompt);
  // A clicker's PageDown still moves on from inside the group (after showing the rest of the page).
  await step(page, press, "PageDown");
  await expect(page.locator(".question-prompt")).toHaveText(quiz.questions[1]!.prompt);
  // Space on a focused button presses that button (Notes), it does not move on.
  await page.getByTestId("notes-button").focus();
  await page.keyboard.press("Space");
  await expect(page.getByTestId("notes-panel")).toBeVisible();
  await expect(page.locator(".question-prompt")).toHaveText(quiz.questions[1]!.prompt);
});

/** Every screen with notes open and every quiz question revealed: axe on a projector, then the
 *  full phone checks (names, targets, reflow at 320 px and 200% zoom). */
for (const [band, language] of [["primary", "vi"], ["lower-secondary", "en"], ["upper-secondary", "vi"]] as const) {
  test(`${band}/${language}: classroom screens pass axe, names, targets and reflow`, async ({ page }) => {
    test.setTimeout(180_000);
    const lesson = bandLesson(band, language);
    await page.setViewportSize(PROJECTOR);
    await page.goto(`/packages/${band}-scorm12/classroom.html?lang=${language}`);
    await expect(page.locator("#screen-title")).toHaveText(lesson.screens[0]!.title);
    await page.keyboard.press("n");
    const check = async (where: string) => {
      await page.setViewportSize(PROJECTOR);
      await expectNoAxeViolations(page, `${where} (1280 x 720)`);
      await checkState(page, where);
      await page.setViewportSize(PROJECTOR);
    };
    const press = (key: string) => page.keyboard.press(key);
    for (const screen of lesson.screens) {
      await expect(page.locator("#screen-title")).toHaveText(screen.title);
      if (screen.kind === "quiz") {
        await check(`${screen.id} introduction`);
        await step(page, press, "PageDown");
        for (let q = 0; q < screen.questions.length; q++) {
          await page.keyboard.press("r");
          await expect(page.getByTestId("classroom-answer")).toBeVisible();
          if (q < 2) await check(`${screen.id} q${q + 1} revealed`);
          if (q < screen.questions.length - 1) await step(page, press, "PageDown");
        }
        await check(`${screen.id} last question`);
      } else {
        if (screen.kind === "sorting") await page.keyboard.press("r");
        await check(screen.id);
      }
      await step(page, press, "PageDown");
    }
    await page.keyboard.press("?");
    await check("key help");
  });
}

