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
import { band, languages as lessonLanguages, loadLesson } from "virtual:lesson";
import { setupI18n } from "./i18n/setup-i18n";
import { hasUiStrings } from "./i18n/ui-strings";
import { chooseLanguage, readScormSetting, switchableLanguages } from "./player/launch";
import { LanguageController, languageOptions } from "./player/language-controller";
import { LessonApp } from "./player/lesson-app";
import { LessonSession } from "./player/lesson-session";
import { showLoadError } from "./player/load-error";
import { initialProgress } from "./player/progress";
import { decodeResume, peekResumeLanguage } from "./player/resume-state";
import { NarrationContext } from "./narration/narration-slot";
import { masteryPercent } from "./quiz/quiz-session";
import { bindPageLifecycle, chooseTracker, decideOutcome } from "./tracking";

async function boot(root: HTMLElement): Promise<void> {
  let language = "vi";
  try {
    const tracker = chooseTracker({ version: readScormSetting(document.documentElement), storageKey: `call-111:${band}` });
    const start = tracker.start();
    bindPageLifecycle(tracker);
    // Languages on offer: the band's lessons that also have UI strings (Vietnamese first).
    const languages = switchableLanguages(lessonLanguages, hasUiStrings);
    // The student's own earlier choice, then the LMS's learner preference, then Vietnamese.
    const saved = start.resume ? peekResumeLanguage(start.resume.data, languages) : null;
    language = chooseLanguage(saved, start.languagePreference, languages);
    // Every language's strings come along (small chunks) for the switch's names, so a switch
    // later only has to fetch that language's lesson.
    let [i18n, lesson, options] = await Promise.all([setupI18n(language), loadLesson(language), languageOptions(languages)]);
    // Garbage or outdated resume data gives null: a clean start, never a half-restored lesson.
    const resumed = start.resume ? decodeResume(lesson, start.resume.data, languages) : null;
    // Its language too: data that does not decode chose nothing, so the language is picked again without it.
    if (saved && !resumed) {
      language = chooseLanguage(null, start.languagePreference, languages);
      if (language !== lesson.language) [i18n, lesson] = await Promise.all([setupI18n(language), loadLesson(language)]);
    }
    document.title = lesson.title;
    const session = new LessonSession(
      lesson,
      language,
      resumed?.progress ?? initialProgress(lesson),
      tracker,
      decideOutcome,
      masteryPercent(start.masteryPercent, lesson.masteryPercent),
    );
    const switcher = new LanguageController(session, i18n, options, loadLesson);
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
          standalone={start.standaloneReason !== undefined}
          onDeliveryStatus={(listener) => tracker.onDeliveryStatus(listener)}
        />
      </NarrationContext.Provider>,
      root,
    );
  } catch (error) {
    showLoadError(root, language, error);
  }
}

const root = document.getElementById("app");
if (root) void boot(root);
