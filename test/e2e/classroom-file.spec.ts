// The classroom zip as a teacher uses it without any LMS or server: dist/call-111-classroom.zip
// unzipped into a folder and index.html opened from file:// (a double-click). Chromium refuses
// module scripts and fetch() there, so this proves the classic-script build: the start page
// links to a band, the lesson runs by presenter keys, reveals, shows notes, switches language and
// plays narration (howler, html5 audio), with every request a file inside the unzipped folder and
// no error in the console. (Not the no-errors fixture: its host check expects 127.0.0.1.)
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test } from "@playwright/test";
import { unzipSync } from "fflate";
import type { QuizScreen } from "../../src/lesson/lesson-types";
import { CLASSROOM_ZIP } from "../../scorm/classroom/build-classroom";
import { expectNoAxeViolations } from "../support/a11y-walk";
import { bandLesson, uiText } from "../support/band-driver";
import { CHROMIUM_ARGS, findChromium } from "../support/find-chromium";

test.use({
  viewport: { width: 1920, height: 1080 },
  launchOptions: {
    executablePath: findChromium().executablePath,
    // Headless Chromium has no sound card: fake devices give the audio element somewhere to play.
    args: [...CHROMIUM_ARGS, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"],
  },
});

test("the unzipped classroom zip runs from file://: start page, keys, reveal, notes, language, narration", async ({ page }, info) => {
  test.setTimeout(90_000);
  const dir = info.outputPath("classroom");
  const entries = unzipSync(new Uint8Array(fs.readFileSync(CLASSROOM_ZIP)));
  for (const [name, data] of Object.entries(entries)) {
    if (name.endsWith("/")) continue;
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), data);
  }
  const root = pathToFileURL(dir).href;
  const requests: string[] = [];
  const problems: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));

  await page.goto(`${root}/index.html`);
  await expectNoAxeViolations(page, "the classroom zip's start page");
  const band = "lower-secondary";
  const en = bandLesson(band, "en");
  const vi = bandLesson(band, "vi");
  await page.locator(`a[href="${band}/classroom.html?lang=en"]`).first().click();
  const title = page.locator("#screen-title");
  await expect(title).toHaveText(en.screens[0]!.title, { timeout: 15_000 });
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  // Narration plays from file:// (howler with html5 audio).
  await page.getByRole("button", { name: uiText("en", "narration.play"), exact: true }).click();
  await expect(page.locator(".narration")).toHaveAttribute("data-narration-state", "playing", { timeout: 10_000 });

  // Presenter keys, notes and reveal.
  await page.keyboard.press("n");
  await expect(page.getByTestId("notes-panel")).toBeVisible();
  const quizAt = en.screens.findIndex((s) => s.kind === "quiz");
  // Keys show the rest of a long screen first: press until the next title shows.
  const press = async (key: string, expected: () => Promise<void>) => {
    for (let tries = 0; tries < 20; tries++) {
      const before = await page.evaluate(() => [window.scrollY, document.getElementById("screen-title")?.textContent ?? "", document.querySelector(".question-prompt")?.textContent ?? ""].join("|"));
      await page.keyboard.press(key);
      const after = await page.evaluate(() => [window.scrollY, document.getElementById("screen-title")?.textContent ?? "", document.querySelector(".question-prompt")?.textContent ?? ""].join("|"));
      if (before.split("|").slice(1).join("|") !== after.split("|").slice(1).join("|")) break;
    }
    await expected();
  };
  for (let i = 1; i <= quizAt; i++) await press(i % 2 ? "PageDown" : "ArrowRight", () => expect(title).toHaveText(en.screens[i]!.title));
  const quiz = en.screens[quizAt] as QuizScreen;
  await press("PageDown", () => expect(page.locator(".question-prompt")).toHaveText(quiz.questions[0]!.prompt));
  await page.keyboard.press("r");
  await expect(page.getByTestId("classroom-answer")).toContainText(quiz.questions[0]!.explanation);
  await press("PageUp", () => expect(title).toHaveText(quiz.title));
  await press("PageUp", () => expect(title).toHaveText(en.screens[quizAt - 1]!.title));

  // Language switch: the Vietnamese lesson script loads from the folder too.
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(title).toHaveText(vi.screens[quizAt - 1]!.title);
  await expect(page.getByTestId("notes-panel")).toContainText(uiText("vi", "classroom.notes.title"));

  const folder = `${root}/`;
  expect(requests.filter((u) => !u.startsWith(folder) && !/^(data|blob|about):/.test(u))).toEqual([]);
  expect(requests.some((u) => u.endsWith(`/${band}/classroom/lesson-vi.js`))).toBe(true);
  expect(requests.some((u) => /\/audio\/en\/welcome\.mp3$/.test(u))).toBe(true);
  expect(problems).toEqual([]);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});
