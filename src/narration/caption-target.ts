// The caption rule: while a sentence is spoken, the player marks the element on the screen whose
// whole text is that sentence. One function, used by the narration controls and by
// test/content/captions.test.ts, which checks that every sentence of every clip finds its element.

/** Elements that can carry a sentence: titles, paragraphs, list items, answer texts, labels. */
export const CAPTION_ELEMENTS = "h1,h2,p,li,span,label,legend";

/** Laid out on the page (display: none, or inside a closed <details>, has no boxes). */
export function hasBox(el: Element): boolean {
  return el.getClientRects().length > 0;
}

/** The first visible element in `screen`, outside `skip` (the narration's own transcript),
 *  whose text, trimmed, is `spoken`; undefined when there is none. */
export function captionTarget(screen: Element, spoken: string, skip: Element | null, shown: (el: Element) => boolean = hasBox): HTMLElement | undefined {
  return [...screen.querySelectorAll<HTMLElement>(CAPTION_ELEMENTS)].find((el) => !skip?.contains(el) && el.textContent?.trim() === spoken && shown(el));
}
