// Composition root: read the launch settings, start tracking, pick the language, load the
// band's lesson, restore progress, and render the player. Everything else lives in modules.
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/controls.css";
import "./styles/screens.css";
import "./styles/activities.css";
import "./styles/quiz.css";
import "./styles/print.css";
import "./styles/language-switch.css";
import { render } from "preact";
import { band, languages as options, loadErrorText, loadPack } from "virtual:lesson";
import { DEFAULT_LANGUAGE, setupI18n } from "./i18n/setup-i18n";
import { chooseLanguage, readScormSetting } from "./player/launch";
import { LanguageController } from "./player/language-controller";
import { LessonApp } from "./player/lesson-app";
import { LessonSession } from "./player/lesson-session";
import { showLoadError } from "./player/load-error";
import { initialProgress } from "./player/progress";
import { decodeResume, peekResumeLanguage } from "./player/resume-state";
import { NarrationContext } from "./narration/narration-slot";
import { masteryPercent } from "./quiz/quiz-session";
import { bindPageLifecycle, chooseTracker, decideOutcome, type StartInfo, type Tracker } from "./tracking";

async function boot(root: HTMLElement): Promise<void> {
  let tracker: Tracker;
  let start: StartInfo;
  try {
    tracker = chooseTracker({ version: readScormSetting(document.documentElement), storageKey: `call-111:${band}` });
    start = tracker.start();
    bindPageLifecycle(tracker);
  } catch (error) {
    showLoadError(root, loadErrorText, DEFAULT_LANGUAGE, error, () => window.location.reload());
    return;
  }
  // Languages on offer: the band's lessons that also have UI strings (Vietnamese first).
  const languages = options.map((o) => o.code);
  // The student's own earlier choice, then the LMS's learner preference, then Vietnamese.
  const saved = start.resume ? peekResumeLanguage(start.resume.data, languages) : null;
  const firstChoice = chooseLanguage(saved, start.languagePreference, languages);

  // Opening the lesson can fail on its data file (a dropped connection, a proxy's error page).
  // Trying again stays in this page and this LMS session: a reload inside an LMS frame would end
  // the session (Terminate on pagehide) and many LMSs refuse a second Initialize.
  const open = async (): Promise<void> => {
    let language = firstChoice;
    try {
      // One data file holds the language's lesson and UI strings (preloaded by index.html for Vietnamese).
      let pack = await loadPack(language);
      // Garbage or outdated resume data gives null: a clean start, never a half-restored lesson.
      const resumed = start.resume ? decodeResume(pack.lesson, start.resume.data, languages) : null;
      // Its language too: data that does not decode chose nothing, so the language is picked again without it.
      if (saved && !resumed) {
        language = chooseLanguage(null, start.languagePreference, languages);
        if (language !== pack.lesson.language) pack = await loadPack(language);
      }
      const lesson = pack.lesson;
      const i18n = await setupI18n(language, pack.ui);
      document.title = lesson.title;
      const session = new LessonSession(
        lesson,
        language,
        resumed?.progress ?? initialProgress(lesson),
        tracker,
        decideOutcome,
        masteryPercent(start.masteryPercent, lesson.masteryPercent),
      );
      const switcher = new LanguageController(session, i18n, options, loadPack);
      // Narration: muted or not is the learner's audio preference (LMS or this browser).
      const narration = { muted: start.audioMuted ?? false, saveMuted: (muted: boolean) => tracker.setAudioMuted?.(muted), language: () => session.state.language };
      // Replace the static "loading" line (Preact would otherwise keep it beside the app).
      root.textContent = "";
      render(
        <NarrationContext.Provider value={narration}>
          <LessonApp
            session={session}
            languages={switcher}
            learnerName={start.learnerName}
            unrecorded={start.standaloneReason !== undefined ? "standalone" : start.lookOnly ? "look-only" : null}
            onDeliveryStatus={(listener) => tracker.onDeliveryStatus(listener)}
          />
        </NarrationContext.Provider>,
        root,
      );
    } catch (error) {
      showLoadError(root, loadErrorText, language, error, open);
    }
  };
  await open();
}

const root = document.getElementById("app");
if (root) void boot(root);
