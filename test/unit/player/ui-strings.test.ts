import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import vi from "../../../src/i18n/strings/vi.json";
import { hasUiStrings, loadUiStrings, UI_LANGUAGES } from "../../../src/i18n/ui-strings";

// Every file in src/i18n/strings/ is a language (that is how the app finds them, by a glob).
const dir = path.resolve(import.meta.dirname, "../../../src/i18n/strings");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json"));
const strings = Object.fromEntries(files.map((f) => [f.replace(/\.json$/, ""), JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as Record<string, string>]));

describe("UI strings", () => {
  it("has Vietnamese and English", () => {
    expect(Object.keys(strings).sort()).toEqual(expect.arrayContaining(["en", "vi"]));
  });

  for (const [language, s] of Object.entries(strings)) {
    it(`${language}.json has exactly the Vietnamese keys, none empty`, () => {
      expect(Object.keys(s).sort()).toEqual(Object.keys(vi).sort());
      for (const [key, value] of Object.entries(s)) expect(value.trim(), key).not.toBe("");
    });
    it(`${language}.json uses the same placeholders as Vietnamese for each key`, () => {
      const vars = (text: string) => (text.match(/{{\w+}}/g) ?? []).sort();
      for (const key of Object.keys(vi) as (keyof typeof vi)[]) expect(vars(s[key] ?? ""), key).toEqual(vars(vi[key]));
    });
  }

  it("each file names its own language, in that language, for the language switch", () => {
    expect(strings["vi"]?.["language.name"]).toBe("Tiếng Việt");
    expect(strings["en"]?.["language.name"]).toBe("English");
    const names = Object.values(strings).map((s) => s["language.name"]);
    expect(new Set(names).size).toBe(names.length);
  });

  it("the app finds every strings file by itself (a new language is a new file)", async () => {
    expect([...UI_LANGUAGES].sort()).toEqual(Object.keys(strings).sort());
    expect(UI_LANGUAGES[0]).toBe("vi");
    for (const language of Object.keys(strings)) {
      expect(hasUiStrings(language)).toBe(true);
      expect(await loadUiStrings(language)).toEqual(strings[language]);
    }
    expect(hasUiStrings("fr")).toBe(false);
    await expect(loadUiStrings("fr")).rejects.toThrow(/fr/);
  });
});
