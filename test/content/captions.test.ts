// @vitest-environment jsdom
// Every sentence the narration speaks can be marked on screen. The player marks, while a
// sentence is spoken, the element whose whole text is that sentence (captionTarget); when none
// matches, the caption silently shows nothing. Here every screen of every band and language is
// rendered as the player renders it (the screen registry, the real components, the lesson files
// and UI strings), and so is every quiz question (the quiz's order set to the whole bank) and the
// quiz after handing in. The sentences are read from the narration controls' own transcript,
// i.e. the clips the player would play, and must be the clip files' script (narrationClips); each
// must find its element with the player's own rule.
// jsdom has no layout: "visible" is approximated as "not inside [hidden] or a closed <details>";
// the e2e narration spec checks real captions in Chromium.
import { h, render } from "preact";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { lessonClips } from "../../media/make-narration";
import { loadBand } from "../../scorm/load-lessons";
import { bandsWithLessons } from "../../scorm/repo-paths";
import { readUiStrings } from "../../scorm/ui-strings-files";
import { setupI18n, translator } from "../../src/i18n/setup-i18n";
import { TranslateContext } from "../../src/i18n/use-translate";
import type { Lesson, QuizScreen } from "../../src/lesson/lesson-types";
import { captionTarget } from "../../src/narration/caption-target";
import { NarrationContext } from "../../src/narration/narration-slot";
import { LessonSession } from "../../src/player/lesson-session";
import { initialProgress, type LessonProgress } from "../../src/player/progress";
import { renderScreen, SCREEN_REGISTRY } from "../../src/screens/screen-registry";
import { decideOutcome } from "../../src/tracking";

const strings = readUiStrings();
const tracker = {
  saveProgress: () => undefined,
  recordAnswer: () => undefined,
  reportOutcome: () => undefined,
  reportObjectives: () => undefined,
  finish: () => undefined,
  setLanguagePreference: () => undefined,
};
const shownInJsdom = (el: Element) => !el.closest("[hidden], details:not([open])");

beforeAll(async () => {
  // The activity and quiz screens are lazy chunks: load them first, as the player does when idle.
  for (const component of Object.values(SCREEN_REGISTRY)) if ("preload" in component) await (component as { preload(): Promise<unknown> }).preload();
});

const containers: HTMLElement[] = [];
afterEach(() => {
  for (const c of containers.splice(0)) {
    render(null, c);
    c.remove();
  }
});

/** Renders the screen on view in `progress` as the player does; resolves once its narration
 *  controls (a lazy chunk too) are there. */
async function renderAt(lesson: Lesson, translate: ReturnType<typeof translator>, progress: LessonProgress): Promise<HTMLElement> {
  const container = document.createElement("div");
  document.body.append(container);
  containers.push(container);
  const session = new LessonSession(lesson, lesson.language, progress, tracker, decideOutcome, 80);
  const screen = lesson.screens[progress.current]!;
  const setup = { muted: false, saveMuted: () => undefined, language: () => lesson.language };
  render(h(TranslateContext.Provider, { value: translate }, h(NarrationContext.Provider, { value: setup }, renderScreen(screen, { session, snapshot: session.state }))), container);
  await vi.waitFor(() => {
    if (!container.querySelector("section .narration-transcript")) throw new Error(`no narration controls on ${screen.id}`);
  });
  return container.querySelector("section")!;
}

/** The sentences the controls would speak, and those of them no element on screen matches. */
function check(section: HTMLElement): { spoken: string[]; unmatched: string[] } {
  const box = section.querySelector(".narration")!;
  const spoken = [...box.querySelectorAll(".narration-transcript li")].map((li) => li.textContent ?? "");
  return { spoken, unmatched: spoken.filter((s) => !captionTarget(section, s, box, shownInJsdom)) };
}

for (const band of bandsWithLessons()) {
  describe(`captions of ${band}`, () => {
    for (const lesson of loadBand(band).filter((l) => strings.has(l.language))) {
      it(`${lesson.language}: every sentence of every screen and question has its element`, async () => {
        const translate = translator(await setupI18n(lesson.language, strings.get(lesson.language)!));
        const script = new Map(lessonClips(lesson).map((c) => [c.id, c.parts]));
        const start = initialProgress(lesson, 1);
        const problems: string[] = [];
        let views = 0;
        const look = async (what: string, progress: LessonProgress, clipIds: string[]) => {
          const { spoken, unmatched } = check(await renderAt(lesson, translate, progress));
          views++;
          const expected = clipIds.flatMap((id) => script.get(id) ?? [`(no clip ${id})`]);
          if (JSON.stringify(spoken) !== JSON.stringify(expected)) problems.push(`${what}: the player would speak ${JSON.stringify(spoken)}, the clip files say ${JSON.stringify(expected)}`);
          for (const s of unmatched) problems.push(`${what}: nothing on screen reads ${JSON.stringify(s)}`);
        };

        for (const [index, screen] of lesson.screens.entries()) {
          const here: LessonProgress = { ...start, current: index, seenCount: index + 1 };
          if (screen.kind !== "quiz") {
            await look(screen.id, here, [screen.id]);
            continue;
          }
          // Every question of the bank, wherever a draw may put it; the introduction comes with
          // the first question only.
          const quiz = { ...start.quizzes[screen.id]!, order: (screen as QuizScreen).questions.map((q) => q.id) };
          for (const [position, q] of screen.questions.entries()) {
            const progress = { ...here, quizzes: { ...here.quizzes, [screen.id]: { ...quiz, position } } };
            await look(`${screen.id}/${q.id} (question ${position + 1})`, progress, position === 0 ? [screen.id, q.id] : [q.id]);
          }
          const submitted = { ...quiz, position: quiz.order.length - 1, submitted: true, lastScore: 100 };
          await look(`${screen.id} (handed in)`, { ...here, quizzes: { ...here.quizzes, [screen.id]: submitted } }, [screen.id]);
        }
        expect(problems).toEqual([]);
        expect(views, "one view per screen, per question and per handed-in quiz").toBe(lesson.screens.reduce((n, s) => n + (s.kind === "quiz" ? s.questions.length + 1 : 1), 0));
      });
    }
  });
}
