// "I want to talk to someone": 111 and the lesson's words about a trusted adult. Opening it
// records nothing and sends nothing (it never touches the session or the tracker).
import type { TalkToSomeone } from "../lesson/lesson-types";
import { useT } from "../i18n/use-translate";
import { ModalDialog } from "../ui/modal-dialog";
import { Paragraphs } from "../ui/paragraphs";

export function TalkDialog({ content, onClose }: { content: TalkToSomeone; onClose: () => void }) {
  const t = useT();
  return (
    <ModalDialog titleId="talk-title" title={content.title} closeLabel={t("talk.close")} onClose={onClose}>
      <p class="big-number" role="img" aria-label={t("talk.numberLabel")}>
        {t("talk.number")}
      </p>
      <Paragraphs lines={content.text} />
      <p class="small-print">{t("talk.private")}</p>
    </ModalDialog>
  );
}
