// Back / Next (or Finish on the last screen). Next stays disabled until the screen's activity
// or quiz is done, and says why in words next to it.
import type { ScreenKind } from "../lesson/lesson-types";
import { useT } from "../i18n/use-translate";
import type { UiKey } from "../i18n/setup-i18n";

interface Props {
  canGoBack: boolean;
  isLast: boolean;
  /** Kind of the current screen when it blocks moving on; null when Next is allowed. */
  blockedBy: ScreenKind | null;
  onBack: () => void;
  onNext: () => void;
  onFinish: () => void;
}

export function NavBar({ canGoBack, isLast, blockedBy, onBack, onNext, onFinish }: Props) {
  const t = useT();
  const reason = blockedBy ? t(`nav.reason.${blockedBy}` as UiKey) : "";
  return (
    <nav class="nav-bar" aria-label={t("nav.label")}>
      {reason && (
        <p id="next-reason" class="nav-reason">
          {reason}
        </p>
      )}
      <div class="nav-buttons">
        <button type="button" class="button button-secondary" onClick={onBack} disabled={!canGoBack}>
          <span class="icon-before" aria-hidden="true">←</span>
          {t("nav.back")}
        </button>
        {isLast ? (
          <button type="button" class="button button-primary" onClick={onFinish}>
            {t("nav.finish")}
          </button>
        ) : (
          <button
            type="button"
            class="button button-primary"
            onClick={onNext}
            disabled={!!blockedBy}
            aria-describedby={reason ? "next-reason" : undefined}
          >
            {t("nav.next")}
            <span class="icon-after" aria-hidden="true">→</span>
          </button>
        )}
      </div>
    </nav>
  );
}
