// Composition root: read the launch settings, start tracking, pick the language, load the
// band's lesson, restore progress, and render the player. Everything else lives in modules.
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/controls.css";
import "./styles/screens.css";
import "./styles/activities.css";
import "./styles/quiz.css";
import "./styles/print.css";
import { render } from "preact";
import { band, languages, loadLesson } from "virtual:lesson";
import { setupI18n, translator } from "./i18n/setup-i18n";
import { TranslateContext } from "./i18n/use-translate";
import { chooseLanguage, readScormSetting } from "./player/launch";
import { LessonSession } from "./player/lesson-session";
import { showLoadError } from "./player/load-error";
import { Player } from "./player/player";
import { initialProgress } from "./player/progress";
import { decodeResume, peekResumeLanguage } from "./player/resume-state";
import { masteryPercent } from "./quiz/quiz-session";
import { bindPageLifecycle, chooseTracker, decideOutcome } from "./tracking";

async function boot(root: HTMLElement): Promise<void> {
  let language = "vi";
  try {
    const tracker = chooseTracker({ version: readScormSetting(document.documentElement), storageKey: `call-111:${band}` });
    const start = tracker.start();
    bindPageLifecycle(tracker);
    const saved = start.resume ? peekResumeLanguage(start.resume.data, languages) : null;
    language = chooseLanguage(saved, start.languagePreference, languages);
    const [i18n, lesson] = await Promise.all([setupI18n(language), loadLesson(language)]);
    document.title = lesson.title;
    // Garbage or outdated resume data gives null: a clean start, never a half-restored lesson.
    const resumed = start.resume ? decodeResume(lesson, start.resume.data, languages) : null;
    const session = new LessonSession(
      lesson,
      language,
      resumed?.progress ?? initialProgress(lesson),
      tracker,
      decideOutcome,
      masteryPercent(start.masteryPercent, lesson.masteryPercent),
    );
    // Replace the static "loading" line (Preact would otherwise keep it beside the app).
    root.textContent = "";
    render(
      <TranslateContext.Provider value={translator(i18n)}>
        <Player
          session={session}
          learnerName={start.learnerName}
          standalone={start.standaloneReason !== undefined}
          onDeliveryStatus={(listener) => tracker.onDeliveryStatus(listener)}
        />
      </TranslateContext.Provider>,
      root,
    );
  } catch (error) {
    showLoadError(root, language, error);
  }
}

const root = document.getElementById("app");
if (root) void boot(root);
