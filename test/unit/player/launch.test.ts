import { describe, expect, it } from "vitest";
import { chooseLanguage, greetingName, matchLanguage, readScormSetting } from "../../../src/player/launch";

describe("launch", () => {
  it("reads the packager's SCORM setting, defaulting to auto", () => {
    const el = (v: string | null) => ({ getAttribute: () => v });
    expect(readScormSetting(el("1.2"))).toBe("1.2");
    expect(readScormSetting(el("2004"))).toBe("2004");
    expect(readScormSetting(el("none"))).toBe("none");
    expect(readScormSetting(el("bogus"))).toBe("auto");
    expect(readScormSetting(el(null))).toBe("auto");
  });

  it("matches LMS language tags to ours", () => {
    expect(matchLanguage("en-GB", ["vi", "en"])).toBe("en");
    expect(matchLanguage("EN", ["vi", "en"])).toBe("en");
    expect(matchLanguage("vi_VN", ["vi", "en"])).toBe("vi");
    expect(matchLanguage("fr", ["vi", "en"])).toBeNull();
    expect(matchLanguage("", ["vi", "en"])).toBeNull();
  });

  it("prefers the saved language, then the LMS's, then Vietnamese", () => {
    expect(chooseLanguage("en", "vi", ["vi", "en"])).toBe("en");
    expect(chooseLanguage(null, "en-GB", ["vi", "en"])).toBe("en");
    expect(chooseLanguage("de", "fr", ["vi", "en"])).toBe("vi");
    expect(chooseLanguage(null, "en", ["vi"])).toBe("vi");
  });

  it("greets by the given name from an LMS 'Last, First' name, as plain text", () => {
    expect(greetingName("Nguyễn, Văn An")).toBe("Văn An");
    expect(greetingName("Lan")).toBe("Lan");
    expect(greetingName("  ")).toBe("");
    expect(greetingName("Smith,")).toBe("Smith");
    expect(greetingName("<b>x</b>, <img src=x onerror=alert(1)>")).toBe("<img src=x onerror=alert(1)>");
    expect(greetingName("x, " + "a".repeat(100))).toHaveLength(40);
  });
});
