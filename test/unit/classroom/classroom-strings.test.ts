import { describe, expect, it } from "vitest";
import { withoutClassroomStrings } from "../../../scorm/classroom/classroom-strings";
import vi from "../../../src/i18n/strings/vi.json";

describe("the learner's builds without the classroom strings", () => {
  it("drop every classroom.* key and keep every other one", () => {
    const kept = withoutClassroomStrings(vi);
    expect(Object.keys(kept).some((k) => k.startsWith("classroom."))).toBe(false);
    expect(Object.keys(kept).length + Object.keys(vi).filter((k) => k.startsWith("classroom.")).length).toBe(Object.keys(vi).length);
    expect(kept["nav.next"]).toBe(vi["nav.next"]);
  });
});
