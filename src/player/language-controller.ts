// Switching language mid-lesson. Language is state, not a reload: the other language's lesson
// (a lazily loaded chunk, same screen and question ids by the parity check) and UI strings are
// fetched, then the same progress carries on in them. The LessonSession saves the choice in the
// resume data and tells the LMS (learner preference); the page's lang attribute and title follow.
// No Preact here, so the sequence (and its races) is unit-tested.
import type { i18n } from "i18next";
import { changeUiLanguage, translator, type Translate } from "../i18n/setup-i18n";
import { loadUiStrings } from "../i18n/ui-strings";
import type { Lesson } from "../lesson/lesson-types";
import type { LessonSession } from "./lesson-session";

export interface LanguageOption {
  /** BCP 47 code, e.g. "vi". */
  code: string;
  /** The language's name in that language ("Tiếng Việt", "English"), from its strings file. */
  name: string;
}

export interface LanguageState {
  language: string;
  options: readonly LanguageOption[];
  /** A switch is being loaded. */
  busy: boolean;
  /** The last switch could not load (offline, say); the lesson stays in its language. */
  failed: boolean;
  translate: Translate;
}

/** The language options: each code named by its own strings file ("language.name"). */
export async function languageOptions(codes: readonly string[]): Promise<LanguageOption[]> {
  return Promise.all(codes.map(async (code) => ({ code, name: (await loadUiStrings(code))["language.name"] })));
}

export class LanguageController {
  private snapshot: LanguageState;
  private readonly listeners = new Set<(s: LanguageState) => void>();
  private readonly lessons = new Map<string, Promise<Lesson>>();
  private ticket = 0;

  constructor(
    private readonly session: LessonSession,
    private readonly i18n: i18n,
    options: readonly LanguageOption[],
    private readonly loadLesson: (language: string) => Promise<Lesson>,
  ) {
    const { language, lesson } = session.state;
    this.lessons.set(language, Promise.resolve(lesson));
    this.snapshot = { language, options, busy: false, failed: false, translate: translator(i18n) };
  }

  get state(): LanguageState {
    return this.snapshot;
  }

  subscribe(listener: (s: LanguageState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Switches to `language` (one of the options). The latest request wins if several overlap. */
  async switchTo(language: string): Promise<void> {
    if (!this.snapshot.options.some((o) => o.code === language)) return;
    const ticket = ++this.ticket;
    if (language === this.snapshot.language) {
      // Back to where we are: cancels a switch still loading.
      if (this.snapshot.busy || this.snapshot.failed) this.set({ busy: false, failed: false });
      return;
    }
    this.set({ busy: true, failed: false });
    try {
      const [lesson] = await Promise.all([this.lesson(language), loadUiStrings(language)]);
      if (ticket !== this.ticket) return;
      await changeUiLanguage(this.i18n, language);
      if (ticket !== this.ticket) return;
      this.session.setLanguage(lesson, language);
      if (typeof document !== "undefined") document.title = lesson.title;
      this.set({ language, busy: false, failed: false, translate: translator(this.i18n) });
    } catch (error) {
      if (ticket !== this.ticket) return;
      console.error(`call-111: could not switch to "${language}"`, error);
      this.lessons.delete(language);
      // i18next may have switched before failing: put it back in the lesson's language.
      await changeUiLanguage(this.i18n, this.snapshot.language).catch(() => {});
      this.set({ busy: false, failed: true, translate: translator(this.i18n) });
    }
  }

  private lesson(language: string): Promise<Lesson> {
    let lesson = this.lessons.get(language);
    if (!lesson) {
      lesson = this.loadLesson(language);
      this.lessons.set(language, lesson);
    }
    return lesson;
  }

  private set(change: Partial<LanguageState>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener(this.snapshot);
  }
}
