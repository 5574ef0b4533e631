// Provided at build time by scorm/lessons-plugin.ts for the band being built.
declare module "virtual:lesson" {
  import type { Band, Lesson } from "./lesson-types";
  export const band: Band;
  /** Languages this band's package holds; the first is the default. */
  export const languages: readonly string[];
  export function loadLesson(language: string): Promise<Lesson>;
}
