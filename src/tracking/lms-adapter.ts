// How a SCORM version plugs into chooseTracker: the API object's name, a binder that checks the
// found object has that version's methods, and the version's table of keys, formats and limits.
import type { LmsApiName } from "./find-lms-api";
import type { ScormApiCalls, ScormDialect } from "./scorm-dialect";

export interface LmsAdapter {
  apiName: LmsApiName;
  bind(found: unknown): ScormApiCalls | null;
  dialect: ScormDialect;
}

export type LmsAdapters = Partial<Record<"1.2" | "2004", LmsAdapter>>;
