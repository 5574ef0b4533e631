// Checks the zips teachers upload (dist/call-111-<band>-<scorm12|scorm2004>.zip, made by
// `npm run build`): unzipped, each must pass the official validator and say what the lesson says.
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import type { Band, Lesson } from "../../src/lesson/lesson-types";
import { validateManifest } from "../../scorm/check-manifests";
import { loadBand } from "../../scorm/load-lessons";
import { schemaFiles } from "../../scorm/manifest/schema-files";
import { listFiles } from "../../scorm/package-files";
import { bandsWithLessons, DIST_DIR, PACKAGES_DIR, REPO_ROOT } from "../../scorm/repo-paths";
import { packageDirName, SCORM_VERSIONS, zipFileName, type ScormVersion } from "../../scorm/scorm-versions";

// jsdom ships no type declarations; this is the one constructor used, to read the manifest as XML.
const { JSDOM } = createRequire(import.meta.url)("jsdom") as {
  JSDOM: new (text: string, options: { contentType: string }) => { window: { document: Document } };
};

/** Issue 4: a band's package, with every language's narration, stays within 6 MB (decimal, as
 *  an LMS's upload limit counts; 6 MB = 5.72 MiB). Narration is most of it (media/README.md). */
const PACKAGE_ZIP_BUDGET = 6_000_000;

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "call-111-zips-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const expected = bandsWithLessons().flatMap((band) => SCORM_VERSIONS.map((version) => ({ band, version })));
const built = expected.filter(({ band, version }) => fs.existsSync(path.join(DIST_DIR, zipFileName(band, version))));

if (built.length === 0) {
  it("has built packages to check", () => {
    expect.fail(`No packages in ${path.relative(REPO_ROOT, DIST_DIR)}/: run \`npm run build\` first.`);
  });
} else {
  it("has a zip for every band with lessons, in both SCORM versions", () => {
    expect(built.map((p) => zipFileName(p.band, p.version))).toEqual(expected.map((p) => zipFileName(p.band, p.version)));
  });
}

for (const { band, version } of built) {
  describe(zipFileName(band, version), () => {
    const zipPath = path.join(DIST_DIR, zipFileName(band, version));
    const entries = unzipSync(new Uint8Array(fs.readFileSync(zipPath)));
    const names = Object.keys(entries).filter((n) => !n.endsWith("/"));
    const dir = path.join(scratch, packageDirName(band, version));
    for (const name of names) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), entries[name]!);
    }
    const manifestText = new TextDecoder().decode(entries["imsmanifest.xml"] ?? new Uint8Array());
    const manifest = parseXml(manifestText);
    const listed = byLocalName(manifest, "file").map((f) => f.getAttribute("href") ?? "");
    const schemas = schemaFiles(version);
    const lesson = vietnameseLesson(band);

    it("has imsmanifest.xml at the zip root, as the first entry", () => {
      expect(names[0]).toBe("imsmanifest.xml");
    });

    it("passes the official validator (XSDs and packaging rules, every file present)", () => {
      const result = validateManifest(path.join(dir, "imsmanifest.xml"), version);
      expect(result.output).toMatch(/^VALID/m);
      expect(result.exitCode, result.output).toBe(0);
    });

    it("lists every file of the zip in the manifest, apart from the manifest and the schemas", () => {
      const unlisted = names.filter((n) => n !== "imsmanifest.xml" && !schemas.includes(n) && !listed.includes(n));
      expect(unlisted).toEqual([]);
      expect(listed.filter((href) => !names.includes(href))).toEqual([]);
    });

    it("ships only what the lesson needs: no source maps, dotfiles, drivers or LMS runtime", () => {
      expect(names.filter((n) => n.endsWith(".map") || n.split("/").some((p) => p.startsWith(".")))).toEqual([]);
      expect(names.filter((n) => /validate-.*\.xsd$/.test(n))).toEqual([]);
      const scripts = names.filter((n) => n.endsWith(".js")).map((n) => new TextDecoder().decode(entries[n]));
      // scorm-again is the preview LMS's runtime; inside a package it would shadow the real LMS.
      expect(scripts.some((js) => /Scorm12API|Scorm2004API|scorm-again/.test(js))).toBe(false);
    });

    it(`is at most ${PACKAGE_ZIP_BUDGET / 1e6} MB with every language's narration in it`, () => {
      const size = fs.statSync(zipPath).size;
      expect(size, `${zipFileName(band, version)}: ${(size / 1e6).toFixed(2)} MB`).toBeLessThanOrEqual(PACKAGE_ZIP_BUDGET);
      for (const language of loadBand(band, path.join(REPO_ROOT, "lessons")).map((l) => l.language)) {
        const clips = names.filter((n) => n.startsWith(`audio/${language}/`) && n.endsWith(".mp3"));
        expect(clips.length, `${band}: narration clips for ${language}`).toBeGreaterThan(0);
      }
    });

    it("carries every schema file its xsi:schemaLocation names", () => {
      const locations = (manifest.documentElement.getAttribute("xsi:schemaLocation") ?? "").trim().split(/\s+/);
      const files = locations.filter((_, i) => i % 2 === 1);
      expect(files.length).toBeGreaterThan(0);
      expect(files.filter((f) => !names.includes(f))).toEqual([]);
    });

    it("is titled with the band's Vietnamese lesson title", () => {
      const titles = byLocalName(manifest, "title").map((t) => t.textContent);
      expect(titles.length).toBeGreaterThan(0);
      expect(new Set(titles)).toEqual(new Set([lesson.title]));
    });

    it("tells the LMS the lesson's mastery score", () => {
      expect(lesson.masteryPercent).toBe(80);
      const item = byLocalName(manifest, "item")[0]!;
      if (version === "1.2") {
        expect(byLocalName(item, "masteryscore").map((m) => m.textContent)).toEqual([String(lesson.masteryPercent)]);
      } else {
        const objective = byLocalName(item, "primaryObjective")[0]!;
        expect(objective.getAttribute("satisfiedByMeasure")).toBe("true");
        expect(byLocalName(objective, "minNormalizedMeasure").map((m) => Number(m.textContent))).toEqual([lesson.masteryPercent / 100]);
        const delivery = byLocalName(item, "deliveryControls")[0]!;
        expect(delivery.getAttribute("completionSetByContent")).toBe("true");
        expect(delivery.getAttribute("objectiveSetByContent")).toBe("true");
        // Completion comes from the lesson's completion_status, not from progress_measure.
        expect(manifestText).not.toMatch(/completedByMeasure|completionThreshold/);
      }
    });

    it(`pins the app to SCORM ${version} in index.html`, () => {
      const html = new TextDecoder().decode(entries["index.html"]);
      expect(html).toMatch(new RegExp(`<html[^>]*\\sdata-scorm="${version.replace(".", "\\.")}"`));
      expect(html).not.toContain('data-scorm="auto"');
    });

    it("holds the same files as dist/packages/, which the preview LMS and e2e tests play", () => {
      const unzipped = path.join(PACKAGES_DIR, packageDirName(band, version));
      expect(listFiles(unzipped)).toEqual([...names].sort());
      const differing = names.filter((n) => !Buffer.from(entries[n]!).equals(fs.readFileSync(path.join(unzipped, n))));
      expect(differing).toEqual([]);
    });
  });
}

function vietnameseLesson(band: Band): Lesson {
  const lessons = loadBand(band, path.join(REPO_ROOT, "lessons"), path.join(REPO_ROOT, "media/images"));
  const vi = lessons.find((l) => l.language === "vi");
  if (!vi) throw new Error(`lessons/${band}: no vi lesson`);
  return vi;
}

function parseXml(text: string): Document {
  return new JSDOM(text, { contentType: "application/xml" }).window.document;
}

function byLocalName(parent: Document | Element, name: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS("*", name));
}
