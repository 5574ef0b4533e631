// Top of every screen: lesson title, greeting, the language switch, the "talk to someone"
// button, and progress.
import type { ComponentChildren } from "preact";
import { useT } from "../i18n/use-translate";

interface Props {
  title: string;
  greeting: string;
  step: number;
  total: number;
  onTalk: () => void;
  talkButtonRef: { current: HTMLButtonElement | null };
  /** The language switch (absent when the band has one language). */
  languageSwitch?: ComponentChildren;
}

export function PlayerHeader({ title, greeting, step, total, onTalk, talkButtonRef, languageSwitch }: Props) {
  const t = useT();
  const stepText = t("header.step", { current: step, total });
  return (
    <header class="app-header">
      <div class="app-header-row">
        <div class="app-title">
          <p class="lesson-title">{title}</p>
          {greeting && <p class="greeting">{t("header.greeting", { name: greeting })}</p>}
        </div>
        <div class="app-header-actions">
          {languageSwitch}
          <button ref={talkButtonRef} type="button" class="button talk-button" onClick={onTalk} aria-haspopup="dialog">
            <span class="talk-icon icon-before" aria-hidden="true">
              ♥
            </span>
            {t("talk.button")}
          </button>
        </div>
      </div>
      <div class="progress" aria-label={t("header.progressLabel")} role="group">
        <p class="progress-text">{stepText}</p>
        {/* The text above carries the information; the bar is a picture of it. */}
        <div class="progress-bar" aria-hidden="true">
          <div class="progress-fill" style={{ width: `${Math.round((step / Math.max(1, total)) * 100)}%` }} />
        </div>
      </div>
    </header>
  );
}
