// Listen / pause, replay and mute for the clip(s) of the current view, the transcript
// ("Xem lời đọc"), and the caption: the on-screen sentence being spoken gets the class
// "narration-now". Leaving the view (unmount, or other clips) stops the sound.
import { useContext, useEffect, useRef, useState } from "preact/hooks";
import { useT } from "../i18n/use-translate";
import "./narration.css";
import { captionTarget } from "./caption-target";
import { hubFor, type ClipRequest } from "./narration-hub";
import { screenParts } from "./narration-script";
import { NarrationContext, type SlotProps } from "./narration-slot";

export function NarrationControls({ screen, clips: given }: SlotProps) {
  const setup = useContext(NarrationContext);
  const hub = setup && hubFor(setup);
  const clips = given ?? [{ id: screen.id, parts: screenParts(screen) }];
  const language = hub?.language() ?? "";
  const t = useT();
  const [, setTick] = useState(0);
  const rerender = () => setTick((n) => n + 1);
  const box = useRef<HTMLDivElement>(null);
  const key = `${language}:${clips.map((c) => c.id).join("+")}`;
  // The same object for as long as the view shows the same clips.
  const request = useRef<ClipRequest>({ language, clips });
  if (`${request.current.language}:${request.current.clips.map((c) => c.id).join("+")}` !== key) request.current = { language, clips };

  useEffect(() => hub?.subscribe(rerender), [hub]);
  useEffect(() => {
    if (!hub) return;
    const req = request.current;
    if (hub.shouldAutoplay()) hub.play(req, true);
    return () => hub.stop(req);
  }, [hub, key]);

  const current = !!hub && hub.isCurrent(request.current);
  const state = current && hub ? hub.state : { status: "idle", clip: -1, part: -1 };
  const spoken = clips[state.clip]?.parts[state.part];

  // Caption: mark the visible element whose text is the sentence being spoken.
  useEffect(() => {
    const screen = box.current?.closest("section") ?? null;
    if (!screen || !spoken || state.status === "idle") return;
    const target = captionTarget(screen, spoken, box.current);
    target?.classList.add("narration-now");
    return () => target?.classList.remove("narration-now");
  }, [spoken, state.status]);

  if (!hub) return null;
  const playing = state.status === "playing" || state.status === "loading";
  const all = clips.flatMap((c, i) => c.parts.map((p, j) => ({ p, now: i === state.clip && j === state.part })));
  return (
    <div class="narration" ref={box} role="group" aria-label={t("narration.label")} data-narration-state={state.status}>
      <div class="narration-buttons">
        <button type="button" class="button button-primary narration-play" onClick={() => (playing ? hub.pause() : hub.play(request.current))}>
          <span class="narration-icon icon-before" aria-hidden="true">
            {playing ? "❚❚" : "▶"}
          </span>
          {playing ? t("narration.pause") : t("narration.play")}
        </button>
        <button type="button" class="button narration-replay" onClick={() => hub.play(request.current, true)} aria-label={t("narration.replay")} title={t("narration.replay")}>
          <span class="narration-icon" aria-hidden="true">
            ↺
          </span>
        </button>
        {/* Icon only, so the three buttons stay on one row on a phone; the name stays "Mute",
            aria-pressed says whether it is on. */}
        <button type="button" class="button narration-mute" aria-pressed={hub.muted} onClick={() => hub.setMuted(!hub.muted)} aria-label={t("narration.mute")} title={t("narration.mute")}>
          <span class="narration-icon" aria-hidden="true">
            {hub.muted ? "🔇" : "🔊"}
          </span>
        </button>
      </div>
      {state.status === "error" && (
        <p class="narration-notice" role="status">
          {t("narration.missing")}
        </p>
      )}
      <details class="narration-transcript">
        <summary>{t("narration.transcript")}</summary>
        <ol>
          {all.map(({ p, now }, i) => (
            <li key={i} class={now ? "narration-now" : undefined}>
              {p}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
