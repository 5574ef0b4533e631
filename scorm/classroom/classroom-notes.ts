// What the classroom's notes panel shows for each screen, per language: the teacher guide's
// discussion prompts (prompts.<band>.<screen>) and the short classroom notes
// (classroom.notes.<band>.<screen>), both in lessons/teacher-guide/<language>.yaml. Checked here,
// at build time: every screen of every band has at least one note in every language, no note
// names a screen the lesson lacks, and each screen has as many notes in one language as in the
// others (the languages say the same things).
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { Band, Lesson } from "../../src/lesson/lesson-types";
import { REPO_ROOT } from "../repo-paths";

export const GUIDE_DIR = path.join(REPO_ROOT, "lessons", "teacher-guide");

export type PerScreen = Record<string, string[]>;

export interface ClassroomNotes {
  prompts: PerScreen;
  notes: PerScreen;
}

export class ClassroomNotesError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function perScreen(raw: unknown, at: string, problems: string[]): PerScreen {
  if (raw === undefined) return {};
  if (!isObj(raw)) {
    problems.push(`${at}: must be a mapping of screen id to a list of lines`);
    return {};
  }
  const out: PerScreen = {};
  for (const [id, lines] of Object.entries(raw)) {
    if (!Array.isArray(lines) || lines.length === 0 || lines.some((l) => typeof l !== "string" || !l.trim())) {
      problems.push(`${at}.${id}: must be a list of non-empty lines (in double quotes)`);
      continue;
    }
    out[id] = lines as string[];
  }
  return out;
}

/** Notes per band and language, checked against the lessons (lessons.get(band) = every language). */
export function readClassroomNotes(lessons: Map<Band, Lesson[]>, dir = GUIDE_DIR): Map<Band, Map<string, ClassroomNotes>> {
  const problems: string[] = [];
  const result = new Map<Band, Map<string, ClassroomNotes>>();
  const files = new Map<string, Record<string, unknown>>();
  const read = (language: string): Record<string, unknown> | null => {
    if (files.has(language)) return files.get(language)!;
    const file = path.join(dir, `${language}.yaml`);
    if (!fs.existsSync(file)) return null;
    const raw: unknown = parse(fs.readFileSync(file, "utf8"));
    const root = isObj(raw) ? raw : {};
    files.set(language, root);
    return root;
  };
  for (const [band, bandLessons] of lessons) {
    const perLanguage = new Map<string, ClassroomNotes>();
    for (const lesson of bandLessons) {
      const shown = shownPath(path.join(dir, `${lesson.language}.yaml`));
      const root = read(lesson.language);
      if (!root) {
        problems.push(
          `${shown}: missing; every lesson language needs its teacher guide with the classroom notes ` +
            `(lessons/${band}/${lesson.language}.yaml exists): copy ${shownPath(path.join(dir, "en.yaml"))}, set language: ${lesson.language} and translate it`,
        );
        continue;
      }
      const classroom = isObj(root.classroom) ? root.classroom : {};
      const notesRoot = isObj(classroom.notes) ? classroom.notes : {};
      const promptsRoot = isObj(root.prompts) ? root.prompts : {};
      const notes = perScreen(notesRoot[band], `${shown}: classroom.notes.${band}`, problems);
      const prompts = perScreen(promptsRoot[band], `${shown}: prompts.${band}`, problems);
      const ids = lesson.screens.map((s) => s.id);
      for (const id of ids) {
        if (!notes[id]) problems.push(`${shown}: classroom.notes.${band}.${id}: the screen "${id}" of lessons/${band}/${lesson.language}.yaml has no teacher note; add at least one`);
      }
      for (const id of Object.keys(notes)) {
        if (!ids.includes(id)) problems.push(`${shown}: classroom.notes.${band}.${id}: lessons/${band}/${lesson.language}.yaml has no screen "${id}"`);
      }
      perLanguage.set(lesson.language, { prompts, notes });
    }
    // Parity: the same number of notes per screen in every language.
    const [first, ...others] = [...perLanguage];
    if (first) {
      for (const [language, data] of others) {
        for (const id of Object.keys(first[1].notes)) {
          const a = first[1].notes[id]?.length ?? 0;
          const b = data.notes[id]?.length ?? 0;
          if (a !== b) problems.push(`classroom.notes.${band}.${id}: ${first[0]}.yaml has ${a} note(s), ${language}.yaml has ${b}; the languages must say the same things`);
        }
      }
    }
    result.set(band, perLanguage);
  }
  if (problems.length > 0) throw new ClassroomNotesError(problems);
  return result;
}

/** "lessons/teacher-guide/vi.yaml" inside the project; the full path elsewhere (a test's copy). */
function shownPath(p: string): string {
  const relative = path.relative(REPO_ROOT, p);
  return (relative && !relative.startsWith("..") ? relative : p).split(path.sep).join("/");
}
