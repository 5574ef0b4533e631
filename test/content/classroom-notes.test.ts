// The classroom mode's teacher notes (lessons/teacher-guide/<lang>.yaml, classroom.notes): every
// screen of every band has some in every language, with the same count per screen, and a broken
// file is reported with the file and the place.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ClassroomNotesError, GUIDE_DIR, readClassroomNotes } from "../../scorm/classroom/classroom-notes";
import { loadBand } from "../../scorm/load-lessons";
import { bandsWithLessons } from "../../scorm/repo-paths";

const lessons = new Map(bandsWithLessons().map((band) => [band, loadBand(band)]));

describe("classroom teacher notes", () => {
  it("cover every screen of every band in every language, prompts included", () => {
    const notes = readClassroomNotes(lessons);
    for (const [band, bandLessons] of lessons) {
      for (const lesson of bandLessons) {
        const data = notes.get(band)?.get(lesson.language);
        for (const screen of lesson.screens) {
          expect(data?.notes[screen.id]?.length, `${band}/${lesson.language}/${screen.id} notes`).toBeGreaterThan(0);
          expect(data?.prompts[screen.id]?.length, `${band}/${lesson.language}/${screen.id} prompts`).toBeGreaterThan(0);
        }
      }
    }
  });

  it("report a missing note, an unknown screen and a language with fewer notes, with file and place", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "notes-"));
    for (const language of ["vi", "en"]) {
      let text = fs.readFileSync(path.join(GUIDE_DIR, `${language}.yaml`), "utf8");
      if (language === "en") {
        // Drop the primary welcome notes (both lines) and name a screen that does not exist.
        text = text.replace(/(\n    primary:\n      welcome:\n)(        - .*\n)+/, "\n    primary:\n      no_such_screen:\n        - \"x\"\n      welcome:\n        - \"one\"\n");
      }
      fs.writeFileSync(path.join(dir, `${language}.yaml`), text);
    }
    let problems: string[] = [];
    try {
      readClassroomNotes(lessons, dir);
    } catch (error) {
      if (error instanceof ClassroomNotesError) problems = error.problems;
      else throw error;
    }
    // A copy outside the project is named by its full path.
    expect(problems.join("\n")).toContain(`${path.join(dir, "en.yaml")}: classroom.notes.primary.no_such_screen`);
    expect(problems.join("\n")).toMatch(/classroom\.notes\.primary\.welcome: vi\.yaml has 2 note\(s\), en\.yaml has 1/);
  });
});
