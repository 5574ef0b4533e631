// Switching language mid-lesson: the same progress continues in the other language's lesson,
// the choice is saved (resume data, LMS preference), UI strings follow, and a failed or
// overtaken switch leaves the lesson as it was.
import { describe, expect, it } from "vitest";
import type { LanguagePack } from "../../../src/i18n/language-pack";
import { setupI18n } from "../../../src/i18n/setup-i18n";
import enUi from "../../../src/i18n/strings/en.json";
import viUi from "../../../src/i18n/strings/vi.json";
import type { Lesson } from "../../../src/lesson/lesson-types";
import { chooseLanguage, switchableLanguages } from "../../../src/player/launch";
import { LanguageController } from "../../../src/player/language-controller";
import { LessonSession, type DecideOutcome } from "../../../src/player/lesson-session";
import { goToScreen, initialProgress } from "../../../src/player/progress";
import { decodeResume } from "../../../src/player/resume-state";
import { answerQuestion } from "../../../src/quiz/quiz-session";
import type { SavedProgress } from "../../../src/tracking/tracker";
import { fixtureLesson as vi, fixtureQuestions } from "./fixture-lesson";

const en: Lesson = {
  ...vi,
  language: "en",
  title: "Call 111 (English)",
  screens: vi.screens.map((s) => ({ ...s, title: `EN ${s.title}` })),
};

const decide: DecideOutcome = () => ({ completion: "incomplete", success: "unknown", scorePercent: null, progress: 0 });

function fakeTracker() {
  const calls: { method: string; arg?: unknown }[] = [];
  return {
    calls,
    saveProgress: (p: SavedProgress) => void calls.push({ method: "saveProgress", arg: p }),
    recordAnswer: () => void calls.push({ method: "recordAnswer" }),
    reportOutcome: () => void calls.push({ method: "reportOutcome" }),
    reportObjectives: () => void calls.push({ method: "reportObjectives" }),
    finish: () => void calls.push({ method: "finish" }),
    setLanguagePreference: (l: string) => void calls.push({ method: "setLanguagePreference", arg: l }),
  };
}

/** A promise the test resolves or rejects by hand. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const OPTIONS = [
  { code: "vi", name: "Tiếng Việt" },
  { code: "en", name: "English" },
];

/** The data file of each language, as the build makes it: its lesson and its UI strings. */
const pack = (lesson: Lesson): LanguagePack => ({ lesson, ui: lesson.language === "en" ? enUi : viUi });

async function setup(loadLesson: (language: string) => Promise<Lesson> = async (l) => (l === "en" ? en : vi)) {
  const tracker = fakeTracker();
  let progress = goToScreen(vi, initialProgress(vi, 7), 1);
  const quiz = progress.quizzes["quiz"]!;
  progress = { ...progress, quizzes: { quiz: answerQuestion(quiz, fixtureQuestions, quiz.order[0]!, "a") } };
  const session = new LessonSession(vi, "vi", progress, tracker, decide, 80);
  const i18n = await setupI18n("vi", viUi);
  const controller = new LanguageController(session, i18n, OPTIONS, async (language) => pack(await loadLesson(language)));
  tracker.calls.length = 0;
  return { tracker, session, controller, progress };
}

describe("language choice at launch", () => {
  it("the student's saved choice, then the LMS preference (en-GB -> en), then Vietnamese", () => {
    expect(chooseLanguage(null, "", ["vi", "en"])).toBe("vi");
    expect(chooseLanguage(null, "en-GB", ["vi", "en"])).toBe("en");
    expect(chooseLanguage(null, "en_US", ["vi", "en"])).toBe("en");
    expect(chooseLanguage("vi", "en", ["vi", "en"])).toBe("vi");
    expect(chooseLanguage(null, "fr-FR", ["vi", "en"])).toBe("vi");
    expect(chooseLanguage(null, "en", ["vi"])).toBe("vi");
  });

  it("offers the band's lesson languages that have UI strings, in the band's order", () => {
    expect(switchableLanguages(["vi", "en", "km"], (l) => l !== "km")).toEqual(["vi", "en"]);
    expect(switchableLanguages(["vi"], () => true)).toEqual(["vi"]);
  });

});

describe("language controller", () => {
  it("switches mid-lesson keeping position and answers, saves the choice and tells the LMS", async () => {
    const { tracker, session, controller, progress } = await setup();
    expect(controller.state.translate("nav.next")).toBe("Tiếp theo");
    const seen: string[] = [];
    controller.subscribe((s) => seen.push(`${s.language}${s.busy ? ":busy" : ""}`));
    await controller.switchTo("en");
    expect(seen).toEqual(["vi:busy", "en"]);
    expect(session.state.language).toBe("en");
    expect(session.state.lesson).toBe(en);
    expect(session.state.progress).toBe(progress);
    expect(controller.state.translate("nav.next")).toBe("Next");
    expect(tracker.calls.map((c) => c.method)).toEqual(["setLanguagePreference", "saveProgress"]);
    expect(tracker.calls[0]!.arg).toBe("en");
    const saved = tracker.calls[1]!.arg as SavedProgress;
    expect(saved.location).toBe(vi.screens[1]!.id);
    expect(decodeResume(en, saved.data, ["vi", "en"])).toEqual({ language: "en", progress });
    // The same progress object: switching never redraws the quiz or drops an answer.
    expect(session.state.progress.quizzes["quiz"]!.answers).toEqual({ q1_single: "a" });
  });

  it("ignores the current language and languages not on offer", async () => {
    const { tracker, controller } = await setup();
    await controller.switchTo("vi");
    await controller.switchTo("fr");
    expect(tracker.calls).toEqual([]);
    expect(controller.state.language).toBe("vi");
  });

  it("loads each language's lesson once, and switching back uses the lesson it started with", async () => {
    const loads: string[] = [];
    const { session, controller } = await setup(async (l) => (loads.push(l), l === "en" ? en : vi));
    await controller.switchTo("en");
    await controller.switchTo("vi");
    await controller.switchTo("en");
    expect(loads).toEqual(["en"]);
    expect(session.state.lesson).toBe(en);
  });

  it("the latest choice wins when a slow switch is overtaken", async () => {
    const slow = deferred<Lesson>();
    const { session, controller } = await setup(() => slow.promise);
    const first = controller.switchTo("en");
    expect(controller.state.busy).toBe(true);
    const back = controller.switchTo("vi");
    slow.resolve(en);
    await Promise.all([first, back]);
    expect(session.state.language).toBe("vi");
    expect(session.state.lesson).toBe(vi);
    expect(controller.state).toMatchObject({ language: "vi", busy: false, failed: false });
    expect(controller.state.translate("nav.back")).toBe("Quay lại");
  });

  it("a switch that cannot load leaves the lesson in its language and says so; a later try works", async () => {
    let fail = true;
    const errors = console.error;
    console.error = () => {};
    try {
      const { tracker, session, controller } = await setup(async (l) => {
        if (fail) throw new Error("offline");
        return l === "en" ? en : vi;
      });
      await controller.switchTo("en");
      expect(controller.state).toMatchObject({ language: "vi", busy: false, failed: true });
      expect(session.state.language).toBe("vi");
      expect(controller.state.translate("nav.next")).toBe("Tiếp theo");
      expect(tracker.calls).toEqual([]);
      fail = false;
      await controller.switchTo("en");
      expect(controller.state).toMatchObject({ language: "en", busy: false, failed: false });
    } finally {
      console.error = errors;
    }
  });
});
