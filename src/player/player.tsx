// The player shell: header, notices, the current screen, navigation and the talk dialog.
// State lives in the LessonSession; this component only renders it and wires buttons to it.
import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { useT } from "../i18n/use-translate";
import { preloadScreens, renderScreen } from "../screens/screen-registry";
import type { DeliveryStatus } from "../tracking";
import { Notice } from "../ui/notice";
import { greetingName } from "./launch";
import type { LessonSession } from "./lesson-session";
import { NavBar } from "./nav-bar";
import { PlayerHeader } from "./player-header";
import { isScreenDone } from "./progress";
import { SCREEN_TITLE_ID } from "./screen-frame";
import { TalkDialog } from "./talk-dialog";
import { useSessionSnapshot } from "./use-session";
import { useTitleFocusOnMove } from "./use-title-focus";

/** Why this session's results are not recorded, if they are not: no LMS ("preview: results not
 *  sent"), or an LMS that opened the lesson to review ("your results stay as they are"). */
export type Unrecorded = "standalone" | "look-only" | null;

const UNRECORDED_NOTICE = { standalone: "notice.standalone", "look-only": "notice.lookOnly" } as const;

export interface PlayerProps {
  session: LessonSession;
  learnerName: string;
  unrecorded: Unrecorded;
  onDeliveryStatus: (listener: (status: DeliveryStatus) => void) => () => void;
  /** The language switch, shown in the header of every screen. */
  languageSwitch?: ComponentChildren;
  /** More notices under the header (e.g. a language that could not be loaded). */
  notices?: ComponentChildren;
}

export function Player({ session, learnerName, unrecorded, onDeliveryStatus, languageSwitch, notices }: PlayerProps) {
  const t = useT();
  const snapshot = useSessionSnapshot(session);
  const { lesson, progress, finished } = snapshot;
  const [talkOpen, setTalkOpen] = useState(false);
  const [delivery, setDelivery] = useState<DeliveryStatus>("ok");
  const talkButton = useRef<HTMLButtonElement>(null);
  useEffect(() => onDeliveryStatus(setDelivery), [onDeliveryStatus]);
  // Fetch the activity and quiz screens once the first screen is up, not before.
  useEffect(() => {
    const timer = setTimeout(preloadScreens, 1500);
    return () => clearTimeout(timer);
  }, []);

  useTitleFocusOnMove([progress.current, finished]);

  const screen = lesson.screens[progress.current];
  if (!screen) return null;
  const total = lesson.screens.length;
  const done = isScreenDone(screen, progress);

  return (
    <div class="app">
      <PlayerHeader
        title={lesson.title}
        greeting={greetingName(learnerName)}
        step={progress.current + 1}
        total={total}
        onTalk={() => setTalkOpen(true)}
        talkButtonRef={talkButton}
        languageSwitch={languageSwitch}
      />
      <div class="notices">
        {unrecorded && (
          <Notice tone="info" testId={`${unrecorded}-notice`}>
            {t(UNRECORDED_NOTICE[unrecorded])}
          </Notice>
        )}
        {delivery === "retrying" && (
          <Notice tone="calm" testId="delivery-notice">
            {t("notice.retrying")}
          </Notice>
        )}
        {notices}
      </div>
      <main id="main" class="app-main">
        {finished ? (
          <section class="screen screen-finished" aria-labelledby={SCREEN_TITLE_ID}>
            <h1 id={SCREEN_TITLE_ID} tabIndex={-1}>
              {t("finished.title")}
            </h1>
            <p class="big-number" aria-hidden="true">
              111
            </p>
            <p>{t("finished.text")}</p>
          </section>
        ) : (
          renderScreen(screen, { session, snapshot })
        )}
      </main>
      {!finished && (
        <NavBar
          canGoBack={progress.current > 0}
          isLast={progress.current === total - 1}
          blockedBy={done ? null : screen.kind}
          onBack={() => session.goTo(progress.current - 1)}
          onNext={() => session.goTo(progress.current + 1)}
          onFinish={() => session.finish()}
        />
      )}
      {talkOpen && <TalkDialog content={lesson.talkToSomeone} onClose={() => setTalkOpen(false)} />}
    </div>
  );
}
