// "Adding a language needs only new files in lessons/ and the UI strings, no code change"
// (README.md, "Adding a language"), shown on a copy: lessons/ and src/i18n/strings/ copied to a
// temporary folder with a made-up third language "xx" (the English files with their language
// changed), then the real build-time loaders and checkers run on the copy. Nothing in the code
// knows "xx": it must appear everywhere the build puts a language.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblem } from "../../src/lesson/lesson-problem";
import { checkReport, planNarration, REPO_NARRATION_PATHS } from "../../media/make-narration";
import { startPage } from "../../scorm/classroom/build-classroom";
import { readClassroomNotes } from "../../scorm/classroom/classroom-notes";
import { languagePacks } from "../../scorm/lessons-plugin";
import { checkAllLessons, loadBand } from "../../scorm/load-lessons";
import { bandsWithLessons, LESSONS_DIR, REPO_ROOT } from "../../scorm/repo-paths";
import { buildTeacherGuide, guideLanguages } from "../../scorm/teacher-guide/build-teacher-guide";
import { readUiStrings, UI_STRINGS_DIR } from "../../scorm/ui-strings-files";

const { JSDOM } = createRequire(import.meta.url)("jsdom") as {
  JSDOM: new (text: string) => { window: { document: Document } };
};
const parse = (html: string): Document => new JSDOM(html).window.document;

const NEW = "xx";
const NAME = "Xx-lang";
const ALL = ["vi", "en", NEW];
const IMAGES_DIR = path.join(REPO_ROOT, "media", "images");

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "call-111-new-language-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const lessonsDir = path.join(tmp, "lessons");
const stringsDir = path.join(tmp, "strings");
const guideDir = path.join(lessonsDir, "teacher-guide");
const settingsDir = path.join(lessonsDir, "narration");

/** The English file of a folder, copied as xx.yaml with `language: xx`. */
function addLanguage(dir: string): void {
  const english = fs.readFileSync(path.join(dir, "en.yaml"), "utf8");
  expect(english, `${dir}/en.yaml`).toMatch(/^language: en\b/m);
  fs.writeFileSync(path.join(dir, `${NEW}.yaml`), english.replace(/^language: en\b/m, `language: ${NEW}`));
}

fs.cpSync(LESSONS_DIR, lessonsDir, { recursive: true });
fs.cpSync(UI_STRINGS_DIR, stringsDir, { recursive: true });
const bands = bandsWithLessons(lessonsDir);
for (const band of bands) addLanguage(path.join(lessonsDir, band));
addLanguage(guideDir);
addLanguage(settingsDir);
const english = JSON.parse(fs.readFileSync(path.join(stringsDir, "en.json"), "utf8")) as Record<string, string>;
fs.writeFileSync(path.join(stringsDir, `${NEW}.json`), JSON.stringify({ ...english, "language.name": NAME }, null, 2));

describe(`a third language (${NEW}) added as files only`, () => {
  it("is a lesson language of every band, after Vietnamese, with no problem", () => {
    expect(bands).toEqual(bandsWithLessons());
    const { bands: checked, problems } = checkAllLessons(lessonsDir, IMAGES_DIR);
    expect(problems.map(formatProblem)).toEqual([]);
    for (const { band, languages } of checked) expect(languages, band).toEqual(ALL);
  });

  it("has UI strings the build accepts, and ships a data file per band", () => {
    const strings = readUiStrings(stringsDir);
    expect([...strings.keys()]).toEqual(ALL);
    for (const band of bands) {
      const packs = languagePacks(loadBand(band, lessonsDir, IMAGES_DIR), strings);
      expect([...packs.keys()], band).toEqual(ALL);
      const pack = JSON.parse(packs.get(NEW)!.json) as { lesson: { language: string }; ui: Record<string, string> };
      expect(pack.lesson.language).toBe(NEW);
      expect(pack.ui["language.name"]).toBe(NAME);
    }
  });

  it("has classroom notes for every band", () => {
    const lessons = new Map(bands.map((band) => [band, loadBand(band, lessonsDir, IMAGES_DIR)]));
    const notes = readClassroomNotes(lessons, guideDir);
    for (const band of bands) {
      const xx = notes.get(band)?.get(NEW);
      expect(xx, band).toBeDefined();
      for (const screen of lessons.get(band)!.find((l) => l.language === NEW)!.screens) expect(xx!.notes[screen.id]?.length, `${band}/${screen.id}`).toBeGreaterThan(0);
    }
  });

  it("is on the classroom start page: a link per band, and its title", () => {
    const strings = readUiStrings(stringsDir);
    const html = startPage(bands.map((band) => ({ band, languages: loadBand(band, lessonsDir, IMAGES_DIR).map((l) => l.language) })), strings);
    const doc = parse(html);
    expect(doc.documentElement.lang).toBe("vi");
    expect(doc.title.split(" · ")).toHaveLength(ALL.length);
    expect([...doc.querySelectorAll("section")].map((s) => s.getAttribute("lang"))).toEqual(ALL);
    for (const band of bands) {
      const link = doc.querySelector(`a[href="${band}/classroom.html?lang=${NEW}"]`);
      expect(link?.textContent, band).toBe(NAME);
      expect(link?.getAttribute("lang")).toBe(NEW);
    }
  });

  it("gets its own teacher guide page, and every page links every other language", async () => {
    expect(guideLanguages(guideDir)).toEqual(ALL);
    const outDir = path.join(tmp, "teacher-guide");
    const result = await buildTeacherGuide({ pdf: false, paths: { sourceDir: guideDir, lessonsDir, imagesDir: IMAGES_DIR, stringsDir, outDir } });
    expect(result.html.map((f) => path.basename(f))).toEqual(ALL.map((l) => `${l}.html`));
    const names: Record<string, string> = { vi: "Tiếng Việt", en: "English", [NEW]: NAME };
    for (const language of ALL) {
      const doc = parse(fs.readFileSync(path.join(outDir, `${language}.html`), "utf8"));
      expect(doc.documentElement.lang).toBe(language);
      const links = [...doc.querySelectorAll(".lang-switch a")];
      const others = ALL.filter((l) => l !== language);
      expect(links.map((a) => a.getAttribute("href")), language).toEqual(others.map((l) => `${l}.html`));
      expect(links.map((a) => a.textContent)).toEqual(others.map((l) => names[l]));
      for (const a of links) expect(fs.existsSync(path.join(outDir, a.getAttribute("href")!))).toBe(true);
    }
    const index = parse(fs.readFileSync(path.join(outDir, "index.html"), "utf8"));
    expect([...index.querySelectorAll("li > a:first-child")].map((a) => a.getAttribute("href"))).toEqual(ALL.map((l) => `${l}.html`));
  });

  it("is planned for narration: Vietnamese and English stay current, and the check lists every file to make and how", () => {
    const plan = planNarration({ ...REPO_NARRATION_PATHS, lessonsDir, stringsDir, settingsDir });
    expect(plan.problems.map(formatProblem)).toEqual([]);
    for (const band of bands) expect(plan.languages.filter((lp) => lp.band === band).map((lp) => lp.lesson.language)).toEqual(ALL);
    for (const lp of plan.languages) {
      const states = new Set(lp.clips.map((c) => c.state));
      expect([...states], `${lp.band}/${lp.lesson.language}`).toEqual([lp.lesson.language === NEW ? "missing" : "current"]);
    }
    const report = checkReport(plan).join("\n");
    expect(report).toContain("`npm run narration`");
    const missing = plan.languages.filter((lp) => lp.lesson.language === NEW).flatMap((lp) => lp.clips.map((c) => `media/narration/${lp.band}/${NEW}/${c.clip.id}.mp3 (missing)`));
    expect(missing.length).toBeGreaterThan(bands.length);
    for (const line of missing) expect(report).toContain(line);
    for (const band of bands) expect(report).toContain(`media/narration/${band}/${NEW}/narration.json (missing)`);
    expect(report).not.toMatch(/\/(vi|en)\//);
  });

  it("without its narration settings, the check names the file to add instead of failing", () => {
    const bare = path.join(tmp, "no-settings");
    fs.cpSync(settingsDir, bare, { recursive: true });
    fs.rmSync(path.join(bare, `${NEW}.yaml`));
    const plan = planNarration({ ...REPO_NARRATION_PATHS, lessonsDir, stringsDir, settingsDir: bare });
    const problems = plan.problems.map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${path.join(bare, `${NEW}.yaml`)}: missing`);
    expect(problems[0]).toContain(`set language: ${NEW}`);
    expect(checkReport(plan).join("\n")).toContain(`media/narration/primary/${NEW}/welcome.mp3 (missing)`);
  });

  it("with broken narration settings, the check gives file, line and place", () => {
    const broken = path.join(tmp, "broken-settings");
    fs.cpSync(settingsDir, broken, { recursive: true });
    const file = path.join(broken, `${NEW}.yaml`);
    const text = fs.readFileSync(file, "utf8")
      .replace(/^  primary: \d+/m, "  primary: 20")
      .replace(`- written: "111"`, "- written: 111")
      .replace(/^voice:/m, "vioce:");
    fs.writeFileSync(file, text);
    const lineOf = (needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;
    const problems = planNarration({ ...REPO_NARRATION_PATHS, lessonsDir, stringsDir, settingsDir: broken }).problems.map(formatProblem);
    expect(problems).toEqual([
      // A missing field has no line of its own: the file's first line of data.
      `${file}:${lineOf(`language: ${NEW}`)} voice: required field is missing`,
      `${file}:${lineOf("vioce:")} vioce: unknown key "vioce" (did you mean "voice"?); allowed here: language, voice, wordsPerMinute, say`,
      expect.stringContaining(`${file}:${lineOf("primary: 20")} wordsPerMinute.primary: must be a whole number of words a minute from 80 to 450`),
      `${file}:${lineOf("written: 111")} say[0].written: must be text, got the number 111 (put it in quotes: "111")`,
    ]);
  });
});
