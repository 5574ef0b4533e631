// After moving to another screen, the new screen's title takes focus (screen readers read it,
// the next Tab starts there) and the page scrolls to the top. Not on the first render: the page
// starts at the top anyway, and screen readers begin there.
import { useEffect, useRef } from "preact/hooks";
import { SCREEN_TITLE_ID } from "./screen-frame";

export function useTitleFocusOnMove(moves: readonly unknown[]): void {
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    document.getElementById(SCREEN_TITLE_ID)?.focus();
  }, moves);
}
