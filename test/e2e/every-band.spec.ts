// Every band from start to finish in its built package, in both languages: each screen is seen in
// Vietnamese and in English (the header's switch is pressed on every screen, and the screen then
// shows its own words in the other language), activities and quiz are done across the switches,
// and at the end the LMS holds a completed, passed lesson whose quiz interactions are exactly the
// questions drawn. On every screen, in each language, the "I want to talk to someone" button is in
// the page header, rendered and uncovered; mid-quiz (a question answered but not yet checked) it
// opens the dialog, and closing it gives focus back to it with the answer and the question as they
// were. The bands alternate SCORM versions (the full-lesson spec plays the primary
// band in both by keyboard). One run per band that covers both languages, rather than one run
// per language, keeps the suite quick on two cores.
import type { Band } from "../../src/lesson/lesson-types";
import { bandsWithLessons } from "../../scorm/repo-paths";
import { BandDriver, bandLessons, quizScreenOf } from "../support/band-driver";
import { openPreview } from "../support/lms-host";
import { expect, test } from "../support/no-errors";

const VERSIONS = { primary: "2004", "lower-secondary": "1.2", "upper-secondary": "2004" } as const;

test("every band has a Vietnamese and an English lesson", () => {
  expect(bandsWithLessons()).toEqual(["primary", "lower-secondary", "upper-secondary"]);
  for (const band of bandsWithLessons()) expect(bandLessons(band).map((l) => l.language), band).toEqual(["vi", "en"]);
});

for (const band of bandsWithLessons() as Band[]) {
  const version = VERSIONS[band];
  test(`${band} (SCORM ${version}): every screen in Vietnamese and English, completed and passed`, async ({ page }) => {
    test.setTimeout(120_000);
    const lms = await openPreview(page, { band, version, fresh: true });
    const driver = new BandDriver(lms.lesson, band, "vi");
    const other = () => (driver.language === "vi" ? "en" : "vi");
    const screens = driver.lesson.screens;
    await driver.expectScreen(screens[0]!.id);

    for (let i = 0; i < screens.length; i++) {
      // Arrived in one language: the screen is in it; switch, and it is in the other.
      await driver.expectLanguage();
      await driver.expectScreenText();
      await driver.expectTalkButtonInHeader(`${screens[i]!.id} (${driver.language})`);
      await driver.switchTo(other());
      await driver.expectScreenText();
      await driver.expectTalkButtonInHeader(`${screens[i]!.id} (${driver.language})`);
      if (screens[i]!.kind === "quiz") {
        // Switch again every third question: the draw and the count carry on unchanged.
        await driver.finishQuiz(undefined, async (index) => {
          if (index === 1) {
            // Second question: answered, not checked; talk to someone; then check it.
            const { q } = await driver.currentQuestion();
            await driver.choose(q, false);
            await driver.talkRoundTrip(() => driver.quizState());
            await driver.check(q, false);
          }
          if (index > 0 && index % 3 === 0) await driver.switchTo(other());
        });
      } else {
        await driver.completeScreen();
      }
      if (i < screens.length - 1) await driver.next();
    }
    await driver.tap(driver.button(driver.t("nav.finish")));
    await expect(lms.lesson.locator("#screen-title")).toHaveText(driver.t("finished.title"));
    await driver.expectLanguage();
    await driver.expectTalkButtonInHeader("the finished screen");

    const quiz = quizScreenOf(driver.lesson);
    const drawn = driver.drawn(1);
    expect(drawn).toHaveLength(quiz.questionsPerAttempt ?? quiz.questions.length);
    expect(new Set(drawn).size).toBe(drawn.length);

    await page.waitForTimeout(200);
    const flat = await lms.flattened();
    if (version === "1.2") {
      expect(flat["cmi.core.lesson_status"]).toBe("passed");
      expect(flat["cmi.core.score.raw"]).toBe("100");
      expect(flat["cmi.student_preference.language"]).toBe(driver.language);
    } else {
      expect(flat["cmi.completion_status"]).toBe("completed");
      expect(flat["cmi.success_status"]).toBe("passed");
      expect(flat["cmi.score.raw"]).toBe("100");
      expect(flat["cmi.learner_preference.language"]).toBe(driver.language);
    }
    // The quiz's interactions are the drawn questions' ids, whichever language each was answered in.
    const bank = new Set(quiz.questions.map((q) => q.id));
    const recorded = Object.entries(flat)
      .filter(([k]) => /^cmi\.interactions\.\d+\.id$/.test(k))
      .map(([, v]) => v);
    expect(recorded.filter((id) => bank.has(id)).sort()).toEqual([...drawn].sort());
  });
}
