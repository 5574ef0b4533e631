// @vitest-environment jsdom
import { describeTrackerContract } from "./tracker-contract";
import { makeScorm2004Harness } from "./scorm-harness";

describeTrackerContract("SCORM 2004 on scorm-again Scorm2004API", makeScorm2004Harness, { lms: true });
