// Drives the lesson BY KEYBOARD ONLY, the way a student without a mouse does: every control is
// reached with Tab / Shift+Tab from wherever focus is, then operated with Enter, Space, arrow
// keys or digit keys. No clicks. If a control cannot be reached by Tab, the driver fails and
// says which one — so driving the lesson is itself the "whole lesson doable by keyboard" check.
//
// The only programmatic focus is the very first one (putting focus inside the lesson's page,
// as a student would by clicking into it); after that, focus only moves by keys and by what the
// player does itself (e.g. moving focus to the new screen's title).
//
// What to answer comes from the lesson file (lesson-content.ts), never from the page.
//   const driver = new LessonDriver(page, lms.lesson, primaryLesson());
//   await driver.start();
//   await driver.runToEnd({ wrongCount: 2 });
import type { FrameLocator, Locator, Page } from "@playwright/test";
import { expect } from "@playwright/test";
import type { Lesson, PracticeCallScreen, Question, QuizScreen, Screen, SortingScreen } from "../../src/lesson/lesson-types";
import { plannedAnswer, UI, uiText } from "./lesson-content";
import { lessonScreen, screenIdOnView } from "./screen-on-view";

/** Page or frame: where the lesson's document is. */
export type LessonRoot = Pick<FrameLocator, "locator" | "getByRole" | "getByText" | "getByTestId">;

/** How far Tab may have to travel between two controls on one screen. */
const MAX_TABS = 60;

export interface QuizPlan {
  /** How many questions of the attempt to answer wrongly: the first ones shown, one of each
   *  question kind before a second of any kind (so wrong answers of every kind get reported).
   *  Counts answers already given in this attempt (e.g. before a resume). */
  wrongCount?: number;
  /** Stop after checking this many questions (the last one stays on screen, checked). */
  stopAfter?: number;
}

export interface RunOptions extends QuizPlan {
  /** Dialogue step ids where the student first picks an unhelpful reply, then a good one. */
  callMistakes?: Iterable<string>;
  /** A wrong number to dial first (the player says so and clears the display), then the right one. */
  wrongNumberFirst?: string;
}

export interface AnsweredQuestion {
  id: string;
  wrong: boolean;
  attempt: number;
}

/** Questions one attempt shows: the lesson's draw, or the whole bank. */
export function perAttempt(quiz: QuizScreen): number {
  return quiz.questionsPerAttempt ?? quiz.questions.length;
}

export class LessonDriver {
  /** Questions checked so far, in the order answered (all attempts). */
  readonly answered: AnsweredQuestion[] = [];
  /** What was dialled first and where an unhelpful reply was tried first (what the LMS records). */
  firstDial = "";
  readonly callMistakes: string[] = [];

  constructor(
    readonly page: Page,
    readonly root: LessonRoot,
    readonly lesson: Lesson,
  ) {}

  // ── basics ──────────────────────────────────────────────────────────────────────────────

  /** Waits for the player, then puts focus on the screen title inside the lesson's page. */
  async start(): Promise<void> {
    const title = this.root.locator("#screen-title");
    await expect(title).toBeVisible({ timeout: 15_000 });
    await title.focus();
  }

  /** Id of the screen on view (the player's <section data-screen-id>). */
  async screenId(): Promise<string> {
    return screenIdOnView(this.root);
  }

  screen(id: string): Screen {
    return lessonScreen(this.lesson, id, "the lesson");
  }

  async expectScreen(id: string): Promise<void> {
    await expect(this.root.locator("section[data-screen-id]")).toHaveAttribute("data-screen-id", id);
    await expect(this.root.locator("#screen-title")).toHaveText(this.screen(id).title);
    const index = this.lesson.screens.findIndex((s) => s.id === id);
    await expect(this.root.getByText(uiText("header.step", { current: index + 1, total: this.lesson.screens.length }), { exact: true })).toBeVisible();
  }

  /** Moves focus to `target` with Tab (or Shift+Tab when it lies before the focused element). */
  async tabTo(target: Locator, what: string): Promise<void> {
    let presses = 0;
    let turns = 0;
    let last = "";
    while (presses <= MAX_TABS) {
      // Direction, and a guess of how many stops away the target is (to save round trips).
      // The guess only saves time: the loop ends only when the target really has focus.
      const { key, steps } = await target.evaluate((el) => {
        const doc = el.ownerDocument;
        const active = doc.activeElement;
        if (active === el) return { key: "here", steps: 0 };
        if (el.getClientRects().length === 0) return { key: "hidden", steps: 0 };
        const forward = !active || active === doc.body || !!(active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
        const stops = [...doc.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, [tabindex]")].filter(
          (e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && e.getClientRects().length > 0,
        );
        // A radio group is one stop.
        const seen = new Set<string>();
        const order = stops.filter((e) => {
          if (!(e instanceof HTMLInputElement) || e.type !== "radio" || !e.name || e === el) return true;
          if (seen.has(e.name)) return false;
          seen.add(e.name);
          return true;
        });
        const from = active && active !== doc.body ? order.indexOf(active as HTMLElement) : -1;
        const to = order.indexOf(el as HTMLElement);
        const guess = from >= 0 && to >= 0 ? Math.abs(to - from) : 1;
        return { key: forward ? "Tab" : "Shift+Tab", steps: Math.max(1, Math.min(guess, 20)) };
      });
      if (key === "here") return;
      if (key === "hidden") {
        await expect(target, `${what} is on screen`).toBeVisible();
        continue;
      }
      // Turning back and forth means Tab skips the target: it is not keyboard-reachable.
      if (last && key !== last && ++turns > 2) break;
      last = key;
      for (let i = 0; i < steps; i++) await this.page.keyboard.press(key);
      presses += steps;
    }
    throw new Error(`${what} cannot be reached with Tab / Shift+Tab`);
  }

  /** Tabs to a control and presses a key on it (Enter by default). */
  async press(target: Locator, what: string, key = "Enter"): Promise<void> {
    await this.tabTo(target, what);
    await this.page.keyboard.press(key);
  }

  /** A sentence of the lesson as shown on screen (the narration transcript may hold a hidden copy). */
  shownText(line: string): Locator {
    return this.root.getByText(line, { exact: true }).filter({ visible: true }).first();
  }

  button(name: string, exact = true): Locator {
    return this.root.getByRole("button", { name, exact });
  }

  /** "Tiếp theo" and wait for the next screen (focus goes to its title). */
  async next(): Promise<string> {
    const from = await this.screenId();
    const index = this.lesson.screens.findIndex((s) => s.id === from);
    const to = this.lesson.screens[index + 1];
    if (!to) throw new Error(`no screen after "${from}"`);
    await this.press(this.button(UI["nav.next"]), `"${UI["nav.next"]}" on ${from}`);
    await this.expectScreen(to.id);
    await expect(this.root.locator("#screen-title"), "focus moves to the new screen's title").toBeFocused();
    return to.id;
  }

  // ── practice call ───────────────────────────────────────────────────────────────────────

  /** Types the number on the keyboard's digit keys, then presses "Gọi". */
  async dial(number: string): Promise<void> {
    for (const digit of number) await this.page.keyboard.press(digit);
    await expect(this.root.getByTestId("dialled-number")).toHaveText(number);
    await this.press(this.button(UI["call.call"]), `the "${UI["call.call"]}" key`);
  }

  async practiceCall(screen: PracticeCallScreen, mistakes: ReadonlySet<string>, wrongNumber?: string): Promise<void> {
    if (wrongNumber) {
      await this.dial(wrongNumber);
      this.firstDial ||= wrongNumber;
      await expect(this.root.getByTestId("dial-message")).toHaveText(uiText("call.wrongNumber", { dialled: wrongNumber, number: screen.number }));
      await expect(this.root.getByTestId("dialled-number")).toHaveText(UI["call.displayEmpty"]);
      // The student carries on typing wherever focus is (the keypad's "Gọi" key).
    }
    await this.dial(screen.number);
    this.firstDial ||= screen.number;
    const connected = this.root.getByText(uiText("call.connected", { number: screen.number }));
    await expect(connected).toBeFocused();
    for (const step of screen.conversation) {
      await expect(this.root.locator(".bubble-counsellor").filter({ hasText: step.counsellor }).first()).toBeVisible();
      const bad = step.options.find((o) => !o.good);
      if (mistakes.has(step.id) && bad) {
        this.callMistakes.push(step.id);
        await this.press(this.button(bad.text), `reply "${bad.text}"`);
        await expect(this.root.getByText(bad.feedback, { exact: false })).toBeVisible();
        await expect(this.button(bad.text)).toHaveAttribute("aria-disabled", "true");
      }
      const good = step.options.find((o) => o.good)!;
      await this.press(this.button(good.text), `reply "${good.text}"`);
      await expect(this.root.locator(".bubble-counsellor").filter({ hasText: good.feedback })).toBeVisible();
    }
    await expect(this.root.getByText(UI["call.ended"])).toBeFocused();
    for (const line of screen.afterCall) await expect(this.shownText(line)).toBeVisible();
  }

  // ── sorting ─────────────────────────────────────────────────────────────────────────────

  async sorting(screen: SortingScreen): Promise<void> {
    for (const item of screen.items) {
      const bin = screen.bins.find((b) => b.id === item.bin)!;
      // By text, not accessible name: the chosen card's name gains the CSS marker "☛ ".
      const card = this.root.locator("button.sort-item").filter({ hasText: item.text });
      await expect(card).toHaveCount(1);
      await this.press(card, `situation "${item.text}"`);
      await expect(this.root.locator(".sort-items").getByRole("button", { pressed: true })).toHaveText(item.text);
      // Choosing a card takes focus to the bins.
      await expect(this.root.locator(".bin-button").first()).toBeFocused();
      await this.press(this.button(uiText("sort.placeIn", { bin: bin.label })), `bin "${bin.label}"`);
      await expect(this.root.locator(".placed-right").filter({ hasText: item.text })).toBeVisible();
    }
    await expect(this.root.getByText(UI["sort.done"])).toBeFocused();
  }

  // ── quiz ────────────────────────────────────────────────────────────────────────────────

  /** The question on screen, found by its prompt in the lesson file. */
  async currentQuestion(quiz: QuizScreen): Promise<Question> {
    const prompt = this.root.locator("#quiz-question");
    await expect(prompt).toBeVisible();
    const text = (await prompt.textContent())?.trim() ?? "";
    const q = quiz.questions.find((x) => x.prompt === text);
    if (!q) throw new Error(`the prompt on screen is not a question of the lesson: "${text}"`);
    return q;
  }

  /** Gives the planned answer (right, or wrong when `wrong` says so) and presses "Kiểm tra". */
  async answerQuestion(quiz: QuizScreen, attempt: number, wrongFor: (q: Question) => boolean): Promise<Question> {
    const q = await this.currentQuestion(quiz);
    expect(this.answered.filter((a) => a.attempt === attempt).map((a) => a.id), "a question is asked once per attempt").not.toContain(q.id);
    const wrong = wrongFor(q);
    const plan = plannedAnswer(q, wrong);
    switch (plan.kind) {
      case "single-choice":
      case "true-false": {
        const options =
          q.kind === "true-false"
            ? [{ id: "true", text: UI["quiz.true"] }, { id: "false", text: UI["quiz.false"] }]
            : q.kind === "single-choice"
              ? q.options
              : [];
        const wanted = plan.kind === "true-false" ? String(plan.chosen) : plan.chosen;
        await this.chooseRadio(options, wanted);
        break;
      }
      case "multiple-choice":
        if (q.kind !== "multiple-choice") break;
        for (const id of plan.chosen) {
          const option = q.options.find((o) => o.id === id)!;
          const box = this.root.getByRole("checkbox", { name: option.text, exact: true });
          await this.press(box, `checkbox "${option.text}"`, "Space");
          await expect(box).toBeChecked();
        }
        break;
      case "matching":
        if (q.kind !== "matching") break;
        for (const p of q.prompts) {
          const target = q.targets.findIndex((t) => t.id === plan.chosen[p.id]);
          const select = this.root.getByRole("combobox", { name: p.text, exact: true });
          await this.tabTo(select, `the choice for "${p.text}"`);
          // Closed <select>: each ArrowDown picks the next option (the first is "— Chọn —").
          for (let i = 0; i <= target; i++) await this.page.keyboard.press("ArrowDown");
          await expect(select).toHaveValue(plan.chosen[p.id]!);
        }
        break;
      case "ordering":
        if (q.kind !== "ordering") break;
        await this.order(q.items, plan.chosen);
        break;
    }
    await this.press(this.button(UI["quiz.check"]), `"${UI["quiz.check"]}"`);
    const feedback = this.root.locator("#quiz-feedback");
    await expect(feedback).toBeFocused();
    await expect(feedback).toContainText(wrong ? UI["quiz.incorrect"] : UI["quiz.correct"]);
    await expect(feedback).toContainText(q.explanation);
    this.answered.push({ id: q.id, wrong, attempt });
    return q;
  }

  /** A checked question shows the answer that was given, locked (e.g. after a resume). */
  async expectLockedAnswer(q: Question, wrong: boolean): Promise<void> {
    const plan = plannedAnswer(q, wrong);
    const input = (value: string) => this.root.locator(`.question input[value="${value}"]`);
    switch (plan.kind) {
      case "single-choice":
      case "multiple-choice": {
        if (q.kind !== "single-choice" && q.kind !== "multiple-choice") break;
        const chosen: string[] = plan.kind === "single-choice" ? [plan.chosen] : plan.chosen;
        for (const o of q.options) {
          await expect(input(o.id)).toBeDisabled();
          await expect(input(o.id)).toBeChecked({ checked: chosen.includes(o.id) });
        }
        break;
      }
      case "true-false":
        for (const v of [true, false]) {
          await expect(input(String(v))).toBeDisabled();
          await expect(input(String(v))).toBeChecked({ checked: plan.chosen === v });
        }
        break;
      case "matching":
        if (q.kind !== "matching") break;
        for (const p of q.prompts) {
          const select = this.root.locator(`select#match-${q.id}-${p.id}`);
          await expect(select).toHaveValue(plan.chosen[p.id]!);
          await expect(select).toBeDisabled();
        }
        break;
      case "ordering":
        if (q.kind !== "ordering") break;
        await expect(this.root.locator(".ordering .order-text")).toHaveText(plan.chosen.map((id) => q.items.find((i) => i.id === id)!.text));
        await expect(this.root.locator(".ordering button")).toHaveCount(0);
        break;
    }
  }

  /** Radio group: Tab lands on its first radio (none checked yet), arrows move and select. */
  private async chooseRadio(options: readonly { id: string; text: string }[], wanted: string): Promise<void> {
    const index = options.findIndex((o) => o.id === wanted);
    const first = this.root.getByRole("radio", { name: options[0]!.text, exact: true });
    await this.tabTo(first, `the first answer "${options[0]!.text}"`);
    if (index === 0) await this.page.keyboard.press("Space");
    for (let i = 0; i < index; i++) await this.page.keyboard.press("ArrowDown");
    await expect(this.root.getByRole("radio", { name: options[index]!.text, exact: true })).toBeChecked();
  }

  /** Puts the list in `wanted` order with the "Lên: …" (move up) buttons, top down. */
  private async order(items: readonly { id: string; text: string }[], wanted: readonly string[]): Promise<void> {
    const text = (id: string) => items.find((i) => i.id === id)!.text;
    const rows = this.root.locator(".ordering .order-text");
    for (let position = 0; position < wanted.length; position++) {
      const shown = (await rows.allTextContents()).map((t) => t.trim());
      let at = shown.indexOf(text(wanted[position]!));
      if (at < 0) throw new Error(`ordering item "${text(wanted[position]!)}" is not on screen`);
      const up = this.root.getByRole("button", { name: uiText("quiz.moveUp", { item: text(wanted[position]!) }), exact: true });
      while (at > position) {
        await this.press(up, `move up "${text(wanted[position]!)}"`);
        at -= 1;
        await expect(rows.nth(at)).toHaveText(text(wanted[position]!));
      }
    }
    await expect(rows).toHaveText(wanted.map(text));
  }

  /** Answers questions of the running attempt; submits when all are answered (unless stopped). */
  async quiz(quiz: QuizScreen, plan: QuizPlan = {}): Promise<"submitted" | "stopped"> {
    const total = perAttempt(quiz);
    const wrongCount = plan.wrongCount ?? 0;
    let checked = 0;
    for (;;) {
      const counter = this.root.locator(".quiz-counter");
      await expect(counter).toBeVisible();
      const counterText = (await counter.textContent()) ?? "";
      const match = /(\d+)\/(\d+)/.exec(counterText);
      const position = Number(match?.[1] ?? 0);
      expect(Number(match?.[2]), `questions per attempt (${counterText})`).toBe(total);
      const attempt = Number(/(\d+)\D*$/.exec((await this.root.locator(".quiz-attempt").allTextContents()).join(""))?.[1] ?? 1);
      // A resumed quiz may show a question that was already checked.
      if (!(await this.root.locator("#quiz-feedback").isVisible())) {
        const mine = this.answered.filter((a) => a.attempt === attempt);
        const wrongSoFar = mine.filter((a) => a.wrong);
        const kindsWrong = new Set(wrongSoFar.map((a) => quiz.questions.find((x) => x.id === a.id)!.kind));
        const remaining = total - position + 1;
        await this.answerQuestion(
          quiz,
          attempt,
          (q) => wrongSoFar.length < wrongCount && (!kindsWrong.has(q.kind) || remaining <= wrongCount - wrongSoFar.length),
        );
        checked += 1;
        if (plan.stopAfter !== undefined && checked >= plan.stopAfter) return "stopped";
      }
      if (position === total) {
        await this.press(this.button(UI["quiz.submit"]), `"${UI["quiz.submit"]}"`);
        await expect(this.root.locator("#quiz-summary")).toBeFocused();
        return "submitted";
      }
      await this.press(this.button(UI["quiz.nextQuestion"]), `"${UI["quiz.nextQuestion"]}"`);
      await expect(this.root.locator("#quiz-question")).toBeFocused();
    }
  }

  /** Percent score of an attempt as the quiz must compute it from the answers the driver gave. */
  attemptScore(quiz: QuizScreen, attempt: number): number {
    const mine = this.answered.filter((a) => a.attempt === attempt);
    expect(mine, `attempt ${attempt}: every question answered`).toHaveLength(perAttempt(quiz));
    return Math.round(((mine.length - mine.filter((a) => a.wrong).length) / mine.length) * 100);
  }

  /** After submitting: the score line on the quiz screen. */
  async expectQuizScore(score: number, passed: boolean): Promise<void> {
    await expect(this.root.locator("#quiz-summary")).toHaveText(uiText("quiz.submitted", { score }));
    await expect(this.root.getByText(passed ? UI["results.passed"] : UI["results.failed"], { exact: true })).toBeVisible();
    await expect(this.button(UI["quiz.retry"])).toHaveCount(passed ? 0 : 1);
  }

  /** On the results screen: score, verdict, and the lesson's passed/failed words. */
  async expectResults(score: number, passed: boolean): Promise<void> {
    const results = this.lesson.screens.find((s) => s.kind === "results");
    if (results?.kind !== "results") throw new Error("no results screen");
    await this.expectScreen(results.id);
    await expect(this.root.getByText(uiText("results.score", { score }), { exact: true })).toBeVisible();
    await expect(this.root.locator(".result-verdict")).toHaveText(passed ? `★ ${UI["results.passed"]}` : UI["results.failed"]);
    for (const line of passed ? results.passedText : results.failedText) await expect(this.shownText(line)).toBeVisible();
    for (const line of results.closing) await expect(this.shownText(line)).toBeVisible();
    await expect(this.button(UI["quiz.retry"])).toHaveCount(passed ? 0 : 1);
  }

  /** "Làm lại bài kiểm tra" on the results screen: back to the quiz, attempt + 1. */
  async retryFromResults(quiz: QuizScreen): Promise<void> {
    await this.press(this.button(UI["quiz.retry"]), `"${UI["quiz.retry"]}"`);
    await this.expectScreen(quiz.id);
    await expect(this.root.locator(".quiz-attempt")).toContainText(uiText("quiz.attempt", { attempt: 2 }));
  }

  // ── whole lesson ────────────────────────────────────────────────────────────────────────

  /** Does what the screen on view asks (activity, quiz), without moving on. */
  async completeScreen(screen: Screen, options: RunOptions): Promise<void> {
    switch (screen.kind) {
      case "practice-call":
        return this.practiceCall(screen, new Set(options.callMistakes ?? []), options.wrongNumberFirst);
      case "sorting":
        return this.sorting(screen);
      case "quiz":
        // Already handed in (e.g. the caller drove the quiz itself): nothing left to do here.
        if (await this.root.locator("#quiz-summary").isVisible()) return;
        await this.quiz(screen, options);
        return;
      case "take-home":
        await expect(this.root.getByRole("article", { name: UI["takeHome.leafletLabel"] })).toContainText(screen.leaflet.heading);
        for (const line of screen.leaflet.lines) await expect(this.shownText(line)).toBeVisible();
        return;
      default:
        // Info screens: the sentences the narration reads are on screen.
        for (const line of screen.text) await expect(this.shownText(line)).toBeVisible();
    }
  }

  /** From the screen on view to the end: each screen done, Next, and Finish ("Kết thúc"). */
  async runToEnd(options: RunOptions = {}): Promise<void> {
    for (;;) {
      const id = await this.screenId();
      const screen = this.screen(id);
      await this.completeScreen(screen, { ...options, stopAfter: undefined });
      if (screen === this.lesson.screens[this.lesson.screens.length - 1]) break;
      await this.next();
    }
    await this.finish();
  }

  /** "Kết thúc" on the last screen: the finished message takes focus. */
  async finish(): Promise<void> {
    await this.press(this.button(UI["nav.finish"]), `"${UI["nav.finish"]}"`);
    const title = this.root.locator("#screen-title");
    await expect(title).toHaveText(UI["finished.title"]);
    await expect(title).toBeFocused();
    await expect(this.root.getByText(UI["finished.text"])).toBeVisible();
  }

  /** What the driver did, for expected-cmi.ts. */
  get run(): { firstDial: string; callMistakes: readonly string[]; answered: readonly AnsweredQuestion[] } {
    return { firstDial: this.firstDial, callMistakes: this.callMistakes, answered: this.answered };
  }

  /** Drives from the screen on view until the screen `screenId` shows, doing each activity on the way. */
  async runUntil(screenId: string, options: RunOptions = {}): Promise<void> {
    for (;;) {
      const id = await this.screenId();
      if (id === screenId) return;
      await this.completeScreen(this.screen(id), options);
      await this.next();
    }
  }
}
