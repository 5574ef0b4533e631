// The classroom's lesson data, one classic script per language (classroom/lesson-<lang>.js,
// written by scorm/classroom/build-classroom.ts): each one adds its language to
// window.call111Classroom. A <script src> works where fetch() does not: from file://, when a
// teacher opens the unzipped classroom folder by double-click.
import type { Lesson } from "../lesson/lesson-types";
import type { Timing } from "../narration/narration-timings";

export interface ClassroomLessonData {
  lesson: Lesson;
  /** Per screen id: the teacher guide's discussion prompts. */
  prompts: Record<string, string[]>;
  /** Per screen id: short teacher notes (lessons/teacher-guide/<lang>.yaml, classroom.notes). */
  notes: Record<string, string[]>;
  /** audio/<lang>/narration.json, for the captions' timing. */
  narration: Record<string, Timing>;
}

declare global {
  interface Window {
    call111Classroom?: Record<string, ClassroomLessonData>;
  }
}

const pending = new Map<string, Promise<ClassroomLessonData>>();

/** The language's data, loading its script the first time. */
export function classroomData(language: string): Promise<ClassroomLessonData> {
  const ready = window.call111Classroom?.[language];
  if (ready) return Promise.resolve(ready);
  let load = pending.get(language);
  if (!load) {
    load = new Promise<ClassroomLessonData>((resolve, reject) => {
      const script = document.createElement("script");
      script.src = `classroom/lesson-${encodeURIComponent(language)}.js`;
      script.onload = () => {
        const data = window.call111Classroom?.[language];
        if (data) resolve(data);
        else reject(new Error(`${script.src} did not provide the "${language}" lesson`));
      };
      script.onerror = () => {
        pending.delete(language);
        reject(new Error(`Could not load ${script.src}`));
      };
      document.head.appendChild(script);
    });
    pending.set(language, load);
  }
  return load;
}

/** The data already loaded for a language (the notes panel reads it synchronously). */
export function loadedClassroomData(language: string): ClassroomLessonData | undefined {
  return window.call111Classroom?.[language];
}
