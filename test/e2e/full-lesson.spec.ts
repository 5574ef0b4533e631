// The whole primary lesson, by keyboard only, in the built SCORM 1.2 and 2004 packages played by
// the preview LMS (scorm-again), then everything the LMS holds checked against the lesson file:
// status, score, every interaction in the version's own format, every learning objective
// (cmi.objectives) and each question's objective, session time, exit, and a clean API session
// (one Initialize, one Terminate/LMSFinish, nothing after, no runtime errors).
import fs from "node:fs";
import path from "node:path";
import { DIST_DIR } from "../../scorm/repo-paths";
import { openPreview, type LmsHost } from "../support/lms-host";
import { LessonDriver, perAttempt } from "../support/lesson-driver";
import { expectedScore, primaryLesson, quizOf, UI, uiText } from "../support/lesson-content";
import { expectedInteractions, expectedObjectives } from "../support/expected-cmi";
import { expectCleanSession, expectInteractions, expectObjectives, expectOutcome, expectSessionTime, NAMES, valuesSet } from "../support/lms-assertions";
import { expect, test } from "../support/no-errors";

const lesson = primaryLesson();
const quiz = quizOf(lesson);
/** Questions one attempt shows (the lesson draws them from its bank). */
const total = perAttempt(quiz);

/** Wrong answers (of different kinds) that still pass, and that fail, against the lesson's mark.
 *  With 10 questions and 80 %: 2 wrong = 80 % (passes: the mark itself), 3 wrong = 70 %. */
const PASS_WRONG = Math.floor((total * (100 - lesson.masteryPercent)) / 100);
const FAIL_WRONG = PASS_WRONG + 1;

/** Objectives the LMS itself puts in cmi.objectives at launch: a SCORM 2004 LMS, the manifest's
 *  primary objective (RTE 4.2.17; the preview LMS does so too); none in 1.2. */
function lmsOwnObjectives(version: "1.2" | "2004"): string[] {
  if (version === "1.2") return [];
  const manifest = fs.readFileSync(path.join(DIST_DIR, "packages", "primary-scorm2004", "imsmanifest.xml"), "utf8");
  const id = /<imsss:primaryObjective objectiveID="([^"]+)"/.exec(manifest)?.[1];
  if (!id) throw new Error("the 2004 manifest has no primary objective id");
  return [id];
}

async function finalState(lms: LmsHost) {
  // Nothing may arrive after the end: give a late call the chance to show up.
  await lms.page.waitForTimeout(300);
  return { flat: await lms.flattened(), snapshot: await lms.snapshot() };
}

for (const version of ["1.2", "2004"] as const) {
  test.describe(`SCORM ${version}`, () => {
    test.describe.configure({ timeout: 180_000 });

    test("a student completes the whole lesson by keyboard and passes; the LMS holds exactly what happened", async ({ page }) => {
      expect(expectedScore(total, PASS_WRONG)).toBeGreaterThanOrEqual(lesson.masteryPercent);
      const start = Date.now();
      const lms = await openPreview(page, { version, fresh: true });
      const driver = new LessonDriver(page, lms.lesson, lesson);
      await driver.start();
      await driver.expectScreen(lesson.screens[0]!.id);
      // The LMS learner name is greeted (given name after the comma).
      await expect(lms.lesson.getByText("Chào An!", { exact: true })).toBeVisible();

      await driver.runUntil(quiz.id);
      await driver.quiz(quiz, { wrongCount: PASS_WRONG });
      const score = driver.attemptScore(quiz, 1);
      expect(score).toBe(expectedScore(total, PASS_WRONG));
      await driver.expectQuizScore(score, true);
      await driver.next();
      await driver.expectResults(score, true);
      await driver.next();
      await driver.completeScreen(driver.screen(lesson.screens[lesson.screens.length - 1]!.id), {});
      await driver.finish();
      const end = Date.now();

      const { flat, snapshot } = await finalState(lms);
      expect(snapshot.entry).toBe("ab-initio");
      expectCleanSession(version, snapshot.calls, { finished: true, abInitio: true });
      expectOutcome(version, flat, { score, passed: true, completed: true });
      expect(flat[NAMES[version].location], "location is the last screen").toBe(lesson.screens[lesson.screens.length - 1]!.id);
      expectSessionTime(version, snapshot.calls, flat);
      expectInteractions(version, flat, snapshot.calls, expectedInteractions(version, lesson, driver.run), { start, end });
      const objectives = expectedObjectives(version, lesson, driver.run);
      expectObjectives(version, flat, snapshot.calls, objectives, lmsOwnObjectives(version));
      // With two wrong answers, at least one objective is not mastered although the quiz passed.
      expect(objectives.some((o) => (o.fields.status ?? o.fields.success_status) === "failed")).toBe(true);
      const asked = driver.answered.map((a) => a.id);
      expect(new Set(asked).size, "each question asked once").toBe(total);
      for (const id of asked) expect(quiz.questions.map((q) => q.id)).toContain(id);

      // The status was "incomplete" from the first launch until the quiz was judged.
      const statuses = valuesSet(version, snapshot.calls, NAMES[version].status);
      expect(statuses[0]).toBe("incomplete");
      // The terminate commit reached the LMS with the final state.
      const last = snapshot.commits[snapshot.commits.length - 1];
      expect(last?.terminate, "the last commit is the terminate one").toBe(true);
      // Commits after each answer: at least one commit per interaction recorded.
      const commits = snapshot.calls.filter((c) => c.method === (version === "1.2" ? "LMSCommit" : "Commit"));
      expect(commits.length).toBeGreaterThanOrEqual(driver.run.answered.length + 7);
      expect(commits.every((c) => c.result === "true")).toBe(true);
    });

    test("below the pass mark the quiz is failed and a retry is offered; the retry passes", async ({ page }) => {
      expect(expectedScore(total, FAIL_WRONG)).toBeLessThan(lesson.masteryPercent);
      const start = Date.now();
      const lms = await openPreview(page, { version, fresh: true });
      const driver = new LessonDriver(page, lms.lesson, lesson);
      await driver.start();
      // This student also dials a wrong number first and tries an unhelpful reply once:
      // only first tries are recorded.
      await driver.runUntil(quiz.id, { wrongNumberFirst: "113", callMistakes: ["greet"] });
      await driver.quiz(quiz, { wrongCount: FAIL_WRONG });
      const failScore = driver.attemptScore(quiz, 1);
      expect(failScore).toBe(expectedScore(total, FAIL_WRONG));
      await driver.expectQuizScore(failScore, false);

      // The LMS hears "failed" at once, with the score.
      const n = NAMES[version];
      await expect.poll(() => lms.value(n.raw)).toBe(String(failScore));
      expectOutcome(version, await lms.flattened(), { score: failScore, passed: false, completed: false });

      await driver.next();
      await driver.expectResults(failScore, false);
      // The results name the screens to look at again (the missed questions' reviewScreen).
      const missed = driver.answered.filter((a) => a.wrong).map((a) => quiz.questions.find((q) => q.id === a.id)!);
      const review = [...new Set(missed.map((q) => q.reviewScreen!))];
      for (const id of review) {
        await expect(driver.button(uiText("results.reviewButton", { title: driver.screen(id).title }))).toBeVisible();
      }
      await driver.retryFromResults(quiz);
      // The failed score stands in the LMS while the retry is in progress, and so do the objectives.
      expect(await lms.value(n.raw)).toBe(String(failScore));
      const duringRetry = await lms.flattened();
      expectObjectives(version, duringRetry, (await lms.snapshot()).calls, expectedObjectives(version, lesson, driver.run), lmsOwnObjectives(version));

      await driver.quiz(quiz, { wrongCount: 0 });
      expect(driver.attemptScore(quiz, 2)).toBe(100);
      await driver.expectQuizScore(100, true);
      await expect.poll(() => lms.value(n.raw)).toBe("100");
      await driver.next();
      await driver.expectResults(100, true);
      await driver.next();
      await driver.finish();
      const end = Date.now();

      const { flat, snapshot } = await finalState(lms);
      expectCleanSession(version, snapshot.calls, { finished: true, abInitio: true });
      expectOutcome(version, flat, { score: 100, passed: true, completed: true });
      expectSessionTime(version, snapshot.calls, flat);
      const run = driver.run;
      expect(run.answered, "two attempts of every question").toHaveLength(2 * total);
      expect(run.answered.slice(total).map((a) => a.id), "the retry draws the questions again").not.toEqual(run.answered.slice(0, total).map((a) => a.id));
      expect(run.firstDial).toBe("113");
      expectInteractions(version, flat, snapshot.calls, expectedInteractions(version, lesson, run), { start, end });
      // Every objective mastered after the retry, at the same index as after the failed attempt.
      expectObjectives(version, flat, snapshot.calls, expectedObjectives(version, lesson, run), lmsOwnObjectives(version));
      // Status history: incomplete, then failed, then passed (1.2 lesson_status; 2004 success_status).
      const statusElement = version === "1.2" ? "cmi.core.lesson_status" : "cmi.success_status";
      const history = valuesSet(version, snapshot.calls, statusElement);
      const changes = history.filter((v, i) => v !== history[i - 1]);
      expect(changes).toEqual(version === "1.2" ? ["incomplete", "failed", "passed"] : ["unknown", "failed", "passed"]);
      await expect(lms.lesson.getByText(UI["finished.title"])).toBeVisible();
    });
  });
}

test("a dialogue step with several good replies reports each as its own correct pattern", async ({ page }) => {
  // SCORM choice patterns are SETS: "a,b" (1.2) or "a[,]b" (2004) means "a AND b", but in the
  // practice call ANY good reply is right. The spec's way is one pattern per good reply
  // (correct_responses.0.pattern = "a", correct_responses.1.pattern = "b"), which AnswerRecord's
  // list of acceptable answers (src/quiz/answer-record.ts) now gives both adapters.
  test.setTimeout(90_000);
  const lms = await openPreview(page, { version: "1.2", fresh: true });
  const driver = new LessonDriver(page, lms.lesson, lesson);
  await driver.start();
  await driver.runUntil("which_number");
  const flat = await lms.flattened();
  const call = lesson.screens.find((s) => s.kind === "practice-call");
  if (call?.kind !== "practice-call") throw new Error("no practice call");
  call.conversation.forEach((step, i) => {
    const good = step.options.map((o, k) => (o.good ? "abcdefghij"[k] : null)).filter(Boolean);
    const patterns = Object.entries(flat)
      .filter(([k]) => new RegExp(`^cmi\\.interactions\\.${i + 1}\\.correct_responses\\.\\d+\\.pattern$`).test(k))
      .map(([, v]) => v)
      .sort();
    expect(patterns, `${step.id}: one pattern per good reply`).toEqual(good.sort());
  });
});

test("the LMS learner name is shown as plain text, never as markup", async ({ page }) => {
  const lms = await openPreview(page, { version: "1.2", fresh: true, learnerName: `Trần, <b id="injected">Bình</b> & "Mai"` });
  const greeting = lms.lesson.locator(".greeting");
  await expect(greeting).toHaveText(`Chào <b id="injected">Bình</b> & "Mai"!`);
  await expect(lms.lesson.locator("#injected")).toHaveCount(0);
});
