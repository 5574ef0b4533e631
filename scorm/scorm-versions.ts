// The two SCORM versions we ship and how packages are named. Pure (no Node APIs), so the
// preview LMS page (browser) and the build scripts (Node) share one naming scheme.

export const SCORM_VERSIONS = ["1.2", "2004"] as const;
export type ScormVersion = (typeof SCORM_VERSIONS)[number];

/** "1.2" -> "scorm12", "2004" -> "scorm2004": the suffix of package folders and zip names. */
export function versionSlug(version: ScormVersion): "scorm12" | "scorm2004" {
  return version === "1.2" ? "scorm12" : "scorm2004";
}

/** Folder of an unzipped package under dist/packages/, e.g. "primary-scorm12". */
export function packageDirName(band: string, version: ScormVersion): string {
  return `${band}-${versionSlug(version)}`;
}

/** Zip file name under dist/, e.g. "call-111-primary-scorm2004.zip". */
export function zipFileName(band: string, version: ScormVersion): string {
  return `call-111-${packageDirName(band, version)}.zip`;
}

/** Accepts the spellings people type ("12", "scorm12", "2004", "scorm2004"…); null when unknown. */
export function parseScormVersion(text: string | null | undefined): ScormVersion | null {
  const t = (text ?? "").trim().toLowerCase().replace(/^scorm[\s_-]?/, "");
  if (t === "1.2" || t === "12") return "1.2";
  if (t === "2004" || t === "2004-4th" || t === "2004_4th") return "2004";
  return null;
}
