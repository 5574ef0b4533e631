import type { LmsAdapter } from "../lms-adapter";
import { bindScorm2004Api, scorm2004Dialect } from "./scorm2004-tracker";

export const SCORM2004_ADAPTER: LmsAdapter = { apiName: "API_1484_11", bind: bindScorm2004Api, dialect: scorm2004Dialect };
