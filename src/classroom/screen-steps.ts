// How a classroom screen takes part in the presenter's keys: the quiz moves between its own
// questions before Next/Back leave the screen, and the quiz and the sorting offer Reveal. A screen
// registers its steps while it is shown; the classroom player asks it first.
import { createContext } from "preact";
import { useContext, useLayoutEffect } from "preact/hooks";

export interface ScreenSteps {
  /** One step forward inside the screen; false when the screen has none left (leave it). */
  next?(): boolean;
  /** One step back inside the screen; false when at its start. */
  back?(): boolean;
  /** Shows the answer, where the screen has one to show. */
  reveal?(): void;
  /** False once everything is revealed (the Reveal button is then disabled). */
  canReveal?: boolean;
}

export const ScreenStepsContext = createContext<(steps: ScreenSteps | null) => void>(() => undefined);

/** Registers this screen's steps after every render, removed on leaving. A layout effect: it runs
 *  as the render commits, so a key pressed straight after (a clicker pressed twice) already acts
 *  on the new question, never on the one before. */
export function useScreenSteps(steps: ScreenSteps): void {
  const register = useContext(ScreenStepsContext);
  useLayoutEffect(() => {
    register(steps);
  });
  useLayoutEffect(() => () => register(null), [register]);
}
