// A polite live region that is always in the page, so changes to its text are announced
// (a region that appears together with its text is often not read).
export function LiveRegion({ text, visible = false }: { text: string; visible?: boolean }) {
  return (
    <p class={visible ? "live-region" : "visually-hidden"} aria-live="polite" aria-atomic="true">
      {text}
    </p>
  );
}
