// A student can leave at any moment — the bell rings, the tab is closed — and come back to
// exactly where they were: on every screen of the lesson until it is completed, halfway through the practice call and
// halfway through the sorting. Nothing done before leaving is lost, and nothing is reported to
// the LMS twice. (Leaving mid-quiz is resume.spec.ts.) SCORM 2004: the LMS closes the lesson
// frame (pagehide → Terminate with exit=suspend) and launches it again (entry=resume).
import type { PracticeCallScreen, SortingScreen } from "../../src/lesson/lesson-types";
import { openPreview, type LmsHost } from "../support/lms-host";
import { LessonDriver } from "../support/lesson-driver";
import { primaryLesson, UI, uiText } from "../support/lesson-content";
import { expect, test, type PageGuard } from "../support/no-errors";

const lesson = primaryLesson();

async function leaveAndComeBack(lms: LmsHost, guard: PageGuard): Promise<void> {
  await guard.collectLmsProblems(lms.page);
  await lms.close();
  const record = await lms.record();
  expect(record?.finished, "the session ended with Terminate").toBe(true);
  expect(record?.cmi["cmi.exit"], "exit while unfinished").toBe("suspend");
  await lms.relaunch();
  // The new frame does not take focus from the LMS page by itself; the student clicks into it.
  await lms.lesson.locator("#screen-title").click();
}

/** How many interactions the LMS holds with this id. */
async function interactionsWithId(lms: LmsHost, id: string): Promise<number> {
  const cmi = (await lms.record())?.cmi ?? {};
  return Object.entries(cmi).filter(([key, value]) => /^cmi\.interactions\.\d+\.id$/.test(key) && value === id).length;
}

test("leaving on every screen, mid-call and mid-sorting: back on the same screen with everything done so far", async ({ page, guard }) => {
  test.setTimeout(240_000);
  const lms = await openPreview(page, { version: "2004", fresh: true });
  const driver = new LessonDriver(page, lms.lesson, lesson);
  await driver.start();

  for (const [index, screen] of lesson.screens.entries()) {
    await driver.expectScreen(screen.id);
    if (index === lesson.screens.length - 1) break;
    await leaveAndComeBack(lms, guard);
    await driver.expectScreen(screen.id);

    if (screen.kind === "practice-call") await halfACall(lms, driver, guard, screen);
    else if (screen.kind === "sorting") await halfASorting(lms, driver, guard, screen);
    else await driver.completeScreen(screen, { wrongCount: 0 });

    await driver.next();
  }
  // The last screen: every screen seen and the quiz handed in, so the lesson is completed and the
  // attempt ends normally when the student leaves (DESIGN.md: exit=suspend only while incomplete).
  const last = lesson.screens[lesson.screens.length - 1]!;
  await driver.completeScreen(last, {});
  await guard.collectLmsProblems(lms.page);
  await lms.close();
  const record = await lms.record();
  expect(record?.cmi["cmi.completion_status"]).toBe("completed");
  expect(record?.cmi["cmi.success_status"]).toBe("passed");
  expect(record?.cmi["cmi.exit"], "exit once completed").toBe("normal");
});

/** Dials and gives the first reply, leaves, and finds the call still connected with that reply. */
async function halfACall(lms: LmsHost, driver: LessonDriver, guard: PageGuard, screen: PracticeCallScreen): Promise<void> {
  await driver.dial(screen.number);
  const [first, ...rest] = screen.conversation;
  const reply = (step: typeof first) => step!.options.find((o) => o.good)!;
  await driver.press(driver.button(reply(first).text), "the first reply");
  await expect(lms.lesson.locator(".bubble-counsellor").filter({ hasText: reply(first).feedback })).toBeVisible();

  await leaveAndComeBack(lms, guard);
  await driver.expectScreen(screen.id);
  await expect(lms.lesson.getByText(uiText("call.connected", { number: screen.number }))).toBeVisible();
  await expect(lms.lesson.locator(".bubble-counsellor").filter({ hasText: reply(first).feedback })).toBeVisible();
  for (const step of rest) await driver.press(driver.button(reply(step).text), `reply "${reply(step).text}"`);
  await expect(lms.lesson.getByText(UI["call.ended"])).toBeVisible();
  expect(await interactionsWithId(lms, screen.activityId), "the dialling is reported once").toBe(1);
  expect(await interactionsWithId(lms, `${screen.activityId}_${first!.id}`), "the first reply is reported once").toBe(1);
}

/** Places the first two situations, leaves, finds them placed, and places the rest. */
async function halfASorting(lms: LmsHost, driver: LessonDriver, guard: PageGuard, screen: SortingScreen): Promise<void> {
  const place = async (item: (typeof screen.items)[number]) => {
    const bin = screen.bins.find((b) => b.id === item.bin)!;
    await driver.press(lms.lesson.locator("button.sort-item").filter({ hasText: item.text }), `situation "${item.text}"`);
    await driver.press(driver.button(uiText("sort.placeIn", { bin: bin.label })), `bin "${bin.label}"`);
    await expect(lms.lesson.locator(".placed-right").filter({ hasText: item.text })).toBeVisible();
  };
  const [a, b, ...rest] = screen.items;
  await place(a!);
  await place(b!);

  await leaveAndComeBack(lms, guard);
  await driver.expectScreen(screen.id);
  for (const item of [a!, b!]) await expect(lms.lesson.locator(".placed-right").filter({ hasText: item.text })).toBeVisible();
  await expect(lms.lesson.locator("button.sort-item")).toHaveCount(rest.length);
  expect(await interactionsWithId(lms, screen.activityId), "the sorting is reported when finished, not before").toBe(0);
  for (const item of rest) await place(item);
  await expect(lms.lesson.getByText(UI["sort.done"])).toBeVisible();
  // One matching interaction for the whole sorting, holding the placements from both sessions.
  expect(await interactionsWithId(lms, screen.activityId), "the sorting is reported once").toBe(1);
  const cmi = (await lms.record())?.cmi ?? {};
  const n = Object.entries(cmi).find(([key, value]) => /^cmi\.interactions\.\d+\.id$/.test(key) && value === screen.activityId)![0].split(".")[2];
  const response = cmi[`cmi.interactions.${n}.learner_response`] ?? "";
  for (const item of screen.items) expect(response, `the placement of ${item.id}`).toContain(`${item.id}[.]${item.bin}`);
  expect(cmi[`cmi.interactions.${n}.result`]).toBe("correct");
}
