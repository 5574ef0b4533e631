// The app root: the current translate function as context (it changes with the language), the
// player, and the language switch wired to the LanguageController.
import { useEffect, useState } from "preact/hooks";
import { TranslateContext } from "../i18n/use-translate";
import type { DeliveryStatus } from "../tracking";
import { Notice } from "../ui/notice";
import type { LanguageController, LanguageState } from "./language-controller";
import { LanguageSwitch } from "./language-switch";
import type { LessonSession } from "./lesson-session";
import { Player, type Unrecorded } from "./player";

interface Props {
  session: LessonSession;
  languages: LanguageController;
  learnerName: string;
  unrecorded: Unrecorded;
  onDeliveryStatus: (listener: (status: DeliveryStatus) => void) => () => void;
}

export function LessonApp({ session, languages, learnerName, unrecorded, onDeliveryStatus }: Props) {
  const language = useLanguageState(languages);
  return (
    <TranslateContext.Provider value={language.translate}>
      <Player
        session={session}
        learnerName={learnerName}
        unrecorded={unrecorded}
        onDeliveryStatus={onDeliveryStatus}
        languageSwitch={
          <LanguageSwitch
            options={language.options}
            current={language.language}
            busy={language.busy}
            onChoose={(code) => void languages.switchTo(code)}
          />
        }
        notices={
          language.failed && (
            <Notice tone="calm" testId="language-notice">
              {language.translate("language.failed")}
            </Notice>
          )
        }
      />
    </TranslateContext.Provider>
  );
}

function useLanguageState(controller: LanguageController): LanguageState {
  const [state, setState] = useState(controller.state);
  useEffect(() => {
    setState(controller.state);
    return controller.subscribe(setState);
  }, [controller]);
  return state;
}
