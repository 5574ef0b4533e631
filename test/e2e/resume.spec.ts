// Leaving mid-quiz and coming back, as an LMS does it: the lesson exits with "suspend", the LMS
// keeps location + suspend_data and hands them back with entry=resume, and the student is on the
// same question with the earlier answers there. The finished attempt reports exactly what an
// uninterrupted run reports (the same expectations full-lesson.spec.ts checks on one).
//   SCORM 1.2: the learner reloads the page (the lesson unloads: pagehide → LMSFinish).
//   SCORM 2004: the LMS closes the lesson frame and launches it again.
import type { ScormVersion } from "../../scorm/scorm-versions";
import { openPreview, type LmsHost } from "../support/lms-host";
import { LessonDriver, perAttempt } from "../support/lesson-driver";
import { expectedScore, primaryLesson, quizOf, UI, uiText } from "../support/lesson-content";
import { expectedInteractions } from "../support/expected-cmi";
import { expectCleanSession, expectInteractions, expectOutcome, expectSessionTime, NAMES, valuesSet } from "../support/lms-assertions";
import { expect, test, type PageGuard } from "../support/no-errors";

const lesson = primaryLesson();
const quiz = quizOf(lesson);
const total = perAttempt(quiz);
/** As many wrong answers as the uninterrupted passing run in full-lesson.spec.ts. */
const WRONG = Math.floor((total * (100 - lesson.masteryPercent)) / 100);
/** Questions checked before leaving (one of them wrong); the last stays on screen, checked. */
const BEFORE_LEAVING = 5;
const SUSPEND_DATA_LIMIT_12 = 4096;

/** Leaves the lesson mid-quiz and comes back; checks how session 1 ended (exit=suspend, one
 *  Terminate/LMSFinish, suspend_data inside 1.2's limit). */
async function leaveAndReturn(version: ScormVersion, lms: LmsHost, guard: PageGuard): Promise<void> {
  const n = NAMES[version];
  await guard.collectLmsProblems(lms.page);
  if (version === "1.2") {
    // The learner reloads the page. Session 1's last words reach the LMS server as its
    // terminate commit (sendBeacon, text/plain): LMSFinish ran once, from the lesson's pagehide.
    // This launch's id is in its commit URL (the server holds every test's commits).
    const session = await lms.page.evaluate(() => {
      const url = (window.__lms.api?.settings as { lmsCommitUrl?: unknown } | undefined)?.lmsCommitUrl;
      return typeof url === "string" ? new URL(url).searchParams.get("session") : null;
    });
    expect(session, "session 1 has a commit URL").toBeTruthy();
    expect((await lms.serverCommits()).some((c) => c.session === session), "session 1 committed to the LMS server").toBe(true);
    await lms.reload();
    // sendBeacon is asynchronous: give it a moment to land.
    const terminateCommits = async () => (await lms.serverCommits()).filter((c) => c.session === session && c.contentType.startsWith("text/plain"));
    await expect.poll(async () => (await terminateCommits()).length, { message: "a terminate commit from session 1" }).toBeGreaterThan(0);
    await lms.page.waitForTimeout(300);
    const ended = await terminateCommits();
    expect(ended, "exactly one terminate commit from session 1").toHaveLength(1);
    const core = (ended[0]!.body as { cmi: { core: Record<string, string>; suspend_data: string } }).cmi;
    expect(core.core.exit).toBe("suspend");
    expect(core.core.lesson_status).toBe("incomplete");
    expect(core.core.lesson_location).toBe(quiz.id);
    expect(core.suspend_data.length).toBeGreaterThan(0);
    expect(core.suspend_data.length).toBeLessThan(SUSPEND_DATA_LIMIT_12);
  } else {
    // The LMS closes the lesson frame, then launches it again.
    await lms.close();
    await lms.page.waitForTimeout(200);
    const calls = await lms.calls();
    expectCleanSession(version, calls, { finished: true, abInitio: true });
    expect(valuesSet(version, calls, n.exit).at(-1), "exit while the quiz is unfinished").toBe("suspend");
    const record = await lms.record();
    expect(record?.finished, "session 1 ended with Terminate").toBe(true);
    expect(record?.cmi[n.exit]).toBe("suspend");
    expect(record?.cmi[n.location]).toBe(quiz.id);
    expect(record?.cmi["cmi.completion_status"]).toBe("incomplete");
    expect(record?.cmi["cmi.suspend_data"]?.length ?? Infinity).toBeLessThan(SUSPEND_DATA_LIMIT_12);
    await guard.collectLmsProblems(lms.page);
    await lms.relaunch();
  }
}

for (const version of ["1.2", "2004"] as const) {
  test(`SCORM ${version}: leaving mid-quiz and coming back resumes the same question with the earlier answers; the result equals an uninterrupted run`, async ({
    page,
    guard,
  }) => {
    test.setTimeout(180_000);
    const n = NAMES[version];
    const start = Date.now();
    const lms = await openPreview(page, { version, fresh: true });
    const driver = new LessonDriver(page, lms.lesson, lesson);
    await driver.start();
    await driver.runUntil(quiz.id);
    expect(await driver.quiz(quiz, { wrongCount: WRONG, stopAfter: BEFORE_LEAVING })).toBe("stopped");
    const lastChecked = driver.answered[driver.answered.length - 1]!;
    const lastQuestion = quiz.questions.find((q) => q.id === lastChecked.id)!;

    // Session 1 so far: no finish, every suspend_data well inside 1.2's 4,096 characters.
    const firstCalls = await lms.calls();
    expectCleanSession(version, firstCalls, { finished: false, abInitio: true });
    const saved = valuesSet(version, firstCalls, "cmi.suspend_data");
    expect(saved.length, "suspend_data is saved as the student goes").toBeGreaterThan(5);
    for (const data of saved) expect(data.length).toBeLessThan(SUSPEND_DATA_LIMIT_12);

    await leaveAndReturn(version, lms, guard);

    const snapshot = await lms.snapshot();
    expect(snapshot.entry).toBe("resume");
    expect(snapshot.launches).toBe(version === "1.2" ? 1 : 2);

    // Back on the same question, checked, with the answer given before.
    await driver.start();
    await driver.expectScreen(quiz.id);
    await expect(lms.lesson.locator(".quiz-counter")).toHaveText(uiText("quiz.counter", { current: BEFORE_LEAVING, total }));
    await expect(lms.lesson.locator("#quiz-question")).toHaveText(lastQuestion.prompt);
    await expect(lms.lesson.locator("#quiz-feedback")).toContainText(lastChecked.wrong ? UI["quiz.incorrect"] : UI["quiz.correct"]);
    await driver.expectLockedAnswer(lastQuestion, lastChecked.wrong);
    // The earlier screens are still done: Back and Next work without redoing anything.
    await expect(driver.button(UI["nav.back"])).toBeEnabled();

    // Finish the attempt.
    await driver.quiz(quiz, { wrongCount: WRONG });
    const score = driver.attemptScore(quiz, 1);
    expect(score).toBe(expectedScore(total, WRONG));
    await driver.expectQuizScore(score, true);
    await driver.runToEnd();
    const end = Date.now();

    await page.waitForTimeout(300);
    const flat = await lms.flattened();
    const calls = await lms.calls();
    expectCleanSession(version, calls, { finished: true, abInitio: false });
    // Nothing asked twice (the driver checks each question is new in its attempt), none missed.
    expect(driver.answered).toHaveLength(total);
    expectOutcome(version, flat, { score, passed: true, completed: true });
    expectSessionTime(version, calls, flat);
    expectInteractions(version, flat, calls, expectedInteractions(version, lesson, driver.run), { start, end });
    for (const data of valuesSet(version, calls, "cmi.suspend_data")) expect(data.length).toBeLessThan(SUSPEND_DATA_LIMIT_12);
  });
}
