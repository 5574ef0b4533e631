// Provided at build time by scorm/lessons-plugin.ts for the band being built.
declare module "virtual:lesson" {
  import type { LanguagePack, LoadErrorText } from "../i18n/language-pack";
  import type { Band } from "./lesson-types";
  export const band: Band;
  /** Languages this band's package holds, each named in itself; the first is the default. */
  export const languages: readonly { code: string; name: string }[];
  /** The load-error page's words in every language (built in: it shows when data failed). */
  export const loadErrorText: Readonly<Record<string, LoadErrorText>>;
  /** Fetches one language's lesson and UI strings. */
  export function loadPack(language: string): Promise<LanguagePack>;
}
