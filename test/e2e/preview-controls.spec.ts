// The preview LMS's own controls, used as a person uses them (`npm start`, http://…/): its live
// view of the CMI data follows the learner, "Reset learner" forgets the learner, the 1.2/2004
// switch with "Launch" loads the other version's package and runtime (each version keeps its own
// learner), and reloading the page resumes where the learner was. What the panel shows is
// compared with the lesson file and with what scorm-again holds (window.__lms).
import type { Page } from "@playwright/test";
import { BandDriver } from "../support/band-driver";
import { openPreview, type LmsHost } from "../support/lms-host";
import { expect, test } from "../support/no-errors";

/** The "Learner state" summary: label → value, as shown. */
function summary(page: Page): Promise<Record<string, string>> {
  return page.locator("#summary").evaluate((box) =>
    Object.fromEntries([...box.querySelectorAll("dt")].map((dt) => [dt.textContent ?? "", dt.nextElementSibling?.textContent ?? ""])),
  );
}

/** The "All CMI data" table, opened as a person would: element → value, as shown. */
async function cmiTable(page: Page): Promise<Record<string, string>> {
  const details = page.locator("details", { has: page.locator("#cmi") });
  if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
  await expect(page.locator("#cmi")).toBeVisible();
  return page.locator("#cmi").evaluate((body) =>
    Object.fromEntries([...body.querySelectorAll("tr")].map((tr) => [tr.cells[0]?.textContent ?? "", tr.cells[1]?.textContent ?? ""])),
  );
}

/** Which runtime the page offers the lesson, and which package the frame plays. */
function runtime(lms: LmsHost) {
  return lms.page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const frame = document.querySelector<HTMLIFrameElement>("#frame-host iframe");
    return {
      API: typeof w.API === "object" && w.API !== null,
      API_1484_11: typeof w.API_1484_11 === "object" && w.API_1484_11 !== null,
      package: new URL(frame?.src ?? "about:blank").pathname.split("/")[2] ?? "",
      dataScorm: frame?.contentDocument?.documentElement.getAttribute("data-scorm") ?? null,
      checked: document.querySelector<HTMLInputElement>('input[name="version"]:checked')?.value ?? "",
    };
  });
}

test("the live CMI view follows the learner, and Reset learner starts the lesson afresh with the CMI data cleared", async ({ page }) => {
  test.setTimeout(90_000);
  const lms = await openPreview(page, { version: "1.2", fresh: true });
  const d = new BandDriver(lms.lesson, "primary", "vi");
  const screens = d.lesson.screens;
  await d.expectScreen(screens[0]!.id);
  await expect.poll(async () => (await summary(page))["API state"]).toBe("running");
  const first = await summary(page);
  expect(first["Lesson status"]).toBe("incomplete");
  expect(first["Interactions"]).toBe("0");
  expect(first["Entry → exit"]).toMatch(/^ab-initio → /);

  // Each Next shows in the panel as the new location; the practice call adds interactions.
  for (const id of [screens[1]!.id, screens[2]!.id]) {
    await d.next();
    await expect.poll(async () => (await summary(page))["Location"]).toBe(id);
  }
  const call = screens.find((s) => s.kind === "practice-call")!;
  await d.runUntil(screens[screens.indexOf(call) + 1]!.id);
  const here = await d.screenId();
  await expect.poll(async () => (await summary(page))["Location"]).toBe(here);
  await expect.poll(async () => Number((await summary(page))["Interactions"])).toBeGreaterThan(0);
  const progressed = await summary(page);
  expect(progressed["Lesson status"]).toBe("incomplete");
  expect(Number(/^(\d+)/.exec(progressed["Suspend data"] ?? "")?.[1])).toBeGreaterThan(0);
  // The full table shows what scorm-again holds, value for value.
  const table = await cmiTable(page);
  expect(table["cmi.core.lesson_location"]).toBe(here);
  expect(table["cmi.interactions.0.id"]).toBeTruthy();
  await expect
    .poll(async () => {
      const [shown, held] = [await cmiTable(page), await lms.flattened()];
      const nonEmpty = Object.entries(held).filter(([, v]) => v !== "");
      return nonEmpty.filter(([k, v]) => shown[k] !== v).map(([k]) => k).concat(Object.keys(shown).filter((k) => !held[k]));
    }, { message: "elements the table shows otherwise than scorm-again holds them" })
    .toEqual([]);

  // Reset learner: the lesson starts again at screen 1, and the LMS holds nothing of before.
  await page.getByRole("button", { name: /^Reset learner/ }).click();
  await lms.waitUntilLaunched();
  await d.expectScreen(screens[0]!.id);
  expect(await d.screenId()).toBe(screens[0]!.id);
  const snapshot = await lms.snapshot();
  expect(snapshot.launches).toBe(2);
  expect(snapshot.entry).toBe("ab-initio");
  await expect.poll(async () => (await summary(page))["API state"]).toBe("running");
  const after = await summary(page);
  for (const label of ["Lesson status", "Location", "Interactions", "Score", "Entry → exit"]) expect(after[label], label).toBe(first[label]);
  const cleared = await cmiTable(page);
  expect(cleared["cmi.core.lesson_location"] ?? "").not.toBe(here);
  expect(Object.keys(cleared).filter((k) => k.startsWith("cmi.interactions.")), "interactions after Reset").toEqual([]);
  expect(Object.keys(await lms.flattened()).filter((k) => k.startsWith("cmi.interactions.") && k.endsWith(".id"))).toEqual([]);
  // What the LMS keeps for the next launch is the new attempt's, not the old one's.
  const record = await lms.record();
  expect(record?.cmi["cmi.core.lesson_location"] ?? "").not.toBe(here);
});

test("the 1.2/2004 switch loads the other version's package and runtime, and each version keeps its own learner", async ({ page, guard }) => {
  test.setTimeout(60_000);
  const lms = await openPreview(page, { version: "1.2", fresh: true });
  const d = new BandDriver(lms.lesson, "primary", "vi");
  const screens = d.lesson.screens;
  await d.expectScreen(screens[0]!.id);
  expect(await runtime(lms)).toEqual({ API: true, API_1484_11: false, package: "primary-scorm12", dataScorm: "1.2", checked: "1.2" });
  expect(Object.keys(await summary(page))).toContain("Lesson status");
  await d.next();
  await expect.poll(async () => (await summary(page))["Location"]).toBe(screens[1]!.id);

  // Switch to 2004 and launch.
  await guard.collectLmsProblems(page);
  await page.getByRole("radio", { name: "2004" }).check();
  await page.getByRole("button", { name: /^Launch/ }).click();
  await expect(page).toHaveURL(/[?&]version=2004\b/);
  await lms.waitUntilLaunched();
  await d.expectScreen(screens[0]!.id);
  expect(await lms.version()).toBe("2004");
  expect(await runtime(lms)).toEqual({ API: false, API_1484_11: true, package: "primary-scorm2004", dataScorm: "2004", checked: "2004" });
  expect((await lms.callsOf("init")).map((c) => c.method)).toEqual(["Initialize"]);
  // The panel now speaks 2004: its summary rows and CMI elements.
  await expect.poll(async () => (await summary(page))["API state"]).toBe("running");
  const labels = Object.keys(await summary(page));
  expect(labels).toContain("Completion / success");
  expect(labels).not.toContain("Lesson status");
  const table = await cmiTable(page);
  expect(table["cmi.completion_status"]).toBe("incomplete");
  expect(Object.keys(table).filter((k) => k.startsWith("cmi.core.")), "1.2 elements under 2004").toEqual([]);
  expect((await lms.snapshot()).entry, "2004 has its own learner: a first attempt").toBe("ab-initio");

  // And back to 1.2: the 1.2 learner resumes on screen 2.
  await guard.collectLmsProblems(page);
  await page.getByRole("radio", { name: "1.2" }).check();
  await page.getByRole("button", { name: /^Launch/ }).click();
  await expect(page).toHaveURL(/[?&]version=1\.2\b/);
  await lms.waitUntilLaunched();
  expect(await runtime(lms)).toEqual({ API: true, API_1484_11: false, package: "primary-scorm12", dataScorm: "1.2", checked: "1.2" });
  await d.expectScreen(screens[1]!.id);
  expect((await lms.snapshot()).entry).toBe("resume");
});

test("reloading the page keeps the learner: the lesson resumes where it was left", async ({ page, guard }) => {
  const lms = await openPreview(page, { version: "2004", fresh: true });
  const d = new BandDriver(lms.lesson, "primary", "vi");
  const screens = d.lesson.screens;
  await d.next();
  await d.next();
  await d.switchTo("en");
  await expect.poll(async () => (await summary(page))["Location"]).toBe(screens[2]!.id);

  await guard.collectLmsProblems(page);
  await lms.reload();
  expect(page.url(), "the reload is not a fresh launch").not.toMatch(/[?&]fresh=/);
  const snapshot = await lms.snapshot();
  expect(snapshot.entry).toBe("resume");
  await d.expectScreen(screens[2]!.id);
  await d.expectLanguage("en");
  await expect.poll(async () => (await summary(page))["Entry → exit"]).toMatch(/^resume → /);
  expect((await summary(page))["Location"]).toBe(screens[2]!.id);
  // Back works: the screens before are still seen.
  await d.back();
});
