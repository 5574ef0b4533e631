// @vitest-environment jsdom
import { describeTrackerContract } from "./tracker-contract";
import { makeScorm12Harness } from "./scorm-harness";

describeTrackerContract("SCORM 1.2 on scorm-again Scorm12API", makeScorm12Harness, { lms: true });
