// Classroom (projector) mode as built by `npm run build`:
//   - every SCORM package carries classroom.html and its files, listed in the one SCO's resource
//     (so the manifest checker's --check-files passes) and not as a second SCO;
//   - the page uses classic scripts only (file:// refuses module scripts), and its code holds no
//     LMS discovery, storage, cookie, network or beacon calls;
//   - each lesson script carries the lesson with the teacher guide's prompts and notes;
//   - dist/call-111-classroom.zip holds a start page and, per band, exactly the classroom page
//     with the pictures and narration it needs (no learner app, no manifest).
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { ClassroomLessonData } from "../../src/classroom/lesson-scripts";
import { CLASSROOM_ZIP } from "../../scorm/classroom/build-classroom";
import { loadBand } from "../../scorm/load-lessons";
import { listFiles } from "../../scorm/package-files";
import { bandsWithLessons, PACKAGES_DIR } from "../../scorm/repo-paths";
import { packageDirName, SCORM_VERSIONS } from "../../scorm/scorm-versions";

const bands = bandsWithLessons();
const CLASSROOM_FILES = ["classroom.html", "classroom/classroom.css", "classroom/classroom.js", "classroom/favicon.svg", "classroom/lesson-en.js", "classroom/lesson-vi.js"];

function runLessonScript(code: string): Record<string, ClassroomLessonData> {
  const window: { call111Classroom?: Record<string, ClassroomLessonData> } = {};
  vm.runInNewContext(code, { window });
  return window.call111Classroom ?? {};
}

if (!fs.existsSync(PACKAGES_DIR)) {
  it("has built packages to check", () => expect.fail("No dist/packages/: run `npm run build` first."));
}

for (const band of bands) {
  for (const version of SCORM_VERSIONS) {
    const name = packageDirName(band, version);
    const dir = path.join(PACKAGES_DIR, name);
    describe(`${name}: classroom entry`, () => {
      const read = (file: string) => fs.readFileSync(path.join(dir, file), "utf8");

      it("holds classroom.html and its files, listed in the manifest's one resource (not a second SCO)", () => {
        const files = listFiles(dir);
        expect(files.filter((f) => f === "classroom.html" || f.startsWith("classroom/"))).toEqual(CLASSROOM_FILES);
        const manifest = read("imsmanifest.xml");
        for (const file of CLASSROOM_FILES) expect(manifest).toContain(`<file href="${file}"/>`);
        expect(manifest.match(/<resource\b/g)).toHaveLength(1);
        expect(manifest.match(/<item\b/g)).toHaveLength(1);
        expect(manifest).toMatch(/<resource\b[^>]*\shref="index\.html"/);
      });

      it("loads classic scripts only, all inside the package, and names its band and languages", () => {
        const html = read("classroom.html");
        expect(html).toMatch(new RegExp(`<html[^>]*\\sdata-band="${band}"[^>]*\\sdata-languages="vi en"`));
        expect(html).not.toMatch(/type=["']module["']|modulepreload|\{\{/);
        const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] ?? "");
        expect(scripts).toEqual([' src="./classroom/classroom.js" defer']);
        for (const [, ref] of html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)) expect(files(dir)).toContain(ref);
      });

      // (howler's Web Audio loader holds an XMLHttpRequest, never reached: the narrator plays with
      // html5 audio; the e2e tests watch every request the page makes.)
      it("has no LMS discovery, storage, cookies, requests or beacons in its code", () => {
        const js = read("classroom/classroom.js");
        for (const word of ["API_1484_11", "LMSInitialize", "Initialize(", "localStorage", "sessionStorage", "document.cookie", "fetch(", "sendBeacon", "import("]) {
          expect(js.includes(word), word).toBe(false);
        }
        expect((js.match(/https?:\/\/[^"'`\s)]*/g) ?? []).filter((u) => !u.startsWith("http://www.w3.org/"))).toEqual([]);
        expect(js).not.toMatch(/\beval\(|new Function\(/);
      });

      it("ships each language's lesson with the guide's prompts and notes for every screen, and the narration timings", () => {
        for (const lesson of loadBand(band)) {
          const data = runLessonScript(read(`classroom/lesson-${lesson.language}.js`))[lesson.language];
          expect(data?.lesson.screens.map((s) => s.id)).toEqual(lesson.screens.map((s) => s.id));
          expect(data?.lesson.title).toBe(lesson.title);
          for (const screen of lesson.screens) {
            expect(data?.prompts[screen.id]?.length, `${screen.id} prompts`).toBeGreaterThan(0);
            expect(data?.notes[screen.id]?.length, `${screen.id} notes`).toBeGreaterThan(0);
          }
          expect(Object.keys(data?.narration ?? {})).toEqual(expect.arrayContaining(lesson.screens.map((s) => s.id)));
        }
      });
    });
  }
}

function files(dir: string): string[] {
  return listFiles(dir);
}

describe("dist/call-111-classroom.zip", () => {
  const exists = fs.existsSync(CLASSROOM_ZIP);
  it("is built", () => expect(exists, "run `npm run build` first").toBe(true));
  if (!exists) return;
  const entries = unzipSync(new Uint8Array(fs.readFileSync(CLASSROOM_ZIP)));
  const names = Object.keys(entries).filter((n) => !n.endsWith("/"));
  const text = (name: string) => new TextDecoder().decode(entries[name]);

  it(`opens with index.html, a start page linking every band in every language (${(fs.statSync(CLASSROOM_ZIP).size / 1e6).toFixed(1)} MB)`, () => {
    expect(names[0]).toBe("index.html");
    const html = text("index.html");
    expect(html).not.toMatch(/<script/);
    for (const band of bands) for (const language of ["vi", "en"]) expect(html).toContain(`href="${band}/classroom.html?lang=${language}"`);
  });

  it("holds per band the classroom page, its pictures and narration, and nothing of the learner's app", () => {
    for (const band of bands) {
      const pkg = path.join(PACKAGES_DIR, packageDirName(band, "1.2"));
      const wanted = listFiles(pkg).filter((f) => f === "classroom.html" || /^(classroom|images|audio)\//.test(f));
      const inZip = names.filter((n) => n.startsWith(`${band}/`)).map((n) => n.slice(band.length + 1));
      expect(inZip.sort()).toEqual(wanted.sort());
      const differing = wanted.filter((f) => !Buffer.from(entries[`${band}/${f}`]!).equals(fs.readFileSync(path.join(pkg, f))));
      expect(differing).toEqual([]);
    }
    expect(names.filter((n) => /imsmanifest|\.xsd$|\.map$|\/assets\/|\/index\.html$/.test(n))).toEqual([]);
    expect(names.filter((n) => !n.includes("/"))).toEqual(["index.html", "favicon.svg"]);
  });
});
