// The classroom (projector) mode keeps its UI strings ("classroom.*") in the same files as
// everything else, so one parity check covers them; but a learner never sees them, so the
// learner's language data files (scorm/lessons-plugin.ts) leave them out. The classroom build
// bundles the strings files whole (src/classroom/classroom-strings.ts).
export const CLASSROOM_KEY_PREFIX = "classroom.";

export function withoutClassroomStrings<T extends Record<string, string>>(strings: T): T {
  return Object.fromEntries(Object.entries(strings).filter(([key]) => !key.startsWith(CLASSROOM_KEY_PREFIX))) as T;
}
