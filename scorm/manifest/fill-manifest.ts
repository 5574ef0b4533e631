// Fills scorm/manifest/<scorm12|scorm2004>/imsmanifest.template.xml from lesson metadata.
// Every value is XML-escaped here, in one place; the templates hold only fixed SCORM structure.
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { versionSlug, type ScormVersion } from "../scorm-versions";

export interface ManifestInput {
  version: ScormVersion;
  band: string;
  /** The band's Vietnamese lesson title, shown by the LMS as the activity and item title. */
  title: string;
  /** Pass mark in percent, 0–100 (Lesson.masteryPercent). */
  masteryPercent: number;
  /** Written to manifest@version so a teacher can tell uploads apart (package.json version). */
  packageVersion: string;
  /** Every file of the package except imsmanifest.xml and the schema files, "/"-separated. */
  files: string[];
  /** The SCO's launch page, relative to the manifest. */
  launchHref?: string;
}

/** Identifiers that stay the same from build to build, so an LMS that keys on the manifest
 *  identifier (Moodle compares it on re-upload) sees an update, not a new course. */
export function manifestIdentifiers(band: string, version: ScormVersion) {
  return {
    identifier: `call-111-${band}-${versionSlug(version)}`,
    organizationId: "ORG-CALL-111",
    itemId: "ITEM-LESSON",
    resourceId: "RES-LESSON",
    // Readable and ending in a letter (the same rule as our interaction ids): in 2004 it appears
    // to the SCO as a cmi.objectives id.
    objectiveId: `call_111_${band.replace(/-/g, "_")}_mastery`,
  };
}

// Vite's output names are plain ASCII; anything else (spaces, Vietnamese letters) would need URL
// encoding in href and breaks older LMS unzippers, so refuse it rather than ship it.
const SAFE_HREF = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

export function fillManifest(input: ManifestInput): string {
  const { version, band, title, masteryPercent, packageVersion, files } = input;
  const launchHref = input.launchHref ?? "index.html";
  if (!title.trim()) throw new Error(`Manifest for ${band}: the lesson title is empty`);
  if (!Number.isFinite(masteryPercent) || masteryPercent < 0 || masteryPercent > 100) {
    throw new Error(`Manifest for ${band}: masteryPercent must be 0–100, got ${masteryPercent}`);
  }
  for (const file of files) {
    if (!SAFE_HREF.test(file)) throw new Error(`Manifest for ${band}: unsafe file name "${file}" (use ASCII letters, digits, . _ -)`);
  }
  if (!files.includes(launchHref)) throw new Error(`Manifest for ${band}: launch file "${launchHref}" is not in the package`);

  const values: Record<string, string> = {
    ...manifestIdentifiers(band, version),
    version: packageVersion,
    title,
    launchHref,
    // 1.2 adlcp:masteryscore is 0–100; 2004 minNormalizedMeasure is the same mark scaled to 0–1.
    masteryScore: String(masteryPercent),
    minNormalizedMeasure: String(masteryPercent / 100),
  };
  const escaped = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, escapeXml(v)]));
  // The one raw (pre-built) value: <file> lines made from hrefs that are escaped one by one.
  escaped.files = [...files]
    .sort()
    .map((href) => `      <file href="${escapeXml(href)}"/>`)
    .join("\n");

  const template = fs.readFileSync(templatePath(version), "utf8");
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = escaped[key];
    if (value === undefined) throw new Error(`${templatePath(version)}: unknown placeholder {{${key}}}`);
    return value;
  });
}

export function templatePath(version: ScormVersion): string {
  return fileURLToPath(new URL(`./${versionSlug(version)}/imsmanifest.template.xml`, import.meta.url));
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}
