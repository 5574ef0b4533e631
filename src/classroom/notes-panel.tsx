// The teacher's panel for the screen on view (toggled with N or the Notes button): the teacher
// guide's discussion prompts and the short classroom notes, both data from
// lessons/teacher-guide/<lang>.yaml, delivered with the lesson script.
import type { Screen } from "../lesson/lesson-types";
import { useT } from "../i18n/use-translate";
import { loadedClassroomData } from "./lesson-scripts";

export const NOTES_ID = "teacher-notes";

export function NotesPanel({ screen, language }: { screen: Screen; language: string }) {
  const t = useT();
  const data = loadedClassroomData(language);
  const prompts = data?.prompts[screen.id] ?? [];
  const notes = data?.notes[screen.id] ?? [];
  return (
    <aside id={NOTES_ID} class="notes-panel" aria-labelledby="notes-title" data-testid="notes-panel">
      <h2 id="notes-title">{t("classroom.notes.title")}</h2>
      {prompts.length > 0 && (
        <>
          <h3>{t("classroom.notes.prompts")}</h3>
          <ul class="notes-list" data-testid="notes-prompts">
            {prompts.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </>
      )}
      {notes.length > 0 && (
        <>
          <h3>{t("classroom.notes.notes")}</h3>
          <ul class="notes-list" data-testid="notes-notes">
            {notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
