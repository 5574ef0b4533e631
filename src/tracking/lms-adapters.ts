// The SCORM adapters a build carries. This file (both versions) is what the dev server and the
// tests use; a package build swaps it for lms-adapters-scorm12.ts or lms-adapters-scorm2004.ts
// (vite.config.ts, SCORM_BUILD), so each zip ships only the adapter it can ever use.
import { SCORM12_ADAPTER } from "./scorm12/scorm12-adapter";
import { SCORM2004_ADAPTER } from "./scorm2004/scorm2004-adapter";
import type { LmsAdapters } from "./lms-adapter";

export const LMS_ADAPTERS: LmsAdapters = { "1.2": SCORM12_ADAPTER, "2004": SCORM2004_ADAPTER };
