// Accessibility (WCAG 2.1 AA) of the built packages, every band in both languages. The package is
// opened directly (/packages/<band>-scorm12/index.html, standalone): the same player as in an
// LMS, with no iframe, so axe and the layout checks see the lesson's own document.
//   - one walk per band x language: every screen, the talk dialog, the keypad (empty, a wrong
//     number, connected), the sorting (a card chosen, one placed wrongly, all done), the quiz in
//     the answered and feedback states of each question kind, the hand-in summary, results,
//     the leaflet and the finished screen. On each state: axe (wcag2a/aa, wcag21a/aa) with zero
//     violations, every control named, every target >= 44 x 44 px at 360 x 640, and no
//     horizontal scrolling or cut-off content at 320 x 568 and at 200% zoom. After each Next the
//     focus is on the new screen's h1; the keypad and the sorting announce in live regions.
//   - keyboard: Next/Back by Enter put focus on the h1 (also for a lazily loaded screen); the
//     dialog traps Tab/Shift+Tab and gives focus back on Escape and on Close;
//   - a visible focus ring on every control reached by Tab, none on a mouse click, and still one
//     with :focus-visible unsupported (old browsers, simulated by making it an unknown selector);
//   - prefers-reduced-motion: reduce leaves no transition or animation running.
// (The keyboard-only run through a whole lesson is full-lesson.spec.ts.)
import type { FrameLocator, Page } from "@playwright/test";
import type { Band, Question } from "../../src/lesson/lesson-types";
import { BANDS, checkState, expectChoicesReadable, expectNoAxeViolations, LANGUAGES, openPackageAt, PHONE } from "../support/a11y-walk";
import { openPreview } from "../support/lms-host";
import { BandDriver, quizScreenOf, uiText } from "../support/band-driver";
import { plannedAnswer } from "../support/lesson-content";
import { expect, test } from "../support/no-errors";

test.describe.configure({ mode: "parallel", timeout: 120_000 });

function driver(page: Page, band: Band, language: string): BandDriver {
  // The package opened directly has no frame: the page answers every locator call BandDriver makes.
  return new BandDriver(page as unknown as FrameLocator, band, language);
}

async function expectFocusOnTitle(page: Page, where: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? ""), { message: `focus on the h1 of ${where}` }).toBe("screen-title");
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
}

/** Gives the planned answer (right or wrong) without pressing Check. */
async function chooseAnswer(page: Page, d: BandDriver, q: Question, wrong: boolean): Promise<void> {
  const plan = plannedAnswer(q, wrong);
  const input = (value: string) => d.root.locator(`.question input[value="${value}"]`);
  switch (plan.kind) {
    case "single-choice":
      return d.tap(input(plan.chosen));
    case "true-false":
      return d.tap(input(String(plan.chosen)));
    case "multiple-choice":
      for (const id of plan.chosen) await d.tap(input(id));
      return;
    case "matching": {
      if (q.kind !== "matching") return;
      const select = (promptId: string) => d.root.locator(`select#match-${q.id}-${promptId}`);
      // First the longest choice everywhere: on a phone it must still be readable whole.
      const longest = [...q.targets].sort((a, b) => b.text.length - a.text.length)[0]!;
      for (const p of q.prompts) await select(p.id).selectOption(longest.id);
      await expectChoicesReadable(page, `${q.id} with "${longest.text}" chosen`);
      for (const p of q.prompts) await select(p.id).selectOption(plan.chosen[p.id]!);
      return;
    }
    case "ordering": {
      if (q.kind !== "ordering") return;
      const text = (id: string) => q.items.find((i) => i.id === id)!.text;
      const rows = d.root.locator(".ordering .order-text");
      let moved = "";
      for (let position = 0; position < plan.chosen.length; position++) {
        const wanted = text(plan.chosen[position]!);
        let at = (await rows.allTextContents()).map((s) => s.trim()).indexOf(wanted);
        while (at > position) {
          await d.tap(d.button(d.t("quiz.moveUp", { item: wanted })));
          at -= 1;
          await expect(rows.nth(at)).toHaveText(wanted);
          moved = d.t("quiz.moved", { item: wanted, position: at + 1 });
        }
      }
      // Each move is announced in the question's live region.
      if (moved) await expect(d.root.locator(".question [aria-live]").filter({ hasText: moved })).toHaveCount(1);
      return;
    }
  }
}

for (const band of BANDS) {
  for (const language of LANGUAGES) {
    test(`${band}/${language}: every screen and state passes axe, names, targets and reflow`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      await openPackageAt(page, band, language);
      const d = driver(page, band, language);
      const screens = d.lesson.screens;
      const kinds = [...new Set(quizScreenOf(d.lesson).questions.map((q) => q.kind))];

      for (let i = 0; i < screens.length; i++) {
        const s = screens[i]!;
        const where = `${band}/${language} ${s.id}`;
        await d.expectScreen(s.id);
        if (i > 0) await expectFocusOnTitle(page, where);
        await checkState(page, where);

        if (s.kind === "welcome") {
          await d.tap(d.button(uiText(language, "talk.button")));
          await expect(page.getByRole("dialog")).toBeVisible();
          await checkState(page, `${where}: talk dialog open`);
          await d.tap(d.button(uiText(language, "talk.close")));
          await expect(page.getByRole("dialog")).toHaveCount(0);
        }

        if (s.kind === "practice-call") {
          // Keypad: every key press shows in a live <output>; a wrong number is announced.
          const display = page.getByTestId("dialled-number");
          await expect(display).toHaveAttribute("aria-live", "polite");
          const wrongNumber = s.number === "12" ? "13" : "12";
          for (const digit of wrongNumber) await d.tap(page.locator("button.key", { hasText: digit }));
          await expect(display).toHaveText(wrongNumber);
          await d.tap(page.locator("button.key-call"));
          const message = page.getByTestId("dial-message");
          await expect(message).toHaveAttribute("aria-live", "polite");
          await expect(message).toHaveText(d.t("call.wrongNumber", { dialled: wrongNumber, number: s.number }));
          await checkState(page, `${where}: wrong number`);
          // The right number: the keypad goes, focus moves to (and so reads) the "connected" line.
          for (const digit of s.number) await d.tap(page.locator("button.key", { hasText: digit }));
          await expect(display).toHaveText(s.number);
          await d.tap(page.locator("button.key-call"));
          await expect(page.locator(".connected")).toBeFocused();
          await expect(page.locator(".connected")).toContainText(d.t("call.connected", { number: s.number }));
          const firstStep = s.conversation[0]!;
          const bad = firstStep.options.find((o) => !o.good);
          if (bad) {
            await d.tap(d.button(bad.text));
            await checkState(page, `${where}: a reply to try again`);
          }
          for (const step of s.conversation) {
            const good = step.options.find((o) => o.good)!;
            await d.tap(d.button(good.text));
            await expect(page.locator(".bubble-counsellor").filter({ hasText: good.feedback })).toBeVisible();
          }
          await expect(page.locator(".call-ended")).toBeFocused();
          await checkState(page, `${where}: call over`);
        }

        if (s.kind === "sorting") {
          // The sorting's results are announced in its live region: the choice, then the verdict.
          const live = page.locator(".sorting [aria-live]");
          await expect(live).toHaveAttribute("aria-live", "polite");
          const item = s.items[0]!;
          const wrongBin = s.bins.find((b) => b.id !== item.bin)!;
          await d.tap(page.locator("button.sort-item").filter({ hasText: item.text }));
          await expect(live).toHaveText(d.t("sort.selected", { item: item.text }));
          await checkState(page, `${where}: a card chosen`);
          await d.tap(d.button(d.t("sort.placeIn", { bin: wrongBin.label })));
          const rightLabel = s.bins.find((b) => b.id === item.bin)!.label;
          await expect(live).toContainText(d.t("sort.wrong", { bin: rightLabel }));
          await expect(live).toContainText(item.text);
          await checkState(page, `${where}: one placed wrongly`);
          const second = s.items[1]!;
          await d.sorting(s, 2, 1);
          await expect(live).toContainText(d.t("sort.right"));
          await expect(live).toContainText(second.text);
          await d.sorting(s, s.items.length, 2);
          await checkState(page, `${where}: all sorted`);
        }

        if (s.kind === "quiz") {
          // Each kind: answered (not checked) and wrong feedback the first time it is drawn,
          // right feedback the first time it is drawn once every kind has been seen. Until then
          // every answer is wrong, so an attempt that missed a kind fails and offers a retry.
          const answeredSeen = new Set<string>();
          const rightSeen = new Set<string>();
          const covered = () => kinds.every((k) => answeredSeen.has(k));
          for (let attempt = 1; attempt <= 6; attempt++) {
            for (;;) {
              const { q, checked } = await d.currentQuestion();
              if (!checked) {
                if (!answeredSeen.has(q.kind)) {
                  answeredSeen.add(q.kind);
                  await chooseAnswer(page, d, q, true);
                  await checkState(page, `${where}: ${q.kind} ${q.id} answered`);
                  await d.tap(d.button(d.t("quiz.check")));
                  await expect(page.locator("#quiz-feedback")).toContainText(d.t("quiz.incorrect"));
                  await checkState(page, `${where}: ${q.kind} ${q.id} wrong, feedback`);
                } else if (!covered()) await d.answer(true);
                else if (!rightSeen.has(q.kind)) {
                  rightSeen.add(q.kind);
                  await d.answer(false);
                  await checkState(page, `${where}: ${q.kind} ${q.id} right, feedback`);
                } else await d.answer(false);
              }
              if ((await d.advanceQuiz()) === "submitted") break;
            }
            await checkState(page, `${where}: attempt ${attempt} handed in`);
            if (covered()) break;
            await d.tap(d.button(d.t("quiz.retry")));
            await expect(page.locator(".quiz-attempt")).toContainText(d.t("quiz.attempt", { attempt: attempt + 1 }));
          }
          expect([...answeredSeen].sort(), "every question kind checked").toEqual([...kinds].sort());
        }

        if (s.kind === "take-home") await expect(page.locator("article.leaflet")).toBeVisible();
        if (i < screens.length - 1) await d.next();
      }

      await d.tap(d.button(d.t("nav.finish")));
      await expect(page.locator("#screen-title")).toHaveText(d.t("finished.title"));
      await expectFocusOnTitle(page, `${band}/${language} finished`);
      await checkState(page, `${band}/${language} finished`);
    });
  }
}

// The walk above opens packages directly; here the same player inside an LMS frame (the preview
// LMS's iframe, scorm-again as the API), where a learner meets it, with the learner's name shown.
for (const [language, lmsPreference] of [["vi", ""], ["en", "en"]] as const) {
  test(`inside the LMS frame (${language}): the first screen (with the learner greeted) and the talk dialog pass axe`, async ({ page }) => {
    const lms = await openPreview(page, { band: "primary", version: "2004", fresh: true, language: lmsPreference, learnerName: "Nguyễn, Lan" });
    const t = (key: string) => uiText(language, key);
    await expect(lms.lesson.getByRole("button", { name: t("nav.next"), exact: true })).toBeVisible({ timeout: 15_000 });
    const frame = page.frames().find((f) => /\/packages\/primary-scorm2004\/index\.html/.test(f.url()));
    expect(frame, "the lesson frame").toBeDefined();
    await expectNoAxeViolations(frame!, `the first screen in the LMS frame (${language})`);
    await lms.lesson.getByRole("button", { name: t("talk.button"), exact: true }).click();
    await expect(lms.lesson.getByRole("dialog")).toBeVisible();
    await expectNoAxeViolations(frame!, `the talk dialog in the LMS frame (${language})`);
  });
}

test.describe("keyboard and focus", () => {
  const band = "primary";
  const language = "vi";
  const t = (key: string) => uiText(language, key);

  test("Next and Back by keyboard put focus on the new screen's h1, lazily loaded screens too", async ({ page }) => {
    const d = driver(page, band, language);
    const screens = d.lesson.screens;
    const call = screens.findIndex((s) => s.kind === "practice-call");
    await openPackageAt(page, band, language, screens[call - 2]!.id);
    for (const id of [screens[call - 1]!.id, screens[call]!.id]) {
      await page.getByRole("button", { name: t("nav.next"), exact: true }).focus();
      await page.keyboard.press("Enter");
      await d.expectScreen(id);
      await expectFocusOnTitle(page, id);
      await expect(page.locator("#screen-title")).toHaveText(d.screen(id).title);
    }
    await page.getByRole("button", { name: t("nav.back"), exact: true }).focus();
    await page.keyboard.press("Enter");
    await d.expectScreen(screens[call - 1]!.id);
    await expectFocusOnTitle(page, "back");
  });

  test("the talk dialog traps Tab and Shift+Tab and gives focus back on Escape and on Close", async ({ page }) => {
    await openPackageAt(page, band, language);
    const talk = page.getByRole("button", { name: t("talk.button"), exact: true });
    const dialog = page.getByRole("dialog");
    const inside = () => page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'));
    const active = () => page.evaluate(() => `${document.activeElement?.tagName}.${document.activeElement?.className}`);

    await talk.focus();
    await page.keyboard.press("Enter");
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute("aria-modal", "true");
    await expect(page.locator("#talk-title")).toBeFocused();
    const focusable = await dialog.evaluate((el) =>
      [...el.querySelectorAll<HTMLElement>('button, [href], select, input, [tabindex]:not([tabindex="-1"])')].map((e) => `${e.tagName}.${e.className}`),
    );
    expect(focusable.length).toBeGreaterThan(0);
    // Forwards twice round: every stop is inside, in order, wrapping from last to first.
    const forward: string[] = [];
    for (let i = 0; i < focusable.length * 2; i++) {
      await page.keyboard.press("Tab");
      expect(await inside(), `Tab ${i + 1} stays in the dialog`).toBe(true);
      forward.push(await active());
    }
    expect(forward).toEqual([...focusable, ...focusable]);
    const backward: string[] = [];
    for (let i = 0; i < focusable.length * 2; i++) {
      await page.keyboard.press("Shift+Tab");
      expect(await inside(), `Shift+Tab ${i + 1} stays in the dialog`).toBe(true);
      backward.push(await active());
    }
    const reversed = [...focusable].reverse();
    // The last forward stop was the last control; Shift+Tab goes to the one before it.
    expect(backward).toEqual([...reversed.slice(1), ...reversed, reversed[0]!]);

    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(talk).toBeFocused();

    await page.keyboard.press("Space");
    await expect(dialog).toBeVisible();
    await expect(page.locator("#talk-title")).toBeFocused();
    await page.getByRole("button", { name: t("talk.close"), exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect(dialog).toHaveCount(0);
    await expect(talk).toBeFocused();
  });

  /** Tabs through the page and returns, for each stop, whether it shows a focus ring. */
  async function tabRings(page: Page, stops: number): Promise<{ el: string; ring: boolean }[]> {
    const out: { el: string; ring: boolean }[] = [];
    for (let i = 0; i < stops; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement === document.body)) break;
      out.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const ringOf = (e: Element) => {
            const s = getComputedStyle(e);
            return (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== "none";
          };
          // A radio or checkbox may show its ring on its tile (:focus-within) as well.
          const ring = ringOf(el) || (!!el.closest("label") && ringOf(el.closest("label")!));
          return { el: `${el.tagName.toLowerCase()}.${el.className} ${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 30)}`, ring };
        }),
      );
    }
    return out;
  }

  test("every control reached by Tab shows a focus ring; a mouse click does not", async ({ page }) => {
    const quiz = quizScreenOf(driver(page, band, language).lesson);
    await openPackageAt(page, band, language, quiz.id);
    const rings = await tabRings(page, 12);
    expect(rings.filter((r) => !r.ring), "stops without a ring").toEqual([]);
    const talk = page.getByRole("button", { name: t("talk.button"), exact: true });
    await talk.click();
    await page.getByRole("button", { name: t("talk.close"), exact: true }).click();
    // The language already chosen: clicking it changes nothing, and it keeps the focus.
    const chosen = page.locator('.language-switch button[aria-pressed="true"]');
    await chosen.click();
    await expect(chosen).toBeFocused();
    const clicked = await chosen.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(clicked, "no ring after a mouse click (modern browsers)").toBe("none");
  });

  test("without :focus-visible (Chrome 80, Firefox 78, Safari 13.1) the :focus fallback still shows a ring", async ({ page }) => {
    const d = driver(page, band, language);
    const call = d.lesson.screens.find((s) => s.kind === "practice-call")!;
    await openPackageAt(page, band, language, call.id);
    // Re-parse all the CSS with :focus-visible made unknown: like an old browser, Chromium then
    // drops every rule that uses it (and keeps the rest).
    const dropped = await page.evaluate(() => {
      const css = [...document.styleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join("\n")).join("\n");
      for (const s of document.styleSheets) s.disabled = true;
      // A constructed sheet (CSSOM): a <style> element could be refused by the package's CSP.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css.replace(/:focus-visible/g, ":x-unknown-focus-visible"));
      document.adoptedStyleSheets = [sheet];
      return { before: (css.match(/:focus-visible/g) ?? []).length, after: sheet.cssRules.length > 0 && !/x-unknown/.test([...sheet.cssRules].map((r) => r.cssText).join("")) };
    });
    expect(dropped.before, "the CSS uses :focus-visible").toBeGreaterThan(0);
    expect(dropped.after, "rules with the unknown selector were dropped").toBe(true);
    const rings = await tabRings(page, 12);
    expect(rings.filter((r) => !r.ring), "stops without a ring in an old browser").toEqual([]);
  });

  test("prefers-reduced-motion: reduce stops every transition and animation", async ({ page }) => {
    const durations = () =>
      page.evaluate(() => {
        const ms = (v: string) => Math.max(...v.split(",").map((x) => (x.trim().endsWith("ms") ? parseFloat(x) : parseFloat(x) * 1000)));
        const out: string[] = [];
        for (const el of [document.documentElement, ...document.querySelectorAll("*")]) {
          for (const pseudo of [null, "::before", "::after"]) {
            const s = getComputedStyle(el, pseudo);
            const longest = Math.max(ms(s.transitionDuration), s.animationName === "none" ? 0 : ms(s.animationDuration));
            if (longest > 1) out.push(`${el.tagName.toLowerCase()}.${el.className}${pseudo ?? ""}: ${longest} ms`);
          }
        }
        return out;
      });
    const d = driver(page, band, language);
    const call = d.lesson.screens.find((s) => s.kind === "practice-call")!;
    await openPackageAt(page, band, language, call.id);
    expect(await durations(), "some motion without the preference (the check can see it)").not.toEqual([]);
    await page.emulateMedia({ reducedMotion: "reduce" });
    expect(await durations(), "motion left with reduced motion").toEqual([]);
    await d.tap(d.button(t("talk.button")));
    await expect(page.getByRole("dialog")).toBeVisible();
    expect(await durations(), "motion left with reduced motion (dialog open)").toEqual([]);
    await expect(page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).resolves.toBe("auto");
  });
});
