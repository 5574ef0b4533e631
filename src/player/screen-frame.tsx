// The common frame of every screen: its title as the page's one <h1> (the player moves focus
// there on navigation, hence tabIndex=-1), its sentences, its picture, then its own content.
import type { ComponentChildren } from "preact";
import type { Screen } from "../lesson/lesson-types";
import { NarrationSlot, type Clip } from "../narration/narration-slot";
import { LessonImage } from "../ui/lesson-image";
import { Paragraphs } from "../ui/paragraphs";

export const SCREEN_TITLE_ID = "screen-title";

interface Props {
  screen: Screen;
  /** Shown between the title and the sentences (e.g. the big 111 on the welcome screen). */
  lead?: ComponentChildren;
  /** False hides the sentences and picture (the quiz shows them only with its first question). */
  showText?: boolean;
  /** What the Listen button plays (default: this screen's clip; the quiz adds the question's). */
  narration?: Clip[];
  children?: ComponentChildren;
}

export function ScreenFrame({ screen, lead, showText = true, narration, children }: Props) {
  return (
    <section class={`screen screen-${screen.kind}`} aria-labelledby={SCREEN_TITLE_ID} data-screen-id={screen.id}>
      <h1 id={SCREEN_TITLE_ID} tabIndex={-1}>
        {screen.title}
      </h1>
      <NarrationSlot screen={screen} clips={narration} />
      {lead}
      {showText && (
        <>
          <div class="screen-text">
            <Paragraphs lines={screen.text} />
          </div>
          <LessonImage image={screen.image} />
        </>
      )}
      {children}
    </section>
  );
}
