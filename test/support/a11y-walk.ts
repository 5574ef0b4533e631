// Helpers for the accessibility spec: open a built package directly (no LMS, no iframe, so axe
// and the layout checks run on the lesson's own document) at any screen, with every activity
// before it done, and the page checks run on each screen state:
//   - axe-core with the WCAG 2.0/2.1 A and AA tags, violations printed in full;
//   - every control's accessible name (Chromium's accessibility tree, one CDP call);
//   - touch targets >= 44 x 44 CSS px, and apart even where flex `gap` is unsupported;
//   - reflow: no horizontal scrolling and nothing outside the viewport or clipped.
import fs from "node:fs";
import { createRequire } from "node:module";
import type { Frame, Page } from "@playwright/test";
import { expect } from "@playwright/test";
import type { Band } from "../../src/lesson/lesson-types";
import { encodeResume } from "../../src/player/resume-state";
import { bandLesson } from "./band-driver";
import { progressUntil } from "./progress-until";

export const BANDS: readonly Band[] = ["primary", "lower-secondary", "upper-secondary"];
export const LANGUAGES = ["vi", "en"] as const;
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Phone portrait: where touch targets are measured and axe runs. */
export const PHONE = { width: 360, height: 640 };
/** WCAG 1.4.10's reflow width. */
export const NARROW = { width: 320, height: 568 };
/** 1366 x 768 at 200% browser zoom. Zooming halves the CSS-pixel viewport and doubles the device
 *  pixel ratio; layout, media queries and scrollWidth see only the CSS viewport, so a 683 x 384
 *  viewport lays out exactly like the zoomed page (deviceScaleFactor changes only rasterising,
 *  and is per context, so it is left at 1). `body.style.zoom` would not do: it is non-standard
 *  and leaves the viewport and media queries at 1366 px. */
export const ZOOM_200 = { width: 683, height: 384 };


/** Opens /packages/<band>-scorm12/index.html directly (standalone: progress lives in
 *  localStorage) in `language`, on screen `until` (default: the first) with everything before
 *  it done. The saved state is written before the page's scripts run, on the first load only. */
export async function openPackageAt(page: Page, band: Band, language: string, until?: string): Promise<void> {
  const lesson = bandLesson(band, language);
  const progress = until ? { location: until, data: encodeResume(lesson, { language, progress: progressUntil(lesson, until) }) } : null;
  const state = JSON.stringify({ v: 1, progress, language, outcome: null });
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem("a11y-seeded")) return;
      sessionStorage.setItem("a11y-seeded", "1");
      localStorage.clear();
      localStorage.setItem(key, value);
    },
    [`call-111:${band}`, state] as const,
  );
  await page.goto(`/packages/${band}-scorm12/index.html`);
  await expect(page.locator("#screen-title")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", language);
}

/** Every chosen matching answer can be read whole: either its drop-down is wide enough for the
 *  text (measured in the select's own font) or the full text is written out beside it. */
export async function expectChoicesReadable(page: Page, where: string): Promise<void> {
  const cut = await page.evaluate(() => {
    const canvas = document.createElement("canvas").getContext("2d");
    if (!canvas) return ["no canvas to measure with"];
    const out: string[] = [];
    for (const select of document.querySelectorAll<HTMLSelectElement>("select.match-select")) {
      const text = select.selectedOptions[0]?.textContent ?? "";
      if (!select.value || !text) continue;
      const style = getComputedStyle(select);
      canvas.font = style.font;
      // The closed select's text box: its inner width less the padding and the arrow (≈ 1.5em).
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 1.5 * parseFloat(style.fontSize);
      if (canvas.measureText(text).width <= room) continue;
      const echo = select.parentElement?.querySelector<HTMLElement>(".match-chosen");
      const shown = echo && echo.getBoundingClientRect().width > 0 ? (echo.textContent ?? "") : "";
      if (shown !== text) out.push(`"${text}" does not fit its drop-down (${Math.round(room)} px) and is not written out`);
    }
    return out;
  });
  expect.soft(cut, `matching answers cut short on ${where}`).toEqual([]);
}

let axeSource: string | null = null;

/** axe-core on the whole page (or one frame: the lesson inside an LMS): zero violations, each
 *  printed with its nodes when not.
 *  axe is injected once per document and asked for violations only (AxeBuilder injects it on
 *  every call and computes passes too: three times slower over the ~35 states of a walk). The
 *  package opened directly has no frames, so nothing is missed by not using AxeBuilder's frame
 *  handling. */
export async function expectNoAxeViolations(page: Page | Frame, where: string): Promise<void> {
  if (!(await page.evaluate(() => "axe" in window))) {
    axeSource ??= fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
    await page.evaluate(axeSource);
  }
  expect(await page.evaluate(() => window.frames.length), "no frames for axe to miss").toBe(0);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, AXE_TAGS);
  const report = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes.map((n) => `    ${n.target.join(" ")}\n      ${n.failureSummary?.replace(/\n/g, "\n      ")}`).join("\n"),
  );
  expect.soft(report, `axe violations on ${where}`).toEqual([]);
}

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

const CONTROL_ROLES = new Set(["button", "checkbox", "radio", "combobox", "listbox", "textbox", "link", "menuitem", "switch", "tab", "slider", "spinbutton", "option"]);

/** Every control in the accessibility tree has a non-empty accessible name. */
export async function expectNamedControls(page: Page, where: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
      nodes: { ignored: boolean; role?: { value: string }; name?: { value: string }; backendDOMNodeId?: number }[];
    };
    const controls = nodes.filter((n) => !n.ignored && CONTROL_ROLES.has(n.role?.value ?? ""));
    expect(controls.length, `controls found on ${where}`).toBeGreaterThan(0);
    const unnamed = controls.filter((n) => !String(n.name?.value ?? "").trim()).map((n) => `${n.role?.value} #${n.backendDOMNodeId}`);
    expect.soft(unnamed, `controls without an accessible name on ${where}`).toEqual([]);
  } finally {
    await cdp.detach();
  }
}

/** Every visible control is at least 44 x 44 CSS px (a checkbox or radio: its whole label). */
export async function expectTouchTargets(page: Page, where: string): Promise<void> {
  const small = await page.evaluate(() => {
    const out: string[] = [];
    const sel = 'button, select, a[href], input:not([type="hidden"]), textarea, [role="button"], summary';
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      const target = (el.tagName === "INPUT" && el.closest("label")) || el;
      const r = target.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.visibility === "hidden") continue;
      if (r.width < 43.5 || r.height < 43.5) {
        const text = (el.getAttribute("aria-label") || el.textContent || "").trim().slice(0, 40);
        out.push(`${el.tagName.toLowerCase()}.${el.className} "${text}": ${r.width.toFixed(1)} x ${r.height.toFixed(1)}`);
      }
    }
    return out;
  });
  expect.soft(small, `touch targets under 44 x 44 px on ${where}`).toEqual([]);
}

/** Targets keep apart without flex `gap`, which Chrome 80 and Safari 13.1 ignore in flex
 *  layouts (grid gap they know): with every flex container's gap set to 0, no two targets touch
 *  or overlap (>= 4 px apart). The segments of the language pill are one control and may touch. */
export async function expectTargetsApartWithoutFlexGap(page: Page, where: string): Promise<void> {
  const touching = await page.evaluate(() => {
    const flex = [...document.querySelectorAll<HTMLElement>("*")].filter((el) => /flex/.test(getComputedStyle(el).display));
    const saved = flex.map((el) => el.style.getPropertyValue("gap"));
    for (const el of flex) el.style.setProperty("gap", "0px", "important");
    try {
      const sel = 'button, select, a[href], input:not([type="hidden"]), textarea, [role="button"], summary';
      const targets = new Map<Element, DOMRect>();
      for (const el of document.querySelectorAll<HTMLElement>(sel)) {
        const target = (el.tagName === "INPUT" && el.closest("label")) || el;
        const r = target.getBoundingClientRect();
        if (r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden") targets.set(target, r);
      }
      const layer = (el: Element): Element | null => {
        for (let e: Element | null = el; e; e = e.parentElement) if (/fixed|sticky/.test(getComputedStyle(e).position)) return e;
        return null;
      };
      const list = [...targets];
      const out: string[] = [];
      const label = (el: Element) => `${el.tagName.toLowerCase()}.${el.className} "${(el.getAttribute("aria-label") || el.textContent || "").trim().slice(0, 25)}"`;
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const [a, ra] = list[i]!;
          const [b, rb] = list[j]!;
          if (a.contains(b) || b.contains(a) || (a.closest(".language-options") && a.parentElement === b.parentElement)) continue;
          // A sticky bar or a modal dialog lies over the page by design.
          if (layer(a) !== layer(b)) continue;
          const apart = Math.max(rb.left - ra.right, ra.left - rb.right, rb.top - ra.bottom, ra.top - rb.bottom);
          if (apart < 4) out.push(`${label(a)} and ${label(b)}: ${apart.toFixed(1)} px apart`);
        }
      }
      return out;
    } finally {
      flex.forEach((el, i) => (saved[i] ? el.style.setProperty("gap", saved[i]!) : el.style.removeProperty("gap")));
    }
  });
  expect.soft(touching, `targets touching without flex gap (Chrome 80, Safari 13.1) on ${where}`).toEqual([]);
}

/** No horizontal scrolling; nothing cut off: no visible element or line of text lies outside
 *  the viewport, and no element that clips (overflow hidden or clip) has content wider than
 *  itself. (Content spilling visibly into a parent's padding, as the half-gap margins do, is
 *  not cut off and not reported.) */
export async function expectReflow(page: Page, where: string): Promise<void> {
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const root = document.scrollingElement!;
    if (root.scrollWidth > root.clientWidth) out.push(`page scrolls sideways: scrollWidth ${root.scrollWidth} > ${root.clientWidth}`);
    const width = root.clientWidth;
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${typeof el.className === "string" && el.className ? "." + el.className.split(" ").join(".") : ""}`;
    const hidden = (el: Element) => !!el.closest(".visually-hidden, script, style, noscript");
    for (const el of document.body.querySelectorAll<HTMLElement>("*")) {
      if (hidden(el) || el.closest("svg")) continue;
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden") continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < -1 || r.right > width + 1) out.push(`${name(el)} is outside the viewport: ${r.left.toFixed(0)}..${r.right.toFixed(0)} of ${width}`);
      if (/hidden|clip/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1) out.push(`${name(el)} clips its content: ${el.scrollWidth} px wide in ${el.clientWidth} px`);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || hidden(parent) || parent.closest("svg")) continue;
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width > 0 && (r.left < -1 || r.right > width + 1)) {
          out.push(`text "${node.textContent.trim().slice(0, 30)}" in ${name(parent)} is outside the viewport: ${r.left.toFixed(0)}..${r.right.toFixed(0)} of ${width}`);
          break;
        }
      }
    }
    return out;
  });
  expect.soft(problems, `reflow at ${await page.evaluate(() => `${innerWidth} x ${innerHeight}`)} on ${where}`).toEqual([]);
}

/** The full set of page checks for one screen state: axe, names and targets on a phone, reflow
 *  at 320 px and at 200% zoom; the viewport is back to the phone after. */
export async function checkState(page: Page, where: string): Promise<void> {
  await page.setViewportSize(PHONE);
  await expectChoicesReadable(page, where);
  await expectNoAxeViolations(page, where);
  await expectNamedControls(page, where);
  await expectTouchTargets(page, where);
  await expectTargetsApartWithoutFlexGap(page, where);
  await page.setViewportSize(NARROW);
  await expectReflow(page, where);
  await expectChoicesReadable(page, `${where} at ${NARROW.width} px`);
  await page.setViewportSize(ZOOM_200);
  await expectReflow(page, where);
  await page.setViewportSize(PHONE);
}
