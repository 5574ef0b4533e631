// A SCORM 1.2 package's adapters (see lms-adapters.ts).
import { SCORM12_ADAPTER } from "./scorm12/scorm12-adapter";
import type { LmsAdapters } from "./lms-adapter";

export const LMS_ADAPTERS: LmsAdapters = { "1.2": SCORM12_ADAPTER };
