// A fast, click-based driver for any band in any language, for the language-switch and
// every-band specs. (The keyboard-only LessonDriver in lesson-driver.ts is the accessibility
// check of the primary lesson; this one is about content and language, so it clicks.)
// Everything it looks for comes from the lesson file and the UI strings of the language on
// screen, so a screen or string in the wrong language fails the run. It can change language
// mid-lesson (the header's switch) and carries on in the other language's lesson.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FrameLocator, Locator } from "@playwright/test";
import { expect } from "@playwright/test";
import { loadBand } from "../../scorm/load-lessons";
import type { Band, Lesson, PracticeCallScreen, Question, QuizScreen, Screen, SortingScreen } from "../../src/lesson/lesson-types";
import { plannedAnswer } from "./lesson-content";
import { lessonScreen, screenIdOnView } from "./screen-on-view";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

type Strings = Record<string, string>;
const stringsCache = new Map<string, Strings>();

/** src/i18n/strings/<language>.json, as the app ships it. */
export function uiStrings(language: string): Strings {
  let s = stringsCache.get(language);
  if (!s) {
    s = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "src/i18n/strings", `${language}.json`), "utf8")) as Strings;
    stringsCache.set(language, s);
  }
  return s;
}

export function uiText(language: string, key: string, values: Record<string, string | number> = {}): string {
  const text = uiStrings(language)[key];
  if (text === undefined) throw new Error(`no UI string "${key}" in ${language}`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ""));
}

const lessonCache = new Map<Band, Lesson[]>();

/** Every language of a band, parsed and checked exactly as the build does. */
export function bandLessons(band: Band): Lesson[] {
  let lessons = lessonCache.get(band);
  if (!lessons) {
    lessons = loadBand(band, path.join(REPO_ROOT, "lessons"), path.join(REPO_ROOT, "media", "images"));
    lessonCache.set(band, lessons);
  }
  return lessons;
}

export function bandLesson(band: Band, language: string): Lesson {
  const lesson = bandLessons(band).find((l) => l.language === language);
  if (!lesson) throw new Error(`lessons/${band} has no ${language} lesson`);
  return lesson;
}

export function quizScreenOf(lesson: Lesson): QuizScreen {
  const quiz = lesson.screens.find((s): s is QuizScreen => s.kind === "quiz");
  if (!quiz) throw new Error(`${lesson.band}/${lesson.language}: no quiz screen`);
  return quiz;
}

export interface DrawnQuestion {
  attempt: number;
  id: string;
  wrong: boolean;
}

export class BandDriver {
  /** Questions answered, in order, over all attempts. */
  readonly answered: DrawnQuestion[] = [];

  constructor(
    readonly root: FrameLocator,
    readonly band: Band,
    public language: string,
  ) {}

  get lesson(): Lesson {
    return bandLesson(this.band, this.language);
  }

  t(key: string, values: Record<string, string | number> = {}): string {
    return uiText(this.language, key, values);
  }

  button(name: string): Locator {
    return this.root.getByRole("button", { name, exact: true });
  }

  /** A click as a DOM event: one round trip, without Playwright's visibility and stability
   *  waits (on two shared cores those cost ~0.3 s a click, and a band has ~100 clicks). The
   *  result of every tap is asserted, so a control that does not work still fails the run. */
  async tap(target: Locator): Promise<void> {
    await target.dispatchEvent("click", undefined, { timeout: 10_000 });
  }

  /** A real click, where what follows depends on a person's pointer (focus moving to what was
   *  pressed, the control being on top where it is drawn). A touch driver taps here. */
  async press(target: Locator): Promise<void> {
    await target.click();
  }

  /** The header's switch shows this language as chosen; the page and title are in it.
   *  (Read in one go and polled: a round trip per check is what makes e2e runs slow.) */
  async expectLanguage(language = this.language): Promise<void> {
    const expected = {
      lang: language,
      label: uiText(language, "language.label"),
      pressed: [language],
      names: bandLessons(this.band).map((l) => `${l.language}:${uiText(l.language, "language.name")}`),
      title: bandLesson(this.band, language).title,
    };
    await expect
      .poll(() =>
        this.root.locator("html").evaluate((html) => {
          const sw = html.querySelector(".language-switch");
          const buttons = [...(sw?.querySelectorAll("button") ?? [])];
          return {
            lang: html.getAttribute("lang"),
            label: sw && (sw as HTMLElement).offsetParent !== null ? sw.getAttribute("aria-label") : "(no visible switch)",
            pressed: buttons.filter((b) => b.getAttribute("aria-pressed") === "true").map((b) => b.getAttribute("lang")),
            names: buttons.map((b) => `${b.getAttribute("lang")}:${b.textContent}`),
            title: html.querySelector(".lesson-title")?.textContent ?? "",
          };
        }),
      )
      .toEqual(expected);
  }

  /** Clicks the other language in the header and waits until the page is in it. */
  async switchTo(language: string): Promise<void> {
    const name = uiText(language, "language.name");
    await this.press(this.root.locator(".language-switch").getByRole("button", { name, exact: true }));
    this.language = language;
    await this.expectLanguage(language);
  }

  async screenId(): Promise<string> {
    return screenIdOnView(this.root);
  }

  screen(id: string): Screen {
    return lessonScreen(this.lesson, id, `${this.band}/${this.language}`);
  }

  /** The screen on view is `id`, titled and counted in the current language. */
  async expectScreen(id: string): Promise<void> {
    const index = this.lesson.screens.findIndex((s) => s.id === id);
    const expected = { id, title: this.screen(id).title, step: this.t("header.step", { current: index + 1, total: this.lesson.screens.length }) };
    await expect
      .poll(() =>
        this.root.locator("body").evaluate((body) => ({
          id: body.querySelector("section[data-screen-id]")?.getAttribute("data-screen-id") ?? "",
          title: body.querySelector("#screen-title")?.textContent ?? "",
          step: body.querySelector(".progress-text")?.textContent ?? "",
        })),
      )
      .toEqual(expected);
  }

  async next(): Promise<string> {
    const from = await this.screenId();
    const to = this.lesson.screens[this.lesson.screens.findIndex((s) => s.id === from) + 1];
    if (!to) throw new Error(`no screen after ${from}`);
    await this.tap(this.button(this.t("nav.next")));
    await this.expectScreen(to.id);
    return to.id;
  }

  async back(): Promise<string> {
    const from = await this.screenId();
    const to = this.lesson.screens[this.lesson.screens.findIndex((s) => s.id === from) - 1];
    if (!to) throw new Error(`no screen before ${from}`);
    await this.tap(this.button(this.t("nav.back")));
    await this.expectScreen(to.id);
    return to.id;
  }

  // ── activities ──────────────────────────────────────────────────────────────────────────

  async practiceCall(screen: PracticeCallScreen): Promise<void> {
    for (const digit of screen.number) await this.tap(this.root.locator("button.key", { hasText: digit }));
    await expect(this.root.getByTestId("dialled-number")).toHaveText(screen.number);
    await this.tap(this.root.locator("button.key-call"));
    await expect(this.root.getByText(this.t("call.connected", { number: screen.number }))).toBeVisible();
    for (const step of screen.conversation) {
      const good = step.options.find((o) => o.good)!;
      await this.tap(this.button(good.text));
      await expect(this.root.locator(".bubble-counsellor").filter({ hasText: good.feedback })).toBeVisible();
    }
    await expect(this.root.getByText(this.t("call.ended"))).toBeVisible();
  }

  /** Places the sorting items from `start` up to (not including) `end` in their right bins. */
  async sorting(screen: SortingScreen, end = screen.items.length, start = 0): Promise<void> {
    const count = end;
    for (const item of screen.items.slice(start, end)) {
      const bin = screen.bins.find((b) => b.id === item.bin)!;
      await this.tap(this.root.locator("button.sort-item").filter({ hasText: item.text }));
      await this.tap(this.button(this.t("sort.placeIn", { bin: bin.label })));
      await expect(this.root.locator(".placed-right").filter({ hasText: item.text })).toBeVisible();
    }
    if (count >= screen.items.length) await expect(this.root.getByText(this.t("sort.done"))).toBeVisible();
  }

  // ── quiz ────────────────────────────────────────────────────────────────────────────────

  quiz(): QuizScreen {
    return quizScreenOf(this.lesson);
  }

  /** What the quiz shows, read in one go: question id (data-question-id), prompt, counter. */
  async quizView(): Promise<{ id: string; prompt: string; counter: string; attempt: string; checked: boolean; submitted: boolean }> {
    return this.root.locator("body").evaluate((body) => {
      const text = (sel: string) => body.querySelector(sel)?.textContent?.trim() ?? "";
      return {
        id: body.querySelector(".question[data-question-id]")?.getAttribute("data-question-id") ?? "",
        prompt: text("#quiz-question"),
        counter: text(".quiz-counter"),
        attempt: text(".quiz-attempt"),
        checked: !!body.querySelector("#quiz-feedback"),
        submitted: !!body.querySelector("#quiz-summary"),
      };
    });
  }

  /** The question on screen, and where the attempt stands; its prompt and counter must be in
   *  the current language. */
  async currentQuestion(): Promise<{ q: Question; position: number; total: number; attempt: number; checked: boolean }> {
    await expect(this.root.locator(".question[data-question-id]")).toHaveCount(1);
    const view = await this.quizView();
    const q = this.quiz().questions.find((x) => x.id === view.id);
    if (!q) throw new Error(`question "${view.id}" on screen is not in the bank of ${this.band}/${this.language}`);
    expect(view.prompt, `prompt of ${q.id} in ${this.language}`).toBe(q.prompt);
    const [position, total] = (/(\d+)\/(\d+)/.exec(view.counter) ?? []).slice(1).map(Number);
    expect(view.counter.startsWith(this.t("quiz.counter", { current: position!, total: total! })), view.counter).toBe(true);
    const attempt = Number(/(\d+)\D*$/.exec(view.attempt)?.[1] ?? 1);
    return { q, position: position!, total: total!, attempt, checked: view.checked };
  }

  /** Answers the question on screen (right, or wrong) and checks it. */
  async answer(wrong: boolean): Promise<Question> {
    const { q, attempt } = await this.currentQuestion();
    await this.choose(q, wrong);
    await this.check(q, wrong, attempt);
    return q;
  }

  /** Picks an entry of a closed drop-down (a matching question's select). */
  async selectOption(select: Locator, value: string): Promise<void> {
    await select.selectOption(value);
  }

  /** Gives the planned answer (right, or wrong) to `q`, on screen, without checking it. */
  async choose(q: Question, wrong: boolean): Promise<void> {
    const plan = plannedAnswer(q, wrong);
    const input = (value: string) => this.root.locator(`.question input[value="${value}"]`);
    switch (plan.kind) {
      case "single-choice":
        await this.tap(input(plan.chosen));
        break;
      case "true-false":
        await this.tap(input(String(plan.chosen)));
        break;
      case "multiple-choice":
        for (const id of plan.chosen) await this.tap(input(id));
        break;
      case "matching":
        if (q.kind !== "matching") break;
        for (const p of q.prompts) await this.selectOption(this.root.locator(`select#match-${q.id}-${p.id}`), plan.chosen[p.id]!);
        break;
      case "ordering": {
        if (q.kind !== "ordering") break;
        const text = (id: string) => q.items.find((i) => i.id === id)!.text;
        const rows = this.root.locator(".ordering .order-text");
        for (let position = 0; position < plan.chosen.length; position++) {
          const wanted = text(plan.chosen[position]!);
          let at = (await rows.allTextContents()).map((s) => s.trim()).indexOf(wanted);
          while (at > position) {
            await this.tap(this.button(this.t("quiz.moveUp", { item: wanted })));
            at -= 1;
            await expect(rows.nth(at)).toHaveText(wanted);
          }
        }
        await expect(rows).toHaveText(plan.chosen.map(text));
        break;
      }
    }
  }

  /** "Check" on the question on screen, and the feedback it must give. */
  async check(q: Question, wrong: boolean, attempt?: number): Promise<void> {
    attempt ??= (await this.currentQuestion()).attempt;
    await this.tap(this.button(this.t("quiz.check")));
    await expect(this.root.locator("#quiz-feedback")).toContainText(wrong ? this.t("quiz.incorrect") : this.t("quiz.correct"));
    await expect(this.root.locator("#quiz-feedback")).toContainText(q.explanation);
    const plan = plannedAnswer(q, wrong);
    if ((plan.kind === "single-choice" || plan.kind === "multiple-choice") && (q.kind === "single-choice" || q.kind === "multiple-choice")) await this.expectChoiceMarks(q, plan.chosen);
    this.answered.push({ attempt, id: q.id, wrong });
  }

  /** What the question on screen holds, read in one go: position, checked, and the answer as
   *  given so far (ticked inputs, drop-down values, the order of an ordering question). */
  async quizState(): Promise<unknown> {
    return this.root.locator("body").evaluate((body) => ({
      id: body.querySelector(".question[data-question-id]")?.getAttribute("data-question-id") ?? "",
      counter: body.querySelector(".quiz-counter")?.textContent ?? "",
      attempt: body.querySelector(".quiz-attempt")?.textContent ?? "",
      feedback: body.querySelector("#quiz-feedback")?.textContent ?? null,
      ticked: [...body.querySelectorAll<HTMLInputElement>(".question input")].filter((i) => i.checked).map((i) => i.value),
      selects: [...body.querySelectorAll<HTMLSelectElement>(".question select")].map((s) => s.value),
      order: [...body.querySelectorAll(".ordering .order-text")].map((e) => e.textContent?.trim() ?? ""),
    }));
  }

  // ── "I want to talk to someone" ─────────────────────────────────────────────────────────

  /** The talk button is on the screen on view, once, inside the page header: rendered, inside the
   *  page's width, and the topmost thing where it is drawn when the page is scrolled to the top
   *  (nothing covers it). One round trip. */
  async expectTalkButtonInHeader(where: string): Promise<void> {
    const problems = await this.root.locator("body").evaluate((body, name) => {
      const doc = body.ownerDocument;
      const win = doc.defaultView!;
      const found = [...doc.querySelectorAll("button")].filter((b) => b.textContent?.replace("♥", "").trim() === name);
      if (found.length !== 1) return [`${found.length} buttons "${name}"`];
      const button = found[0]!;
      const out: string[] = [];
      if (!button.closest("header.app-header")) out.push("not inside the page header (header.app-header)");
      const style = win.getComputedStyle(button);
      if (style.visibility !== "visible" || style.display === "none" || Number(style.opacity) < 0.5) out.push(`hidden by CSS (${style.display}, ${style.visibility}, opacity ${style.opacity})`);
      const scrollY = win.scrollY;
      win.scrollTo(0, 0);
      const r = button.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) out.push("has no size");
      if (r.left < 0 || r.right > doc.documentElement.clientWidth) out.push(`outside the page's width (${Math.round(r.left)}–${Math.round(r.right)} of ${doc.documentElement.clientWidth})`);
      const top = doc.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!top || !button.contains(top)) out.push(`covered by ${top ? top.outerHTML.slice(0, 80) : "nothing (off screen)"}`);
      win.scrollTo(0, scrollY);
      return out;
    }, this.t("talk.button"));
    expect(problems, `the "${this.t("talk.button")}" button on ${where}`).toEqual([]);
  }

  /** Opens the talk dialog from the header and closes it with its button: the dialog shows 111
   *  and the lesson's words, focus goes back to the talk button, and `state` (what the screen
   *  held before) reads the same afterwards. */
  async talkRoundTrip(state: () => Promise<unknown>): Promise<void> {
    const before = await state();
    const talk = this.button(this.t("talk.button"));
    await this.press(talk);
    const dialog = this.root.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await expect(dialog.locator("#talk-title")).toHaveText(this.lesson.talkToSomeone.title);
    await expect(dialog).toContainText(this.t("talk.number"));
    await expect(dialog.locator("#talk-title")).toBeFocused();
    await this.press(dialog.getByRole("button", { name: this.t("talk.close"), exact: true }));
    await expect(dialog).toHaveCount(0);
    await expect(talk, "focus goes back to the talk button").toBeFocused();
    expect(await state(), "what the screen held before the talk dialog").toEqual(before);
  }

  /** After Check, each option says in words (not only in colour) what it was: a chosen right
   *  answer "That's right!", a right answer not chosen "Right answer", a chosen wrong one "Not
   *  this one"; the rest say nothing. */
  async expectChoiceMarks(q: Extract<Question, { kind: "single-choice" | "multiple-choice" }>, chosen: string | string[]): Promise<void> {
    const picked = ([] as string[]).concat(chosen);
    const right = q.kind === "single-choice" ? [q.answer] : q.answers;
    const expected = q.options.map((o) => {
      const isRight = right.includes(o.id);
      if (isRight) return `${o.id}: ✓ ${this.t(picked.includes(o.id) ? "quiz.correct" : "quiz.rightAnswer")}`;
      return picked.includes(o.id) ? `${o.id}: ✗ ${this.t("quiz.notThisOne")}` : `${o.id}: `;
    });
    const marks = await this.root.locator(".question .choices").evaluate((el) =>
      [...el.querySelectorAll("label.choice")].map((label) => `${label.querySelector("input")?.value}: ${label.querySelector(".choice-mark")?.textContent ?? ""}`),
    );
    expect(marks, `marks on the options of ${q.id}`).toEqual(expected);
  }

  /** Next question, or hand in after the last one. */
  async advanceQuiz(): Promise<"next" | "submitted"> {
    const { position, total } = await this.currentQuestion();
    if (position === total) {
      await this.tap(this.button(this.t("quiz.submit")));
      await expect(this.root.locator("#quiz-summary")).toBeVisible();
      return "submitted";
    }
    await this.tap(this.button(this.t("quiz.nextQuestion")));
    await expect(this.root.locator(".quiz-counter")).toContainText(`${position + 1}/${total}`);
    return "next";
  }

  /** Answers the rest of the attempt (`wrong` decides per question) and hands in. `before` runs
   *  before each question is answered (e.g. to switch language mid-quiz). */
  async finishQuiz(wrong: (q: Question, index: number) => boolean = () => false, before?: (index: number) => Promise<void>): Promise<void> {
    for (;;) {
      let view = await this.currentQuestion();
      if (!view.checked && before) {
        await before(view.position - 1);
        view = await this.currentQuestion();
      }
      const { q, position, checked } = view;
      if (!checked) await this.answer(wrong(q, position - 1));
      if ((await this.advanceQuiz()) === "submitted") return;
    }
  }

  /** Ids drawn in an attempt, in the order shown. */
  drawn(attempt: number): string[] {
    return this.answered.filter((a) => a.attempt === attempt).map((a) => a.id);
  }

  // ── whole lesson ────────────────────────────────────────────────────────────────────────

  /** The screen on view shows its own words in the current language (title, step, first line). */
  async expectScreenText(): Promise<void> {
    const id = await this.screenId();
    await this.expectScreen(id);
    const screen = this.screen(id);
    if (screen.text[0] && screen.kind !== "quiz") await expect(this.root.locator(".screen-text").getByText(screen.text[0], { exact: true })).toBeVisible();
  }

  /** Does what the screen on view asks, without moving on. */
  async completeScreen(): Promise<void> {
    const screen = this.screen(await this.screenId());
    switch (screen.kind) {
      case "practice-call":
        return this.practiceCall(screen);
      case "sorting":
        return this.sorting(screen);
      case "quiz":
        if (await this.root.locator("#quiz-summary").isVisible()) return;
        return this.finishQuiz();
      case "take-home":
        await expect(this.root.locator("article.leaflet")).toContainText(screen.leaflet.heading);
        return;
      default:
        if (screen.text[0]) await expect(this.root.locator(".screen-text").getByText(screen.text[0], { exact: true })).toBeVisible();
    }
  }

  /** Completes each screen and moves on until `id` is on view. */
  async runUntil(id: string): Promise<void> {
    while ((await this.screenId()) !== id) {
      await this.completeScreen();
      await this.next();
    }
  }

  /** From the screen on view to the end, checking the language switch on every screen, then Finish. */
  async runToEnd(): Promise<void> {
    for (;;) {
      await this.expectLanguage();
      await this.completeScreen();
      const id = await this.screenId();
      if (id === this.lesson.screens[this.lesson.screens.length - 1]!.id) break;
      await this.next();
    }
    await this.tap(this.button(this.t("nav.finish")));
    await expect(this.root.locator("#screen-title")).toHaveText(this.t("finished.title"));
    await this.expectLanguage();
  }
}
