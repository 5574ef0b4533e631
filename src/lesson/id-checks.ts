// Checks on lists of ids that several readers share: unique within their scope, and few enough
// for SCORM 1.2, which records a choice, match or order as single characters.
import type { FieldReader } from "./field-reader";

export interface IdAt {
  id: string;
  /** Place of the id field, e.g. "screens[4].questions[1].options[2].id". */
  path: string;
}

/** Reports every id that repeats an earlier one. Empty ids were already reported as missing. */
export function checkUniqueIds(r: FieldReader, ids: readonly IdAt[], what: string, why = ""): void {
  const first = new Map<string, string>();
  for (const { id, path } of ids) {
    if (!id) continue;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, path);
    else r.report(path, `duplicate ${what} id "${id}", already used at ${earlier}${why}`);
  }
}

/** SCORM 1.2 (RTE 3.4.2.6.4, cmi.interactions.n.student_response) writes each choice as one
 *  character 0-9 or a-z, so a question can offer at most 36 of them. We keep this limit for both
 *  SCORM versions so one lesson file builds both packages. */
export const SCORM12_MAX_CHOICES = 36;

export function checkScorm12Count(r: FieldReader, count: number, path: string, noun: string): void {
  if (count > SCORM12_MAX_CHOICES) {
    r.report(
      path,
      `has ${count} ${noun}s; SCORM 1.2 allows at most ${SCORM12_MAX_CHOICES} (answers are recorded as single characters 0-9, a-z)`,
    );
  }
}
