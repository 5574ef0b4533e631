// Whether a closed <select> shows its chosen text only in part: on a narrow phone a long choice
// ("Bây giờ có ai gặp nguy hiểm không") is cut to "Bây giờ có ai gặp nguy hiểm k". Measured
// with the select's own font; the arrow takes about 1.5em of the inner width.
let canvas: CanvasRenderingContext2D | null | undefined;

export function isCutShort(select: HTMLSelectElement): boolean {
  const text = select.selectedOptions[0]?.textContent ?? "";
  if (!select.value || !text) return false;
  canvas ??= document.createElement("canvas").getContext("2d");
  if (!canvas) return false;
  const style = getComputedStyle(select);
  canvas.font = style.font;
  const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 1.5 * parseFloat(style.fontSize);
  return canvas.measureText(text).width > room;
}
