// The manifest template filler: values are escaped, bad input stops the build.
import { describe, expect, it } from "vitest";
import { escapeXml, fillManifest, manifestIdentifiers, type ManifestInput } from "../../scorm/manifest/fill-manifest";

const input: ManifestInput = {
  version: "1.2",
  band: "primary",
  title: "Gọi 111 – Tiểu học",
  masteryPercent: 80,
  packageVersion: "1.0.0",
  files: ["index.html", "assets/app.js"],
};

describe("fillManifest", () => {
  it("escapes the title and keeps Vietnamese letters as they are", () => {
    const xml = fillManifest({ ...input, title: `Gọi 111 <"Tiểu học"> & 'bạn'` });
    expect(xml).toContain("<title>Gọi 111 &lt;&quot;Tiểu học&quot;&gt; &amp; &apos;bạn&apos;</title>");
    expect(xml).not.toContain("{{");
  });

  it("writes the mastery score in each version's own form", () => {
    expect(fillManifest(input)).toContain("<adlcp:masteryscore>80</adlcp:masteryscore>");
    const xml2004 = fillManifest({ ...input, version: "2004", masteryPercent: 75 });
    expect(xml2004).toContain("<imsss:minNormalizedMeasure>0.75</imsss:minNormalizedMeasure>");
    expect(xml2004).not.toContain("masteryscore");
  });

  it("lists every file once, sorted", () => {
    const xml = fillManifest(input);
    expect([...xml.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1])).toEqual(["assets/app.js", "index.html"]);
  });

  it("uses identifiers that stay the same from build to build", () => {
    expect(manifestIdentifiers("primary", "1.2").identifier).toBe("call-111-primary-scorm12");
    expect(manifestIdentifiers("lower-secondary", "2004").identifier).toBe("call-111-lower-secondary-scorm2004");
    expect(manifestIdentifiers("lower-secondary", "2004").objectiveId).toMatch(/^[a-z0-9_]*[a-z0-9]$/);
  });

  it("refuses a mastery score outside 0–100, an empty title, unsafe file names and a missing launch page", () => {
    expect(() => fillManifest({ ...input, masteryPercent: 150 })).toThrow(/0–100/);
    expect(() => fillManifest({ ...input, masteryPercent: Number.NaN })).toThrow(/0–100/);
    expect(() => fillManifest({ ...input, title: "  " })).toThrow(/title is empty/);
    expect(() => fillManifest({ ...input, files: [...input.files, "âm thanh.mp3"] })).toThrow(/unsafe file name/);
    expect(() => fillManifest({ ...input, files: ["assets/app.js"] })).toThrow(/launch file/);
  });
});

it("escapeXml escapes the five XML special characters", () => {
  expect(escapeXml(`<a href="x">&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
});
