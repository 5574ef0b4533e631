// SCORM 2004 4th Edition data model: the elements we use, their vocabularies and limits.
// Source: SCORM 2004 4th Ed. RTE v1.1 §4.2 (ADL 2009), summarised in SCORM-NOTES.md §4.2.

export const CMI2004 = {
  learnerName: "cmi.learner_name", // RO localized_string_type(250)
  completionStatus: "cmi.completion_status", // RW, RTE 4.2.4
  successStatus: "cmi.success_status", // RW, RTE 4.2.22
  progressMeasure: "cmi.progress_measure", // RW real(10,7) 0..1
  scoreScaled: "cmi.score.scaled", // RW real(10,7) -1..1
  scoreRaw: "cmi.score.raw",
  scoreMin: "cmi.score.min",
  scoreMax: "cmi.score.max",
  entry: "cmi.entry", // RO "ab-initio" | "resume" | ""
  mode: "cmi.mode", // RO "normal" | "review" | "browse"
  location: "cmi.location", // RW characterstring(1000)
  exit: "cmi.exit", // WO
  sessionTime: "cmi.session_time", // WO timeinterval
  suspendData: "cmi.suspend_data", // RW characterstring(64000)
  scaledPassingScore: "cmi.scaled_passing_score", // RO real(10,7) -1..1
  language: "cmi.learner_preference.language", // RW language_type
  audioLevel: "cmi.learner_preference.audio_level", // RW real(10,7) >= 0; 0 = muted, 1 = default
  interactionCount: "cmi.interactions._count", // RO
  objectiveCount: "cmi.objectives._count", // RO; an LMS may pre-fill objectives from the manifest (RTE 4.2.17)
} as const;

/** Smallest permitted maxima, 4th Edition (2nd Edition had 4000 for suspend_data). */
export const LIMITS2004 = {
  location: 1000,
  suspendData: 64000,
  description: 250, // localized_string_type SPM; we count the {lang=xx} prefix too, to be safe
  shortIdentifier: 250,
  /** correct_responses patterns an LMS must keep for a choice interaction (SPM 10, RTE §4.2.9.1). */
  choicePatterns: 10,
} as const;

export const COMPLETION2004 = {
  completed: "completed",
  incomplete: "incomplete",
  notAttempted: "not attempted",
  unknown: "unknown",
} as const;

/** cmi.exit: "normal" ends the attempt; "suspend" keeps location and suspend_data for resume. */
export const EXIT2004 = { suspend: "suspend", normal: "normal" } as const;

/** cmi.interactions.n.result: "incorrect", not 1.2's "wrong". */
export const RESULT2004 = { correct: "correct", incorrect: "incorrect" } as const;

/** Bracketed delimiters of the response formats (RTE Table 4.2.9.2a). */
export const DELIMITER2004 = { list: "[,]", pair: "[.]" } as const;

/** GetLastError codes for a value or element the LMS will never accept (RTE §3.1.7.6):
 *  401 undefined, 402 unimplemented, 403 not initialized, 404 read only, 405 write only,
 *  406 type mismatch, 407 out of range, 408 dependency not established. */
export const PERMANENT_ERRORS2004: ReadonlySet<string> = new Set(["401", "402", "403", "404", "405", "406", "407", "408"]);

/** Interaction ids: Moodle's rule ^\S{0,4000}[a-zA-Z0-9]$ (ends in a letter or digit), 4000 SPM. */
export const INTERACTION_ID2004 = /^\S{0,3999}[A-Za-z0-9]$/;

/** Answer ids (short_identifier_type): [a-z0-9_] only; Moodle's ^[\w\.]{1,250}$ rejects hyphens. */
export const SHORT_ID2004 = /^[A-Za-z0-9_]{1,250}$/;
