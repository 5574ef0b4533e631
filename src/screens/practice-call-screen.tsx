// Practice call: dial the lesson's number on the keypad, then talk with the counsellor, then
// read what happens after the call. The rules (and the records) live in call-state.ts.
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { chooseOption, initialCallState, isCallDone, placeCall, type CallChange } from "../activities/practice-call/call-state";
import { CounsellorDialogue } from "../activities/practice-call/counsellor-dialogue";
import { Keypad } from "../activities/practice-call/keypad";
import { useKeypadKeys } from "../activities/practice-call/use-keypad-keys";
import type { PracticeCallScreen } from "../lesson/lesson-types";
import { useT } from "../i18n/use-translate";
import { ScreenFrame } from "../player/screen-frame";
import { Paragraphs } from "../ui/paragraphs";
import type { ScreenProps } from "./screen-props";

const MAX_DIGITS = 12;

export function PracticeCallScreenView({ screen, session, snapshot }: ScreenProps<PracticeCallScreen>) {
  const t = useT();
  const state = snapshot.progress.calls[screen.id] ?? initialCallState;
  const [digits, setDigits] = useState("");
  const [message, setMessage] = useState("");
  const shownAt = useRef(new Date());
  const connectedLine = useRef<HTMLParagraphElement>(null);
  const dialling = state.dial !== "connected";

  // Activity rules always run on the session's latest state, not this render's copy.
  const latest = () => session.state.progress.calls[screen.id] ?? initialCallState;
  const apply = (change: CallChange) =>
    session.update((p) => ({ ...p, calls: { ...p.calls, [screen.id]: change.state } }), change.record ? [change.record] : []);

  const addKey = useCallback((key: string) => {
    setMessage("");
    setDigits((d) => (d.length < MAX_DIGITS ? d + key : d));
  }, []);
  const deleteKey = useCallback(() => {
    setMessage("");
    setDigits((d) => d.slice(0, -1));
  }, []);

  const call = () => {
    if (!digits) return setMessage(t("call.empty"));
    const now = new Date();
    apply(placeCall(screen, latest(), digits, { shownAt: shownAt.current, answeredAt: now }, snapshot.language));
    if (digits !== screen.number) {
      // Clear the display so a young student can simply start again.
      setMessage(t("call.wrongNumber", { dialled: digits, number: screen.number }));
      setDigits("");
    }
    shownAt.current = now;
  };

  // Read through a ref so the key listener always calls with the digits on screen now.
  const callRef = useRef(call);
  callRef.current = call;
  const callFromKeyboard = useCallback(() => callRef.current(), []);
  useKeypadKeys(dialling, addKey, deleteKey, callFromKeyboard);

  // Connecting replaces the keypad, so focus moves to the "connected" line.
  const wasDialling = useRef(dialling);
  useEffect(() => {
    if (wasDialling.current && !dialling) connectedLine.current?.focus();
    wasDialling.current = dialling;
  }, [dialling]);

  // The last good reply ends the call: focus moves to the closing words.
  const done = isCallDone(screen, state);
  const wasDone = useRef(done);
  const endedLine = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!wasDone.current && done) endedLine.current?.focus();
    wasDone.current = done;
  }, [done]);

  const choose = (stepId: string, optionId: string) => {
    const now = new Date();
    apply(chooseOption(screen, latest(), stepId, optionId, { shownAt: shownAt.current, answeredAt: now }, snapshot.language));
    shownAt.current = now;
  };

  return (
    <ScreenFrame screen={screen}>
      {dialling ? (
        <div class="dial">
          <p class="dial-prompt">{screen.dialPrompt}</p>
          <p class="small-print">{t("call.keyboardHint")}</p>
          <Keypad digits={digits} onKey={addKey} onDelete={deleteKey} onCall={call} />
          <p class="hint" aria-live="polite" data-testid="dial-message">
            {message}
          </p>
        </div>
      ) : (
        <>
          <p class="connected" ref={connectedLine} tabIndex={-1}>
            <span aria-hidden="true">✆</span>
            {t("call.connected", { number: screen.number })}
          </p>
          <CounsellorDialogue screen={screen} state={state} onChoose={choose} />
          {done && (
            <div class="after-call">
              <p class="call-ended" ref={endedLine} tabIndex={-1}>
                {t("call.ended")}
              </p>
              <Paragraphs lines={screen.afterCall} />
            </div>
          )}
        </>
      )}
    </ScreenFrame>
  );
}
