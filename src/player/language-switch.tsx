// The language switch in the header of every screen: one toggle button per language, each named
// in its own language ("Tiếng Việt", "English") and marked with that language (lang=…) so screen
// readers pronounce it right. The current language is the pressed one. Switching keeps the
// student's place and answers (see language-controller.ts); focus stays on the pressed button.
import { useT } from "../i18n/use-translate";
import type { LanguageOption } from "./language-controller";

interface Props {
  options: readonly LanguageOption[];
  current: string;
  busy: boolean;
  onChoose: (language: string) => void;
}

export function LanguageSwitch({ options, current, busy, onChoose }: Props) {
  const t = useT();
  if (options.length < 2) return null;
  return (
    <div class="language-switch" role="group" aria-label={t("language.label")} aria-busy={busy ? "true" : undefined} data-testid="language-switch">
      <svg class="language-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" stroke-width="1.8" />
        <path d="M2.5 12h19M12 2.5c2.6 2.7 3.9 5.9 3.9 9.5s-1.3 6.8-3.9 9.5M12 2.5C9.4 5.2 8.1 8.4 8.1 12s1.3 6.8 3.9 9.5" fill="none" stroke="currentColor" stroke-width="1.5" />
      </svg>
      <span class="language-options">
      {options.map((o) => (
        <button
          key={o.code}
          type="button"
          class="language-option"
          lang={o.code}
          aria-pressed={o.code === current ? "true" : "false"}
          data-language={o.code}
          onClick={() => onChoose(o.code)}
        >
          {o.name}
        </button>
      ))}
      </span>
    </div>
  );
}
