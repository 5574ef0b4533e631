// Reads a built package's imsmanifest.xml the way an LMS does at import: the launch page comes
// from the default organization's item -> resource href, and the mastery score from the item
// (1.2 adlcp:masteryscore; 2004 the primary objective's minNormalizedMeasure). So the preview
// plays what the manifest says, and a broken manifest shows up here too. Browser only (DOMParser).
import type { ScormVersion } from "../scorm-versions";

export interface ManifestInfo {
  title: string;
  /** Launch URL relative to the package folder, e.g. "index.html". */
  launchHref: string;
  /** Pass mark in percent, or null when the manifest gives none. */
  masteryPercent: number | null;
  /** 2004: the item's primary objective id (imsss:primaryObjective@objectiveID), which an LMS
   *  puts in cmi.objectives at launch (RTE 4.2.17); null in 1.2 or when there is none. */
  primaryObjectiveId: string | null;
}

export async function readManifest(packageUrl: string, version: ScormVersion): Promise<ManifestInfo> {
  const url = `${packageUrl}imsmanifest.xml`;
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} — is the package built? (npm run build)`);
  const doc = new DOMParser().parseFromString(await response.text(), "application/xml");
  if (doc.getElementsByTagName("parsererror").length) throw new Error(`${url}: not well-formed XML`);

  const all = (parent: Document | Element, name: string) => Array.from(parent.getElementsByTagNameNS("*", name));
  const organizations = all(doc, "organizations")[0];
  const defaultOrg = organizations?.getAttribute("default");
  const org = all(doc, "organization").find((o) => o.getAttribute("identifier") === defaultOrg);
  if (!org) throw new Error(`${url}: organizations@default="${defaultOrg}" names no <organization>`);
  const item = all(org, "item").find((i) => i.hasAttribute("identifierref"));
  const ref = item?.getAttribute("identifierref");
  const resource = all(doc, "resource").find((r) => r.getAttribute("identifier") === ref);
  const launchHref = resource?.getAttribute("href");
  if (!item || !launchHref) throw new Error(`${url}: no item launches a resource with an href`);

  const title = directChild(org, "title")?.textContent?.trim() ?? "";
  const primaryObjectiveId =
    version === "2004" ? (item.getElementsByTagNameNS("*", "primaryObjective")[0]?.getAttribute("objectiveID") ?? null) : null;
  return { title, launchHref, masteryPercent: masteryOf(item, version), primaryObjectiveId };
}

function masteryOf(item: Element, version: ScormVersion): number | null {
  let percent: number;
  if (version === "1.2") {
    const text = item.getElementsByTagNameNS("*", "masteryscore")[0]?.textContent?.trim();
    if (!text) return null;
    percent = Number(text);
  } else {
    const objective = Array.from(item.getElementsByTagNameNS("*", "primaryObjective")).find(
      (o) => o.getAttribute("satisfiedByMeasure") === "true",
    );
    const text = objective?.getElementsByTagNameNS("*", "minNormalizedMeasure")[0]?.textContent?.trim();
    if (!text) return null;
    // Round away float noise: 0.57 * 100 is 56.99999999999999.
    percent = Math.round(Number(text) * 100 * 1e6) / 1e6;
  }
  return Number.isFinite(percent) ? percent : null;
}

function directChild(parent: Element, localName: string): Element | undefined {
  return Array.from(parent.children).find((c) => c.localName === localName);
}
