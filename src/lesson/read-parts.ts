// Readers for the small pieces that several screen kinds share: options, images, cards.
import type { Card, Image, Option } from "./lesson-types";
import { type FieldReader, type Fields } from "./field-reader";
import { checkScorm12Count, checkUniqueIds } from "./id-checks";
import { itemPath, joinPath } from "./lesson-problem";

/** A plain file name inside media/images/: no folders (so nothing outside it can be pulled into a
 *  package) and a picture type every 2020 browser shows. */
const IMAGE_FILE = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.(?:svg|png|jpg|webp)$/;

/** A list of {id, text} entries: ids unique in the list, at most 36 for SCORM 1.2. */
export function readOptions(r: FieldReader, fields: Fields, key: string, path: string, min: number, noun: string): Option[] {
  const at = joinPath(path, key);
  const options = r.list(fields, key, path, min, noun).map((raw, i) => {
    const p = itemPath(at, i);
    const f = r.fields(raw, p);
    if (!f) return { id: "", text: "" };
    r.onlyKeys(f, p, ["id", "text"]);
    return { id: r.id(f, "id", p), text: r.text(f, "text", p) };
  });
  checkUniqueIds(r, options.map((o, i) => ({ id: o.id, path: joinPath(itemPath(at, i), "id") })), noun);
  checkScorm12Count(r, options.length, at, noun);
  return options;
}

export function readImage(r: FieldReader, fields: Fields, path: string): Image | undefined {
  if (fields.image === undefined) return undefined;
  const p = joinPath(path, "image");
  const f = r.fields(fields.image, p);
  if (!f) return undefined;
  r.onlyKeys(f, p, ["src", "alt"]);
  const src = r.text(f, "src", p);
  if (src && !IMAGE_FILE.test(src)) {
    r.report(
      joinPath(p, "src"),
      `"${src}" must be a plain file name inside media/images/ (no folders), ending in .svg, .png, .jpg or .webp`,
    );
  }
  return { src, alt: r.textOrEmpty(f, "alt", p) };
}

const TONES = ["safe", "unsafe", "neutral"] as const;

export function readCard(r: FieldReader, raw: unknown, path: string): Card {
  const f = r.fields(raw, path);
  if (!f) return { title: "", text: "" };
  r.onlyKeys(f, path, ["title", "text", "image", "tone"]);
  const card: Card = { title: r.text(f, "title", path), text: r.text(f, "text", path) };
  const image = readImage(r, f, path);
  if (image) card.image = image;
  if (f.tone !== undefined) card.tone = r.oneOf(f, "tone", path, TONES, "tone") ?? "neutral";
  return card;
}
