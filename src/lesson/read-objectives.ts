// The lesson's learning objectives (top-level `objectives:`) and the checks that tie questions
// to them: ids well formed and unique, every question's `objective` one of them, and every
// objective asked by at least one question (the LMS reports an objective from its questions).
import { BANDS, type Band, type Objective, OBJECTIVE_ID_MAX, OBJECTIVE_ID_PATTERN, objectiveIdPrefix } from "./lesson-types";
import { closest, type FieldReader, type Fields } from "./field-reader";
import { checkUniqueIds } from "./id-checks";
import { itemPath, joinPath } from "./lesson-problem";

export function readObjectives(r: FieldReader, f: Fields): Objective[] {
  return r.list(f, "objectives", "", 1, "objective").map((raw, i) => {
    const at = itemPath("objectives", i);
    const of = r.fields(raw, at);
    if (!of) return { id: "", text: "" };
    r.onlyKeys(of, at, ["id", "text"]);
    const objective = { id: r.text(of, "id", at), text: r.text(of, "text", at) };
    r.objectiveIds.push({ id: objective.id, path: joinPath(at, "id") });
    return objective;
  });
}

/** Run once the whole lesson is read (the band is known then). That the band in an id is the
 *  band of the lesson's folder is checked where the folder is known (scorm/load-lessons.ts). */
export function checkObjectives(r: FieldReader, band: Band): void {
  const prefix = objectiveIdPrefix(band);
  for (const { id, path } of r.objectiveIds) {
    const rest = BANDS.map(objectiveIdPrefix).find((p) => id.startsWith(p));
    if (id && (!rest || id === rest || !OBJECTIVE_ID_PATTERN.test(id) || id.length > OBJECTIVE_ID_MAX)) {
      r.report(
        path,
        `"${id}" is not a valid objective id: start with "${prefix}", then lowercase words (a-z, 0-9) joined by "-", ` +
          `at most ${OBJECTIVE_ID_MAX} characters, e.g. "${prefix}remember-111"`,
      );
    }
  }
  checkUniqueIds(r, r.objectiveIds, "objective", " (the LMS reports results per objective id)");
  const ids = r.objectiveIds.map((o) => o.id).filter(Boolean);
  const asked = new Set<string>();
  for (const ref of r.objectiveRefs) {
    if (!ref.id) continue;
    asked.add(ref.id);
    if (ids.includes(ref.id)) continue;
    const guess = closest(ref.id, ids);
    r.report(
      ref.path,
      `"${ref.id}" is not one of the objectives listed under objectives: (${ids.join(", ")})${guess ? `; did you mean "${guess}"?` : ""}`,
    );
  }
  for (const { id, path } of r.objectiveIds) {
    if (id && !asked.has(id)) {
      r.report(path, `objective "${id}" has no question; give at least one question "objective: ${id}", or remove the objective`);
    }
  }
}
