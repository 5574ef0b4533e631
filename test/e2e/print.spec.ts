// The take-home leaflet on paper, every band in both languages, from the built package (opened
// directly, as accessibility.spec.ts does: the same player as in an LMS, without the frame).
// src/styles/print.css means the take-home screen to print only its leaflet, black on white, the
// number very large, and nothing after it (no blank pages): one A4 sheet. Checked with Chromium's
// print media and its own PDF output:
//   - the print button calls window.print (stubbed in the page, so no dialog opens);
//   - in print media, at the width of A4 with 10 mm margins: the leaflet's heading, 111 and every
//     highlight and line of the lesson file are shown, black; the 111 is at least 100 pt; the
//     header, navigation, talk button, language switch, narration controls, notices, the print
//     button and the screen's own title and text are not printed; nothing is wider than the page;
//   - page.pdf() on A4 with the same margins is exactly one page.
import type { Page } from "@playwright/test";
import type { Band, TakeHomeScreen } from "../../src/lesson/lesson-types";
import { BANDS, LANGUAGES, openPackageAt } from "../support/a11y-walk";
import { bandLesson, uiText } from "../support/band-driver";
import { expect, test } from "../support/no-errors";

/** A4 (210 x 297 mm) less 10 mm margins, in CSS px (96 per inch): what one printed page holds. */
const MARGIN = "10mm";
const A4_CONTENT = { width: Math.floor((190 / 25.4) * 96), height: Math.floor((277 / 25.4) * 96) };
/** print.css: .leaflet-number { font-size: 110pt } — "the number very large". */
const MIN_NUMBER_PT = 100;

function takeHomeOf(band: Band, language: string): TakeHomeScreen {
  const screen = bandLesson(band, language).screens.find((s): s is TakeHomeScreen => s.kind === "take-home");
  if (!screen) throw new Error(`${band}/${language}: no take-home screen`);
  return screen;
}

/** Pages in a PDF that Chromium wrote: its page objects ("/Type /Page", not "/Pages"). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** What the printed page shows, read in one go. */
function printedView(page: Page, texts: { talk: string; print: string }) {
  return page.evaluate(({ talk, print }) => {
    const shown = (el: Element | null | undefined) => !!el && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && el.getClientRects().length > 0;
    const leaflet = document.querySelector("article.leaflet");
    const buttonNamed = (name: string) => [...document.querySelectorAll("button")].find((b) => b.textContent?.replace("♥", "").trim() === name) ?? null;
    const shell: Record<string, Element | null> = {
      header: document.querySelector(".app-header"),
      "nav bar": document.querySelector(".nav-bar"),
      "talk button": buttonNamed(talk),
      "language switch": document.querySelector(".language-switch"),
      "narration controls": document.querySelector(".narration, .narration-slot"),
      notices: document.querySelector(".notices"),
      "print button": buttonNamed(print),
      "screen title": document.querySelector("#screen-title"),
      "screen text": document.querySelector(".screen-take-home .screen-text"),
    };
    const pageWidth = document.documentElement.clientWidth;
    const wider = [...document.querySelectorAll("body *")]
      .filter((el) => shown(el))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.left < -0.5 || r.right > pageWidth + 0.5)
      .map(({ el, r }) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)}`);
    const lines = leaflet ? [...leaflet.querySelectorAll("h2, p, li")].filter(shown).map((e) => e.textContent?.trim() ?? "") : [];
    const number = document.querySelector(".leaflet-number");
    return {
      leafletShown: shown(leaflet),
      lines,
      numberPt: number ? Math.round((parseFloat(getComputedStyle(number).fontSize) * 72) / 96) : 0,
      colours: leaflet ? [...new Set([leaflet, ...leaflet.querySelectorAll("*")].map((e) => getComputedStyle(e).color))] : [],
      printed: Object.entries(shell)
        .filter(([, el]) => shown(el))
        .map(([name]) => name),
      missing: Object.entries(shell)
        .filter(([name, el]) => !el && name !== "notices")
        .map(([name]) => name),
      wider,
      scrollsSideways: document.documentElement.scrollWidth > pageWidth,
    };
  }, texts);
}

for (const band of BANDS) {
  for (const language of LANGUAGES) {
    test(`${band}/${language}: the print button prints, and the leaflet alone prints on one A4 page`, async ({ page }) => {
      const screen = takeHomeOf(band, language);
      await openPackageAt(page, band, language, screen.id);
      await expect(page.locator("section[data-screen-id]")).toHaveAttribute("data-screen-id", screen.id);
      const texts = { talk: uiText(language, "talk.button"), print: uiText(language, "takeHome.print") };
      // The controls this checks are hidden in print are there on screen.
      await expect(page.locator(".narration")).toBeVisible();

      await page.evaluate(() => {
        const w = window as unknown as { __printCalls: number };
        w.__printCalls = 0;
        window.print = () => {
          w.__printCalls++;
        };
      });
      await page.getByRole("button", { name: texts.print, exact: true }).click();
      expect(await page.evaluate(() => (window as unknown as { __printCalls: number }).__printCalls), "window.print calls").toBe(1);

      await page.setViewportSize(A4_CONTENT);
      const onScreen = await printedView(page, texts);
      expect(onScreen.missing, "shell parts found on the screen").toEqual([]);
      expect(onScreen.printed.length, "the shell is on the screen").toBeGreaterThan(4);

      await page.emulateMedia({ media: "print" });
      const printed = await printedView(page, texts);
      expect(printed.leafletShown, "the leaflet is printed").toBe(true);
      expect(printed.lines, "the leaflet's lines, as the lesson file has them").toEqual([
        screen.leaflet.heading,
        "111",
        ...screen.leaflet.highlights,
        ...screen.leaflet.lines,
      ]);
      expect(printed.numberPt, "the 111's size in print").toBeGreaterThanOrEqual(MIN_NUMBER_PT);
      expect(printed.colours, "leaflet text colour in print").toEqual(["rgb(0, 0, 0)"]);
      expect(printed.printed, "parts of the screen that must not be printed").toEqual([]);
      expect(printed.wider, "elements wider than the page").toEqual([]);
      expect(printed.scrollsSideways, "the page is wider than the paper").toBe(false);

      const pdf = await page.pdf({ format: "A4", margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN }, printBackground: true });
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(pdfPageCount(pdf), "pages printed").toBe(1);
    });
  }
}
