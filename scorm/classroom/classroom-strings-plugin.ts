// Vite plugin for the learner's builds: leaves every "classroom.*" key out of
// src/i18n/strings/<language>.json. The classroom (projector) mode keeps its strings in the same
// files as everything else, so one parity check covers them, but a learner never sees them, and
// the Vietnamese strings ride in the learner's first-screen JavaScript: they must not cost a
// learner a byte. The classroom build (CLASSROOM_BUILD=1) runs without this plugin.
import type { Plugin } from "vite";

const STRINGS_FILE = /[\\/]src[\\/]i18n[\\/]strings[\\/][^\\/]+\.json$/;
export const CLASSROOM_KEY_PREFIX = "classroom.";

export function withoutClassroomStrings(strings: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(strings).filter(([key]) => !key.startsWith(CLASSROOM_KEY_PREFIX)));
}

export function classroomStringsPlugin(): Plugin {
  return {
    name: "call-111-no-classroom-strings",
    // Before Vite's own JSON plugin turns the file into a module.
    enforce: "pre",
    transform(code, id) {
      if (!STRINGS_FILE.test(id.split("?")[0] ?? "")) return null;
      return { code: JSON.stringify(withoutClassroomStrings(JSON.parse(code) as Record<string, string>)), map: null };
    },
  };
}
