// The preview LMS's launch settings, read from the page URL. The same names are used by
// test/support/lms-host.ts to build URLs, so tests and people start a launch the same way:
//   /?band=primary&version=2004&name=Tr%E1%BA%A7n%2C%20B%C3%ACnh&lang=en&fresh=1&failCommits=1
// Pure: no DOM, no storage, so Node code can import it.
import { parseScormVersion, type ScormVersion } from "../scorm-versions";

export interface LaunchOptions {
  band: string;
  version: ScormVersion;
  /** cmi.core.student_name / cmi.learner_name ("Last, First" by SCORM convention). */
  learnerName: string;
  /** cmi.core.student_id / cmi.learner_id; also keys the saved learner state. */
  learnerId: string;
  /** cmi.core.student_preference.language / cmi.learner_preference.language; "" = not set. */
  language: string;
  /** Forget the saved learner state before launching: a first-ever launch. */
  fresh: boolean;
  /** The LMS answers every commit with HTTP 500, so LMSCommit/Commit return "false". */
  failCommits: boolean;
  /** Mastery score to hand the SCO: "manifest" (what a real LMS does), "none", or a percentage. */
  mastery: "manifest" | "none" | number;
  /** A page of the package to open instead of the manifest's launch page, e.g. "classroom.html"
   *  or "classroom.html?lang=en" (the classroom mode, which must not talk to the LMS around it);
   *  "" = the manifest's. */
  entry: string;
  /** What the LMS does when the learner comes back to a finished attempt: start a new attempt
   *  ("new", like Moodle's "force new attempt"), or open the same one again, in review mode
   *  ("review", Moodle's way otherwise) or in normal mode ("normal", as some LMSs do). */
  reopen: "new" | "review" | "normal";
}

export const DEFAULT_OPTIONS: LaunchOptions = {
  band: "primary",
  // SCORM 1.2 is what we recommend for Moodle (DESIGN.md), so it is what opens first.
  version: "1.2",
  // Non-ASCII on purpose: the lesson must show Vietnamese names correctly (and escaped).
  learnerName: "Nguyễn, An",
  learnerId: "student-1",
  language: "",
  fresh: false,
  failCommits: false,
  mastery: "manifest",
  entry: "",
  reopen: "new",
};

const TRUE = /^(1|true|yes|on)$/i;

export function readLaunchOptions(search: string): LaunchOptions {
  const q = new URLSearchParams(search);
  const text = (key: string) => q.get(key)?.trim() ?? null;
  const masteryText = text("mastery");
  const masteryNumber = Number(masteryText);
  return {
    band: (text("band") || DEFAULT_OPTIONS.band).replace(/[^a-z0-9-]/g, ""),
    version: parseScormVersion(text("version")) ?? DEFAULT_OPTIONS.version,
    learnerName: text("name") ?? DEFAULT_OPTIONS.learnerName,
    learnerId: text("id") || DEFAULT_OPTIONS.learnerId,
    language: text("lang") ?? DEFAULT_OPTIONS.language,
    fresh: TRUE.test(text("fresh") ?? ""),
    failCommits: TRUE.test(text("failCommits") ?? ""),
    mastery:
      masteryText === "none"
        ? "none"
        : masteryText && Number.isFinite(masteryNumber) && masteryNumber >= 0 && masteryNumber <= 100
          ? masteryNumber
          : "manifest",
    // A plain page name at the package root, nothing that could leave the package folder.
    entry: /^[a-z0-9-]+\.html(\?lang=[a-z-]+)?$/.test(text("entry") ?? "") ? text("entry")! : "",
    reopen: text("reopen") === "review" || text("reopen") === "normal" ? (text("reopen") as "review" | "normal") : "new",
  };
}

/** The query string for a launch; only settings that differ from the defaults are written. */
export function launchQuery(options: Partial<LaunchOptions>): string {
  const o = { ...DEFAULT_OPTIONS, ...options };
  const q = new URLSearchParams();
  q.set("band", o.band);
  q.set("version", o.version);
  if (o.learnerName !== DEFAULT_OPTIONS.learnerName) q.set("name", o.learnerName);
  if (o.learnerId !== DEFAULT_OPTIONS.learnerId) q.set("id", o.learnerId);
  if (o.language) q.set("lang", o.language);
  if (o.fresh) q.set("fresh", "1");
  if (o.failCommits) q.set("failCommits", "1");
  if (o.mastery !== "manifest") q.set("mastery", String(o.mastery));
  if (o.entry) q.set("entry", o.entry);
  if (o.reopen !== "new") q.set("reopen", o.reopen);
  return `?${q.toString()}`;
}
