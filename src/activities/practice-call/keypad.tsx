// An on-screen phone keypad. Every key is a real <button> (mouse, touch, keyboard focus), and
// digits typed on a physical keyboard work too (see use-keypad-keys.ts).
import { useT } from "../../i18n/use-translate";

const KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#"] as const;

interface Props {
  digits: string;
  onKey: (key: string) => void;
  onDelete: () => void;
  onCall: () => void;
}

export function Keypad({ digits, onKey, onDelete, onCall }: Props) {
  const t = useT();
  const name = (key: string) => (key === "*" ? t("call.star") : key === "#" ? t("call.hash") : key);
  return (
    <div class="phone">
      <p class="phone-display-label" id="dial-display-label">
        {t("call.display")}
      </p>
      <output class="phone-display" aria-labelledby="dial-display-label" aria-live="polite" data-testid="dialled-number">
        {digits || <span class="phone-display-empty">{t("call.displayEmpty")}</span>}
      </output>
      <div class="keypad" role="group" aria-label={t("call.keypadLabel")}>
        {KEYS.map((key) => (
          <button key={key} type="button" class="key" aria-label={name(key)} onClick={() => onKey(key)}>
            {key}
          </button>
        ))}
      </div>
      <div class="phone-actions">
        <button type="button" class="button key-delete" onClick={onDelete} aria-label={t("call.delete")}>
          <span aria-hidden="true">⌫</span>
        </button>
        <button type="button" class="button key-call" onClick={onCall}>
          <span class="icon-before" aria-hidden="true">✆</span>
          {t("call.call")}
        </button>
      </div>
    </div>
  );
}
