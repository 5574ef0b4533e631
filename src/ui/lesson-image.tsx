// A lesson picture from media/images (copied next to index.html as images/ at build time).
import type { Image } from "../lesson/lesson-types";

export function LessonImage({ image, class: className }: { image: Image | undefined; class?: string }) {
  if (!image) return null;
  return <img class={className ?? "lesson-image"} src={`images/${image.src}`} alt={image.alt} loading="lazy" />;
}
