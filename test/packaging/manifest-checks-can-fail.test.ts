// The manifest check in manifests.test.ts is only worth something if it can fail. These cases
// take a manifest made by our own template code, break it the way a packaging bug would, and
// expect the official validator to reject it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validateManifest } from "../../scorm/check-manifests";
import { fillManifest } from "../../scorm/manifest/fill-manifest";
import { copySchemaFiles } from "../../scorm/manifest/schema-files";
import { SCORM_VERSIONS, type ScormVersion } from "../../scorm/scorm-versions";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "call-111-bad-manifests-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const FILES = ["index.html", "assets/index.js"];

/** A package folder with our manifest, whose text `breakIt` may change. */
function packageWith(version: ScormVersion, name: string, breakIt: (xml: string) => string = (x) => x): string {
  const dir = path.join(scratch, `${version}-${name}`);
  fs.mkdirSync(path.join(dir, "assets"), { recursive: true });
  for (const file of FILES) fs.writeFileSync(path.join(dir, file), "x");
  copySchemaFiles(version, dir);
  const xml = fillManifest({ version, band: "primary", title: "Gọi 111 – Tiểu học", masteryPercent: 80, packageVersion: "0.0.0", files: FILES });
  fs.writeFileSync(path.join(dir, "imsmanifest.xml"), breakIt(xml));
  return path.join(dir, "imsmanifest.xml");
}

for (const version of SCORM_VERSIONS) {
  describe(`SCORM ${version} manifest checks`, () => {
    it("accept the manifest our template makes", () => {
      const result = validateManifest(packageWith(version, "ok"), version);
      expect(result.exitCode, result.output).toBe(0);
    });

    it("reject an item that points at a resource that does not exist", () => {
      const result = validateManifest(
        packageWith(version, "dangling", (xml) => xml.replace('identifierref="RES-LESSON"', 'identifierref="RES-MISSING"')),
        version,
      );
      expect(result.exitCode).toBe(1);
      expect(result.output).toContain("RES-MISSING");
    });

    it("reject a listed file that is missing from the package", () => {
      const manifest = packageWith(version, "missing-file");
      fs.rmSync(path.join(path.dirname(manifest), "assets/index.js"));
      const result = validateManifest(manifest, version);
      expect(result.exitCode).toBe(1);
      expect(result.output).toContain("assets/index.js");
    });

    it("reject a manifest checked as the other SCORM version", () => {
      const other = version === "1.2" ? "2004" : "1.2";
      expect(validateManifest(packageWith(version, "other"), other).exitCode).toBe(1);
    });
  });
}

it("rejects a 2004 passing score outside the schema's range (XSD check)", () => {
  const result = validateManifest(
    packageWith("2004", "range", (xml) => xml.replace(/<imsss:minNormalizedMeasure>[^<]*</, "<imsss:minNormalizedMeasure>80<")),
    "2004",
  );
  expect(result.exitCode).toBe(1);
  expect(result.output).toMatch(/minNormalizedMeasure/);
});
