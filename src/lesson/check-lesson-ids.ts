// Checks that need the whole lesson: ids unique across it, and references that point at a screen.
import { closest, type FieldReader } from "./field-reader";
import { checkUniqueIds } from "./id-checks";

export function checkLessonIds(r: FieldReader): void {
  checkUniqueIds(r, r.screenIds, "screen", " (the LMS saves the student's place by screen id)");
  checkUniqueIds(
    r,
    r.interactionIds,
    "interaction",
    " (every question, activity and dialogue step needs its own id: the LMS records answers by id)",
  );
  const screens = r.screenIds.map((s) => s.id).filter(Boolean);
  for (const ref of r.screenRefs) {
    if (!ref.id || screens.includes(ref.id)) continue;
    const guess = closest(ref.id, screens);
    r.report(ref.path, `"${ref.id}" is not a screen id in this lesson${guess ? ` (did you mean "${guess}"?)` : ""}`);
  }
}
