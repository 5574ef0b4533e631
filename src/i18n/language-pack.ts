// What one language of a band ships as: its lesson and its UI strings, in one data file
// (lesson/<lang>-<hash>.json, made by scorm/lessons-plugin.ts). Data, not code: the words cost
// no JavaScript, and a language nobody picks is never fetched.
import type { Lesson } from "../lesson/lesson-types";
import type { LOAD_ERROR_KEYS, UiStrings } from "./ui-strings";

export interface LanguagePack {
  lesson: Lesson;
  ui: UiStrings;
}

/** The few strings the load-error page needs before any data file has arrived: built into the
 *  app for every language (see LOAD_ERROR_KEYS). */
export type LoadErrorText = Pick<UiStrings, (typeof LOAD_ERROR_KEYS)[number]>;
