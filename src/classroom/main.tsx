// Composition root of classroom (projector) mode, classroom.html: the same lesson, screens,
// activities, quiz kinds and narration as the learner's player, shown by a teacher to the whole
// class. Nothing is recorded or sent: the ClassroomTracker does nothing and no LMS is looked for.
// Built as one classic script (vite.config.ts, CLASSROOM_BUILD) so it also runs from file://.
import "../styles/base.css";
import "../styles/layout.css";
import "../styles/controls.css";
import "../styles/screens.css";
import "../styles/activities.css";
import "../styles/quiz.css";
import "../styles/print.css";
import "../styles/language-switch.css";
import "./classroom.css";
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { setupI18n } from "../i18n/setup-i18n";
import type { UiStrings } from "../i18n/ui-strings";
import { TranslateContext } from "../i18n/use-translate";
import { LanguageController, type LanguageOption, type LanguageState } from "../player/language-controller";
import { LanguageSwitch } from "../player/language-switch";
import { LessonSession } from "../player/lesson-session";
import { showLoadError } from "../player/load-error";
import { initialProgress } from "../player/progress";
import { NarrationContext } from "../narration/narration-slot";
import { masteryPercent } from "../quiz/quiz-session";
// Straight from the two modules, not the tracking front door: that one also exports the LMS
// discovery, and none of it may be in this bundle (test/packaging/classroom.test.ts checks).
import { ClassroomTracker } from "../tracking/classroom-tracker";
import { decideOutcome } from "../tracking/completion-rules";
import { Notice } from "../ui/notice";
import { ClassroomPlayer } from "./classroom-player";
import { classroomErrorText, classroomLanguages, classroomUi } from "./classroom-strings";
import { classroomData } from "./lesson-scripts";

/** The band's languages, written on <html data-languages="vi en"> by the build, that have UI strings. */
function pageLanguages(): LanguageOption[] {
  const listed = (document.documentElement.getAttribute("data-languages") ?? "vi").split(/\s+/).filter(Boolean);
  return classroomLanguages(listed);
}

/** ?lang=en picks the starting language (the classroom zip's start page links that way). */
function startLanguage(languages: readonly string[]): string {
  const asked = new URLSearchParams(window.location.search).get("lang") ?? "";
  return languages.includes(asked) ? asked : languages.includes("vi") ? "vi" : (languages[0] ?? "vi");
}

async function boot(root: HTMLElement): Promise<void> {
  const options = pageLanguages();
  const language = startLanguage(options.map((o) => o.code));
  try {
    const [i18n, data] = await Promise.all([setupI18n(language, classroomUi[language] as UiStrings), classroomData(language)]);
    const lesson = data.lesson;
    document.title = lesson.title;
    const tracker = new ClassroomTracker();
    // Every screen counts as seen: the teacher may go anywhere, in any order.
    const progress = { ...initialProgress(lesson), seenCount: lesson.screens.length };
    const session = new LessonSession(lesson, language, progress, tracker, decideOutcome, masteryPercent(null, lesson.masteryPercent));
    const switcher = new LanguageController(session, i18n, options, (code) => classroomData(code).then((d) => ({ lesson: d.lesson, ui: classroomUi[code] as UiStrings })));
    const narration = { muted: false, saveMuted: () => undefined, language: () => session.state.language };
    root.textContent = "";
    render(
      <NarrationContext.Provider value={narration}>
        <ClassroomApp session={session} languages={switcher} />
      </NarrationContext.Provider>,
      root,
    );
  } catch (error) {
    // No LMS session to keep here: trying again is reloading the page.
    showLoadError(root, classroomErrorText, language, error, () => window.location.reload());
  }
}

function ClassroomApp({ session, languages }: { session: LessonSession; languages: LanguageController }) {
  const [state, setState] = useState<LanguageState>(languages.state);
  useEffect(() => languages.subscribe(setState), [languages]);
  return (
    <TranslateContext.Provider value={state.translate}>
      <ClassroomPlayer
        session={session}
        languageSwitch={<LanguageSwitch options={state.options} current={state.language} busy={state.busy} onChoose={(code) => void languages.switchTo(code)} />}
        notices={
          state.failed && (
            <Notice tone="calm" testId="language-notice">
              {state.translate("language.failed")}
            </Notice>
          )
        }
      />
    </TranslateContext.Provider>
  );
}

document.documentElement.classList.add("classroom");
const root = document.getElementById("app");
if (root) void boot(root);
