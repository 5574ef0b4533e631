// Saves when the page goes away (DESIGN.md: commit when the page is hidden, terminate on pagehide,
// never rely on unload). `visibilitychange` to hidden is the last event a mobile browser reliably
// fires before it may discard the tab; `pagehide` fires on navigation and tab close, and unlike
// `unload` it does not block the back/forward cache.
import type { Tracker } from "./tracker";

/** Binds flush-on-hidden and finish-on-pagehide; returns a function that unbinds both. */
export function bindPageLifecycle(tracker: Tracker, win: Window = window): () => void {
  const doc = win.document;
  const onVisibilityChange = (): void => {
    if (doc.visibilityState === "hidden") tracker.flush();
  };
  const onPageHide = (): void => {
    tracker.finish();
  };
  doc.addEventListener("visibilitychange", onVisibilityChange);
  win.addEventListener("pagehide", onPageHide);
  return () => {
    doc.removeEventListener("visibilitychange", onVisibilityChange);
    win.removeEventListener("pagehide", onPageHide);
  };
}
