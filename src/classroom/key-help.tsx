// The presenter keys, listed in a dialog (opened with ? or the Keys button).
import { useT } from "../i18n/use-translate";
import type { UiKey } from "../i18n/setup-i18n";
import { ModalDialog } from "../ui/modal-dialog";

const ROWS: [keys: UiKey, action: UiKey][] = [
  ["classroom.keys.nextKeys", "classroom.keys.next"],
  ["classroom.keys.backKeys", "classroom.keys.back"],
  ["classroom.keys.revealKeys", "classroom.keys.reveal"],
  ["classroom.keys.notesKeys", "classroom.keys.notes"],
  ["classroom.keys.helpKeys", "classroom.keys.help"],
];

export function KeyHelp({ onClose }: { onClose: () => void }) {
  const t = useT();
  return (
    <ModalDialog titleId="keys-title" title={t("classroom.keys.title")} closeLabel={t("talk.close")} onClose={onClose}>
      <dl class="key-list">
        {ROWS.map(([keys, action]) => (
          <div class="key-row" key={keys}>
            <dt>{t(keys)}</dt>
            <dd>{t(action)}</dd>
          </div>
        ))}
      </dl>
      <p class="small-print">{t("classroom.keys.private")}</p>
    </ModalDialog>
  );
}
