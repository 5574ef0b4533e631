// Resume data under attack, against the real primary lesson: anything that is not exactly what
// this lesson writes decodes to null (a clean start). The e2e side (the player starts clean on
// the first screen, in the language it would pick without the data) is
// test/e2e/robustness-privacy.spec.ts.
import { describe, expect, it } from "vitest";
import { loadBand } from "../../../scorm/load-lessons";
import { initialProgress } from "../../../src/player/progress";
import { decodeResume, encodeResume } from "../../../src/player/resume-state";

const [vi, en] = loadBand("primary");
const languages = ["vi", "en"];
const valid = encodeResume(vi!, { language: "en", progress: { ...initialProgress(vi!), current: 1, seenCount: 2 } });
const raw = JSON.parse(valid) as Record<string, unknown>;

describe("resume data under attack (real lesson)", () => {
  it("decodes what the lesson writes, in either language's lesson", () => {
    expect(decodeResume(vi!, valid, languages)?.progress.current).toBe(1);
    expect(decodeResume(en!, valid, languages)?.language).toBe("en");
  });

  it.each([
    ["an extra top-level key", JSON.stringify({ ...raw, x: 1 })],
    ["a __proto__ key", valid.replace('{"v"', '{"__proto__":{"polluted":1},"v"')],
    ["a missing key", JSON.stringify({ ...raw, a: undefined })],
    ["a language the band does not offer", JSON.stringify({ ...raw, l: "fr" })],
    ["a fractional screen", JSON.stringify({ ...raw, c: 0.5 })],
    ["a huge screen count", JSON.stringify({ ...raw, s: 1e300 })],
    ["a string for the activities", JSON.stringify({ ...raw, a: "{}" })],
    ["deep nesting", "[".repeat(100_000) + "]".repeat(100_000)],
    ["a very long string", `"${"x".repeat(70_000)}"`],
    ["an empty string", ""],
    ["null", "null"],
  ])("%s gives null, without throwing", (_name, data) => {
    expect(decodeResume(vi!, data, languages)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
