// The simulated conversation after the call connects: finished steps as a chat log, then the
// current step's counsellor line with reply buttons. A less helpful reply shows its hint and
// stays marked (aria-disabled, still focusable so focus is never lost); the student chooses again.
import { useEffect, useRef } from "preact/hooks";
import type { DialogueStep, PracticeCallScreen } from "../../lesson/lesson-types";
import { useT } from "../../i18n/use-translate";
import { currentStepIndex, type CallState } from "./call-state";

interface Props {
  screen: PracticeCallScreen;
  state: CallState;
  onChoose: (stepId: string, optionId: string) => void;
}

export function CounsellorDialogue({ screen, state, onChoose }: Props) {
  const t = useT();
  const current = currentStepIndex(screen, state);
  const currentLine = useRef<HTMLParagraphElement>(null);
  const mounted = useRef(false);
  // When a step is answered well, bring focus to the counsellor's next line so keyboard and
  // screen-reader users continue from there.
  useEffect(() => {
    if (mounted.current) currentLine.current?.focus();
    mounted.current = true;
  }, [current]);

  return (
    <section class="dialogue" aria-label={t("call.conversationLabel")}>
      <ol class="chat">
        {screen.conversation.slice(0, current + 1).map((step, i) => (
          <DialogueTurn
            key={step.id}
            step={step}
            tried={state.choices[step.id] ?? []}
            isCurrent={i === current}
            lineRef={i === current ? currentLine : undefined}
            onChoose={(optionId) => onChoose(step.id, optionId)}
          />
        ))}
      </ol>
    </section>
  );
}

interface TurnProps {
  step: DialogueStep;
  tried: readonly string[];
  isCurrent: boolean;
  lineRef: { current: HTMLParagraphElement | null } | undefined;
  onChoose: (optionId: string) => void;
}

function DialogueTurn({ step, tried, isCurrent, lineRef, onChoose }: TurnProps) {
  const t = useT();
  const last = step.options.find((o) => o.id === tried[tried.length - 1]);
  const chosenGood = step.options.find((o) => o.good && tried.includes(o.id));
  return (
    <li class="turn">
      <p class="bubble bubble-counsellor" ref={lineRef} tabIndex={-1}>
        <span class="speaker">{t("call.counsellor")}: </span>
        {step.counsellor}
      </p>
      {chosenGood && (
        <>
          <p class="bubble bubble-child">
            <span class="speaker">{t("call.you")}: </span>
            {chosenGood.text}
          </p>
          <p class="bubble bubble-counsellor">
            <span class="speaker">{t("call.counsellor")}: </span>
            {chosenGood.feedback}
          </p>
        </>
      )}
      {isCurrent && (
        <div class="replies" role="group" aria-labelledby={`reply-label-${step.id}`}>
          <p id={`reply-label-${step.id}`} class="replies-label">
            {t("call.chooseReply")}
          </p>
          {step.options.map((option) => {
            const wasTried = tried.includes(option.id);
            return (
              <button
                key={option.id}
                type="button"
                class={`button reply${wasTried ? " reply-tried" : ""}`}
                aria-disabled={wasTried ? "true" : undefined}
                onClick={() => !wasTried && onChoose(option.id)}
              >
                {option.text}
              </button>
            );
          })}
          <p class="hint" aria-live="polite">
            {last && !last.good ? `${last.feedback} ${t("call.tryAgain")}` : ""}
          </p>
        </div>
      )}
    </li>
  );
}
