// The classroom (projector) shell: the learner's header (title, language switch, "I want to talk
// to someone", step), the current screen through the classroom registry, the teacher's notes
// panel, and a presenter bar (Back, Reveal, Notes, Keys, Next) that the presenter keys drive too.
// Navigation is free in both directions: the class moves on when the teacher says so.
import type { ComponentChildren } from "preact";
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { useT } from "../i18n/use-translate";
import type { LessonSession } from "../player/lesson-session";
import { PlayerHeader } from "../player/player-header";
import { TalkDialog } from "../player/talk-dialog";
import { useSessionSnapshot } from "../player/use-session";
import { useTitleFocusOnMove } from "../player/use-title-focus";
import { Notice } from "../ui/notice";
import { renderClassroomScreen } from "./classroom-screens";
import { KeyHelp } from "./key-help";
import { NotesPanel, NOTES_ID } from "./notes-panel";
import { focusKind, presenterAction, type PresenterAction } from "./presenter-keys";
import { ScreenStepsContext, type ScreenSteps } from "./screen-steps";

/** Scrolls most of a window-height down (1) or up (-1) when there is more page that way; false
 *  when the page is already at that end. Instant, not smooth: a second press must see where the
 *  first one got to. */
function scrollPage(direction: 1 | -1): boolean {
  const page = document.documentElement;
  const bar = document.querySelector(".presenter-bar")?.getBoundingClientRect().height ?? 0;
  const left = direction > 0 ? page.scrollHeight - (window.scrollY + window.innerHeight) : window.scrollY;
  if (left <= 4) return false;
  window.scrollBy(0, direction * Math.max(80, window.innerHeight - bar - 80));
  return true;
}

interface Props {
  session: LessonSession;
  languageSwitch?: ComponentChildren;
  notices?: ComponentChildren;
}

export function ClassroomPlayer({ session, languageSwitch, notices }: Props) {
  const t = useT();
  const snapshot = useSessionSnapshot(session);
  const { lesson, progress, language } = snapshot;
  const [talkOpen, setTalkOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [notesOpen, setNotesOpen] = useState(false);
  const [canReveal, setCanReveal] = useState(false);
  const steps = useRef<ScreenSteps | null>(null);
  const talkButton = useRef<HTMLButtonElement>(null);
  const total = lesson.screens.length;
  const screen = lesson.screens[progress.current];

  const registerSteps = useCallback((s: ScreenSteps | null) => {
    steps.current = s;
    setCanReveal(!!s?.reveal && s.canReveal !== false);
  }, []);

  useTitleFocusOnMove([progress.current]);

  /** `byKey`: keys scroll a long screen first; the buttons always move (a mouse can scroll). */
  const act = (action: PresenterAction, byKey = false) => {
    const current = session.state.progress.current;
    switch (action) {
      case "next":
        // A clicker is all the teacher may hold: the rest of a long screen comes first.
        if (byKey && scrollPage(1)) return;
        if (!steps.current?.next?.()) session.goTo(current + 1);
        return;
      case "back":
        if (byKey && scrollPage(-1)) return;
        if (!steps.current?.back?.()) session.goTo(current - 1);
        return;
      case "reveal":
        if (steps.current?.canReveal !== false) steps.current?.reveal?.();
        return;
      case "notes":
        setNotesOpen((open) => !open);
        return;
      case "help":
        setHelpOpen(true);
        return;
    }
  };
  const actRef = useRef(act);
  actRef.current = act;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const dialogOpen = !!document.querySelector("[aria-modal='true']");
      const action = presenterAction(event, focusKind(document.activeElement), dialogOpen);
      if (!action) return;
      event.preventDefault();
      actRef.current(action, true);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  if (!screen) return null;
  const atStart = progress.current === 0;
  const atEnd = progress.current === total - 1;
  return (
    <div class={notesOpen ? "app classroom-app notes-open" : "app classroom-app"}>
      <PlayerHeader
        title={lesson.title}
        greeting=""
        step={progress.current + 1}
        total={total}
        onTalk={() => setTalkOpen(true)}
        talkButtonRef={talkButton}
        languageSwitch={languageSwitch}
      />
      <div class="notices">
        <Notice tone="info" testId="classroom-notice">
          {t("classroom.notice")}
        </Notice>
        {notices}
      </div>
      <div class="classroom-body">
        <main id="main" class="app-main">
          <ScreenStepsContext.Provider value={registerSteps}>{renderClassroomScreen(screen, { session, snapshot })}</ScreenStepsContext.Provider>
        </main>
        {notesOpen && <NotesPanel screen={screen} language={language} />}
      </div>
      <nav class="nav-bar presenter-bar" aria-label={t("classroom.bar.label")}>
        <div class="nav-buttons">
          <button type="button" class="button button-secondary" onClick={() => act("back")} disabled={atStart && !steps.current?.back}>
            <span class="icon-before" aria-hidden="true">←</span>
            {t("nav.back")}
          </button>
          <button type="button" class="button button-secondary" onClick={() => act("reveal")} disabled={!canReveal} data-testid="reveal-button">
            {t("classroom.reveal")}
          </button>
          <button type="button" class="button button-secondary" onClick={() => act("notes")} aria-expanded={notesOpen ? "true" : "false"} aria-controls={notesOpen ? NOTES_ID : undefined} data-testid="notes-button">
            {t("classroom.notes.button")}
          </button>
          <button type="button" class="button button-secondary" onClick={() => act("help")} aria-haspopup="dialog">
            {t("classroom.keys.button")}
          </button>
          <button type="button" class="button button-primary" onClick={() => act("next")} disabled={atEnd && !steps.current?.next}>
            {t("nav.next")}
            <span class="icon-after" aria-hidden="true">→</span>
          </button>
        </div>
      </nav>
      {talkOpen && <TalkDialog content={lesson.talkToSomeone} onClose={() => setTalkOpen(false)} />}
      {helpOpen && <KeyHelp onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
