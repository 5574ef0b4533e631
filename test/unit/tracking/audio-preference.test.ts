// @vitest-environment jsdom
// The narration's mute switch as the learner's audio preference: SCORM 1.2
// cmi.student_preference.audio (-1 off, 1–100 on), SCORM 2004 cmi.learner_preference.audio_level
// (0 muted), and the browser in standalone mode.
import { afterEach, describe, expect, it } from "vitest";
import { StandaloneTracker } from "../../../src/tracking/standalone/standalone-tracker";
import { cmiOf, launch12, launch2004 } from "./scorm-launch";

afterEach(() => localStorage.clear());

describe("audio preference", () => {
  it("SCORM 1.2: reads -1 as muted, a volume as on, 0 or nothing as unset; writes -1 / 100", () => {
    expect(launch12({ student_preference: { audio: "-1" } }).tracker.start().audioMuted).toBe(true);
    expect(launch12({ student_preference: { audio: "80" } }).tracker.start().audioMuted).toBe(false);
    expect(launch12({ student_preference: { audio: "0" } }).tracker.start().audioMuted).toBeUndefined();
    expect(launch12().tracker.start().audioMuted).toBeUndefined();
    const { api, tracker } = launch12();
    tracker.start();
    tracker.setAudioMuted(true);
    expect(cmiOf(api).student_preference.audio).toBe("-1");
    tracker.setAudioMuted(false);
    expect(cmiOf(api).student_preference.audio).toBe("100");
  });

  it("SCORM 2004: reads audio_level 0 as muted and anything else as unset; writes 0 / 1", () => {
    expect(launch2004({ learner_preference: { audio_level: "0" } }).tracker.start().audioMuted).toBe(true);
    expect(launch2004({ learner_preference: { audio_level: "1" } }).tracker.start().audioMuted).toBeUndefined();
    const { api, tracker } = launch2004();
    tracker.start();
    tracker.setAudioMuted(true);
    expect(cmiOf(api).learner_preference.audio_level).toBe("0");
    tracker.setAudioMuted(false);
    expect(cmiOf(api).learner_preference.audio_level).toBe("1");
  });

  it("standalone: kept in the browser under the lesson's key", () => {
    const first = new StandaloneTracker("audio-unit", "no-lms", window);
    expect(first.start().audioMuted).toBeUndefined();
    first.setAudioMuted(true);
    expect(new StandaloneTracker("audio-unit", "no-lms", window).start().audioMuted).toBe(true);
  });
});
