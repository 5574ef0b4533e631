// The narration's place in the first screen's JavaScript: only this. The controls (and their
// styles) are a separate chunk fetched as soon as a screen renders; howler is fetched later still,
// on the first Play (narrator.ts). main.tsx provides the setup.
import { createContext, type ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { Screen } from "../lesson/lesson-types";

export interface NarrationSetup {
  /** The learner's saved audio preference at launch. */
  muted: boolean;
  saveMuted(muted: boolean): void;
  /** The lesson's language now (it can change during the lesson). */
  language(): string;
}

export interface Clip {
  id: string;
  parts: string[];
}

export interface SlotProps {
  screen: Screen;
  /** What Listen plays; default: the screen's own clip. */
  clips?: Clip[];
}

export const NarrationContext = createContext<NarrationSetup | null>(null);

let loaded: ComponentType<SlotProps> | null = null;
let pending: Promise<ComponentType<SlotProps>> | null = null;

export function NarrationSlot(props: SlotProps) {
  const [Controls, setControls] = useState(() => loaded);
  useEffect(() => {
    if (Controls) return;
    pending ??= import("./narration-controls").then((m) => (loaded = m.NarrationControls));
    // Offline or a broken chunk: the lesson simply has no narration controls.
    pending.then((c) => setControls(() => c), () => (pending = null));
  }, []);
  return Controls ? <Controls {...props} /> : <div class="narration-slot" />;
}
