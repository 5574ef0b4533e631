// SCORM 1.2 data model: the elements we use, their vocabularies and limits.
// Source: SCORM 1.2 RTE §3.4 (ADL 2001), summarised in SCORM-NOTES.md §4.1.

export const CMI12 = {
  learnerName: "cmi.core.student_name", // RO CMIString255
  lessonStatus: "cmi.core.lesson_status", // RW, RTE 3.4.2.1.7
  entry: "cmi.core.entry", // RO "ab-initio" | "resume" | ""
  lessonMode: "cmi.core.lesson_mode", // RO "normal" | "review" | "browse"
  location: "cmi.core.lesson_location", // RW CMIString255
  scoreRaw: "cmi.core.score.raw",
  scoreMin: "cmi.core.score.min",
  scoreMax: "cmi.core.score.max",
  exit: "cmi.core.exit", // WO
  sessionTime: "cmi.core.session_time", // WO CMITimespan
  suspendData: "cmi.suspend_data", // RW CMIString4096
  masteryScore: "cmi.student_data.mastery_score", // RO CMIDecimal 0–100
  language: "cmi.student_preference.language", // RW CMIString255
  audio: "cmi.student_preference.audio", // RW CMISInteger -1..100: -1 off, 0 no change, 1–100 volume
  interactionCount: "cmi.interactions._count", // RO
  objectiveCount: "cmi.objectives._count", // RO; cmi.objectives.n.id/score/status are RW (RTE 3.4.2.5)
} as const;

/** Smallest permitted maxima (CMIString255 / CMIString4096). scorm-again accepts 64000 for
 *  suspend_data and Moodle does when `scorm12standard` is off, but an LMS that keeps to the
 *  spec refuses or truncates past 4096, and resume breaks (xerteonlinetoolkits#847). */
export const LIMITS12 = {
  location: 255,
  suspendData: 4096,
  identifier: 255,
  feedback: 255, // CMIFeedback: student_response and correct_responses.n.pattern
} as const;

export const LESSON_STATUS12 = {
  passed: "passed",
  completed: "completed",
  failed: "failed",
  incomplete: "incomplete",
  notAttempted: "not attempted", // the LMS may report it; the SCO may not set it
} as const;

/** cmi.core.exit: there is no "normal" in 1.2; "" ends the attempt normally. */
export const EXIT12 = { suspend: "suspend", normal: "" } as const;

/** cmi.interactions.n.result: "wrong", not 2004's "incorrect". */
export const RESULT12 = { correct: "correct", wrong: "wrong" } as const;

/** LMSGetLastError codes for a value or element the LMS will never accept (RTE §3.3.3):
 *  401 not implemented, 402 keyword, 403 read only, 404 write only, 405 incorrect data type. */
export const PERMANENT_ERRORS12: ReadonlySet<string> = new Set(["401", "402", "403", "404", "405"]);

/** CMIIdentifier: no spaces, at most 255 characters; [A-Za-z0-9_-] in the ADL conformance suite. */
export const IDENTIFIER12 = /^[A-Za-z0-9_-]{1,255}$/;
