// The teacher guide (dist/teacher-guide/, made by `npm run build` from lessons/teacher-guide/):
// every language built (one per lessons/teacher-guide/<lang>.yaml), each linking the others, every band's objectives and every screen's prompts present, every link
// resolves inside dist/, nothing points outside, text is escaped, lang and print stylesheet set.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { loadBand } from "../../scorm/load-lessons";
import { bandsWithLessons, DIST_DIR, REPO_ROOT } from "../../scorm/repo-paths";
import { GUIDE_DIST_DIR, GUIDE_SOURCE_DIR, guideLanguages } from "../../scorm/teacher-guide/build-teacher-guide";
import {
  type BandInput, checkGuideAgainstLessons, type GuideData, GuideDataError, readGuideData, renderGuide,
} from "../../scorm/teacher-guide/render-teacher-guide";

const { JSDOM } = createRequire(import.meta.url)("jsdom") as {
  JSDOM: new (text: string) => { window: { document: Document } };
};

const bands = bandsWithLessons();
const GUIDE_LANGUAGES = guideLanguages();
const guideData = (language: string): GuideData =>
  readGuideData(parseDocument(fs.readFileSync(path.join(GUIDE_SOURCE_DIR, `${language}.yaml`), "utf8")).toJS(), `${language}.yaml`);
const inputsFor = (language: string): BandInput[] =>
  bands.map((band) => ({ band, lesson: loadBand(band, path.join(REPO_ROOT, "lessons")).find((l) => l.language === language)! }));
const built = (name: string): string => {
  const file = path.join(GUIDE_DIST_DIR, name);
  expect(fs.existsSync(file), `${path.relative(REPO_ROOT, file)} is missing: run \`npm run build\` first`).toBe(true);
  return fs.readFileSync(file, "utf8");
};
const parse = (html: string): Document => new JSDOM(html).window.document;

describe("the built teacher guide", () => {
  for (const language of GUIDE_LANGUAGES) {
    describe(`${language}.html`, () => {
      it("has its lang attribute, a title, and an A4 print stylesheet with page breaks", () => {
        const doc = parse(built(`${language}.html`));
        expect(doc.documentElement.getAttribute("lang")).toBe(language);
        expect(doc.title.length).toBeGreaterThan(0);
        const css = [...doc.querySelectorAll("style")].map((s) => s.textContent ?? "").join("\n");
        expect(css).toMatch(/@media print/);
        expect(css).toMatch(/@page\s*{[^}]*size:\s*A4/);
        expect(css).toMatch(/break-before:\s*page/);
      });

      it("lists every band's objectives in order, each with the objective id the LMS reports and the ids of its questions", () => {
        const doc = parse(built(`${language}.html`));
        const data = guideData(language);
        for (const { band, lesson } of inputsFor(language)) {
          const section = doc.getElementById(`objectives-${band}`);
          expect(section, `objectives-${band}`).not.toBeNull();
          const rows = [...section!.querySelectorAll("tbody tr")];
          expect(rows).toHaveLength(lesson.objectives.length);
          const questions = lesson.screens.flatMap((s) => (s.kind === "quiz" ? s.questions : []));
          rows.forEach((row, i) => {
            const [objectiveCell, questionCell] = [...row.querySelectorAll("td")];
            const objective = lesson.objectives[i]!;
            expect(objectiveCell?.textContent).toContain(data.objectives[band][i]!.replace(/\*\*|`/g, ""));
            expect(objectiveCell?.querySelector(".objective-id")?.textContent).toBe(objective.id);
            const ids = [...(questionCell?.querySelectorAll("code") ?? [])].map((c) => c.textContent);
            expect(ids, objective.id).toEqual(questions.filter((q) => q.objective === objective.id).map((q) => q.id));
            expect(ids.length, `${objective.id} has questions`).toBeGreaterThan(0);
          });
        }
      });

      it("has discussion prompts for every screen of every band, under the real screen titles", () => {
        const doc = parse(built(`${language}.html`));
        const data = guideData(language);
        for (const { band, lesson } of inputsFor(language)) {
          const section = doc.getElementById(`prompts-${band}`);
          expect(section, `prompts-${band}`).not.toBeNull();
          const rows = [...section!.querySelectorAll("tbody tr")];
          expect(rows.length).toBe(lesson.screens.length);
          lesson.screens.forEach((screen, i) => {
            const row = rows[i]!.textContent ?? "";
            expect(row).toContain(screen.title);
            expect(row).toContain(screen.id);
            const prompts = data.prompts[band][screen.id] ?? [];
            expect(prompts.length, `${band}/${screen.id}`).toBeGreaterThan(0);
            for (const p of prompts) expect(row).toContain(p.replace(/\*\*|`/g, ""));
          });
        }
      });
    });
  }

  it("links only to files that exist in dist/ and to anchors that exist, never to another host", () => {
    for (const name of ["index.html", ...GUIDE_LANGUAGES.map((l) => `${l}.html`)]) {
      const doc = parse(built(name));
      const hrefs = [...doc.querySelectorAll("[href], [src]")].map((e) => e.getAttribute("href") ?? e.getAttribute("src") ?? "");
      expect(hrefs.length, name).toBeGreaterThan(0);
      for (const href of hrefs) {
        expect(href, `${name}: ${href}`).not.toMatch(/^[a-z][a-z0-9+.-]*:|^\/\//i);
        const [file, anchor] = href.split("#") as [string, string | undefined];
        const target = file === "" ? path.join(GUIDE_DIST_DIR, name) : path.resolve(GUIDE_DIST_DIR, file);
        expect(target.startsWith(DIST_DIR + path.sep), `${name}: ${href} leaves dist/`).toBe(true);
        expect(fs.existsSync(target), `${name}: ${href} does not exist`).toBe(true);
        if (anchor) expect(parse(fs.readFileSync(target, "utf8")).getElementById(anchor), `${name}: #${anchor}`).not.toBeNull();
      }
      // No external host anywhere in the page, links or not.
      expect(built(name)).not.toMatch(/https?:\/\//);
    }
  });

  it("is in Vietnamese and English today, Vietnamese first", () => {
    expect(GUIDE_LANGUAGES).toEqual(["vi", "en"]);
  });

  it("links every language from the index", () => {
    const doc = parse(built("index.html"));
    const hrefs = [...doc.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    for (const language of GUIDE_LANGUAGES) expect(hrefs).toContain(`${language}.html`);
  });

  it("links each language's page to every other language, named in that language", () => {
    for (const language of GUIDE_LANGUAGES) {
      const links = [...parse(built(`${language}.html`)).querySelectorAll(".lang-switch a")];
      expect(links.map((a) => a.getAttribute("href"))).toEqual(GUIDE_LANGUAGES.filter((l) => l !== language).map((l) => `${l}.html`));
      for (const a of links) expect(a.getAttribute("lang")).toBe(a.getAttribute("hreflang"));
    }
    expect(parse(built("vi.html")).querySelector(".lang-switch a")?.textContent).toBe("English");
    expect(parse(built("en.html")).querySelector(".lang-switch a")?.textContent).toBe("Tiếng Việt");
  });
});

describe("the guide generator", () => {
  const hostile = `<script>alert("x")</script><img src=x onerror=alert(1)> & "quoted" 'single'`;

  it("escapes every text from the data and the lessons", () => {
    const data = guideData("en");
    const inputs = inputsFor("en");
    const evil: GuideData = {
      ...data,
      title: hostile,
      subtitle: hostile,
      sections: [{ id: "evil", title: hostile, blocks: [{ p: `**${hostile}**` }, { list: [hostile] }, { table: { head: [hostile], rows: [[`\`${hostile}\``]] } }, { generated: "prompts" }, { generated: "objectives" }, { generated: "zips" }] }],
      objectives: Object.fromEntries(Object.entries(data.objectives).map(([b, o]) => [b, o.map(() => hostile)])) as GuideData["objectives"],
      prompts: Object.fromEntries(Object.entries(data.prompts).map(([b, p]) => [b, Object.fromEntries(Object.keys(p).map((id) => [id, [hostile]]))])) as GuideData["prompts"],
    };
    const evilInputs = inputs.map((i) => ({ ...i, lesson: { ...i.lesson, title: hostile, screens: i.lesson.screens.map((s) => ({ ...s, title: hostile })) } }));
    const html = renderGuide(evil, evilInputs, { otherLanguages: [{ language: `"><script>`, name: hostile, href: `"><script>x</script>` }], distPrefix: "../" });
    const doc = parse(html);
    expect(doc.querySelectorAll("script, img")).toHaveLength(0);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(doc.querySelector("h1")!.textContent).toBe(hostile);
    expect(doc.querySelector(".lang-switch a")!.getAttribute("href")).toBe(`"><script>x</script>`);
    expect(doc.querySelector(".lang-switch a")!.textContent).toBe(hostile);
  });

  it("fails clearly when a screen has no prompt or a prompt names a screen that does not exist", () => {
    const data = guideData("en");
    const inputs = inputsFor("en");
    const band = inputs[0]!.band;
    const prompts = { ...data.prompts[band] };
    const dropped = inputs[0]!.lesson.screens[1]!.id;
    delete prompts[dropped];
    prompts["no_such_screen"] = ["?"];
    const problems = checkGuideAgainstLessons({ ...data, prompts: { ...data.prompts, [band]: prompts } }, "en.yaml", inputs);
    expect(problems.join("\n")).toContain(`prompts.${band}.${dropped}: the screen "${dropped}"`);
    expect(problems.join("\n")).toContain(`prompts.${band}.no_such_screen: lessons/${band}/en.yaml has no screen "no_such_screen"`);
    expect(checkGuideAgainstLessons(data, "en.yaml", inputs)).toEqual([]);
  });

  it("rejects malformed data with the place of each problem", () => {
    expect(() => readGuideData({ language: "en", sections: [{ id: "x", title: "", blocks: [{ html: "<b>" }] }] }, "en.yaml")).toThrow(GuideDataError);
    try {
      readGuideData({ language: "en", sections: [{ id: "x", title: "t", blocks: [{ html: "<b>" }] }] }, "en.yaml");
    } catch (error) {
      expect((error as GuideDataError).message).toContain(`en.yaml: sections[0].blocks[0]: unknown block "html"`);
    }
  });
});
