// A SCORM 2004 package's adapters (see lms-adapters.ts).
import { SCORM2004_ADAPTER } from "./scorm2004/scorm2004-adapter";
import type { LmsAdapters } from "./lms-adapter";

export const LMS_ADAPTERS: LmsAdapters = { "2004": SCORM2004_ADAPTER };
