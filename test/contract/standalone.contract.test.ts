// @vitest-environment jsdom
import { describeTrackerContract } from "./tracker-contract";
import { makeStandaloneHarness } from "./standalone-harness";

describeTrackerContract("standalone on jsdom localStorage", makeStandaloneHarness, { lms: false });
