// Test helpers: the valid fixture lessons, a way to break them in exactly one place, and the
// formatted problems a broken source produces (the lines an author would see in the build).
import fs from "node:fs";
import path from "node:path";
import { formatProblem, parseLesson } from "../../../src/lesson/parse-lesson";

export const FIXTURE_LESSONS = path.resolve(import.meta.dirname, "../../content/fixtures/lessons");
export const FIXTURE_IMAGES = path.resolve(import.meta.dirname, "../../content/fixtures/media/images");
export const FIXTURE_VI = fs.readFileSync(path.join(FIXTURE_LESSONS, "primary/vi.yaml"), "utf8");
export const FIXTURE_EN = fs.readFileSync(path.join(FIXTURE_LESSONS, "primary/en.yaml"), "utf8");

/** The source with `from` replaced by `to`; `from` must occur exactly once, so the test breaks
 *  the place it means to. */
export function changed(source: string, from: string, to: string): string {
  const count = source.split(from).length - 1;
  if (count !== 1) throw new Error(`expected ${JSON.stringify(from)} once in the fixture, found ${count}`);
  return source.replace(from, to);
}

/** Formatted problems of a source, as printed by the build; [] when it parses. */
export function problemsIn(source: string, file = "lessons/primary/vi.yaml"): string[] {
  const outcome = parseLesson(source, file);
  return outcome.ok ? [] : outcome.problems.map(formatProblem);
}
