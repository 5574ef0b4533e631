import type { LmsAdapter } from "../lms-adapter";
import { bindScorm12Api, scorm12Dialect } from "./scorm12-tracker";

export const SCORM12_ADAPTER: LmsAdapter = { apiName: "API", bind: bindScorm12Api, dialect: scorm12Dialect };
