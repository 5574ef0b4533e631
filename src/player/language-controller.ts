// Switching language mid-lesson. Language is state, not a reload: the other language's data file
// (its lesson — same screen and question ids by the parity check — and its UI strings) is
// fetched, then the same progress carries on in them. The LessonSession saves the choice in the
// resume data and tells the LMS (learner preference); the page's lang attribute and title follow.
// No Preact here, so the sequence (and its races) is unit-tested.
import type { i18n } from "i18next";
import type { LanguagePack } from "../i18n/language-pack";
import { changeUiLanguage, setDocumentLanguage, translator, type Translate } from "../i18n/setup-i18n";
import type { LessonSession } from "./lesson-session";

export interface LanguageOption {
  /** BCP 47 code, e.g. "vi". */
  code: string;
  /** The language's name in that language ("Tiếng Việt", "English"), from its strings file
   *  (the build hands the names to the app, so naming a language fetches nothing). */
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

export class LanguageController {
  private snapshot: LanguageState;
  private readonly listeners = new Set<(s: LanguageState) => void>();
  private readonly packs = new Map<string, Promise<LanguagePack>>();
  private ticket = 0;

  constructor(
    private readonly session: LessonSession,
    private readonly i18n: i18n,
    options: readonly LanguageOption[],
    private readonly loadPack: (language: string) => Promise<LanguagePack>,
  ) {
    const { language, lesson } = session.state;
    // Switching back needs nothing fetched: the starting lesson and its strings are here already.
    this.packs.set(language, Promise.resolve({ lesson, ui: i18n.getResourceBundle(language, "translation") as LanguagePack["ui"] }));
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
      const { lesson, ui } = await this.pack(language);
      if (ticket !== this.ticket) return;
      await changeUiLanguage(this.i18n, language, ui);
      if (ticket !== this.ticket) return;
      this.session.setLanguage(lesson, language);
      if (typeof document !== "undefined") document.title = lesson.title;
      this.set({ language, busy: false, failed: false, translate: translator(this.i18n) });
    } catch (error) {
      if (ticket !== this.ticket) return;
      console.error(`call-111: could not switch to "${language}"`, error);
      this.packs.delete(language);
      // i18next may have switched before failing: put it back in the lesson's language (its
      // strings are loaded already).
      await this.i18n.changeLanguage(this.snapshot.language).catch(() => {});
      setDocumentLanguage(this.snapshot.language);
      this.set({ busy: false, failed: true, translate: translator(this.i18n) });
    }
  }

  private pack(language: string): Promise<LanguagePack> {
    let pack = this.packs.get(language);
    if (!pack) {
      pack = this.loadPack(language);
      this.packs.set(language, pack);
    }
    return pack;
  }

  private set(change: Partial<LanguageState>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener(this.snapshot);
  }
}
