import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import vi from "../../../src/i18n/strings/vi.json";
import os from "node:os";
import { loadBand } from "../../../scorm/load-lessons";
import { languagePacks } from "../../../scorm/lessons-plugin";
import { readUiStrings } from "../../../scorm/ui-strings-files";

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

  it("the build finds every strings file by itself (a new language is a new file), Vietnamese first", () => {
    const read = readUiStrings();
    expect([...read.keys()][0]).toBe("vi");
    expect([...read.keys()].sort()).toEqual(Object.keys(strings).sort());
    for (const [language, s] of read) expect(s).toEqual(strings[language]);
  });

  it("each language's data file holds its lesson and its UI strings; a lesson without strings is left out", () => {
    const lessons = loadBand("primary");
    const ui = readUiStrings();
    const packs = languagePacks(lessons, ui);
    expect([...packs.keys()]).toEqual(["vi", "en"]);
    for (const [language, file] of packs) {
      expect(file.fileName).toMatch(new RegExp(`^lesson/${language}-[0-9a-f]{8}\\.json$`));
      const pack = JSON.parse(file.json) as { lesson: { language: string }; ui: unknown };
      expect(pack.lesson.language).toBe(language);
      // Every learner string; the classroom mode's own ("classroom.*") stay out of the learner's file.
      const learnerKeys = Object.keys(strings[language]!).filter((k) => !k.startsWith("classroom."));
      expect(Object.keys(pack.ui as object).sort()).toEqual(learnerKeys.sort());
      for (const key of learnerKeys) expect((pack.ui as Record<string, string>)[key]).toBe(strings[language]![key]);
    }
    const withoutEnglish = new Map([...ui].filter(([language]) => language !== "en"));
    expect([...languagePacks(lessons, withoutEnglish).keys()]).toEqual(["vi"]);
  });
});

describe("broken UI strings stop the build with file, key and reason", () => {
  const write = (files: Record<string, string>) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "call-111-strings-"));
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    return dir;
  };
  const messageOf = (dir: string) => {
    try {
      readUiStrings(dir);
    } catch (error) {
      return (error as Error).message.replace(new RegExp(`[^\\s]*${path.basename(dir)}/`, "g"), "<dir>/");
    }
    return "no error";
  };
  const vi = JSON.stringify({ "language.name": "Tiếng Việt", "nav.next": "Tiếp theo", "hello": "Chào {{name}}" });

  it("a missing key, an extra key, an empty text and a different placeholder, all listed", () => {
    const dir = write({ "vi.json": vi, "en.json": JSON.stringify({ "language.name": "English", "nav.nxet": "Next", "hello": "Hello {{nme}}" }) });
    expect(messageOf(dir)).toBe(
      [
        "Lesson files have 3 problems:",
        "<dir>/en.json nav.nxet: is not a key of vi.json (a typo, or add it there first)",
        "<dir>/en.json hello: has placeholders [{{nme}}] but vi.json has [{{name}}]",
        "<dir>/en.json nav.next: is missing",
      ].join("\n"),
    );
    const empty = write({ "vi.json": vi, "en.json": JSON.stringify({ "language.name": "English", "nav.next": " ", "hello": "Hi {{name}}" }) });
    expect(messageOf(empty)).toContain("<dir>/en.json nav.next: must be a non-empty text");
  });

  it("bad JSON and a missing Vietnamese file", () => {
    expect(messageOf(write({ "vi.json": vi, "en.json": "{ \"nav.next\": " }))).toMatch(/<dir>\/en\.json: is not valid JSON: /);
    expect(messageOf(write({ "en.json": "{}" }))).toBe("Lesson files have 1 problem:\n<dir>/vi.json: is missing: Vietnamese is the default language and the reference for every other");
  });
});
