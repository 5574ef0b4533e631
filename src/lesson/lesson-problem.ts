// One thing wrong in a lesson file, and how it is printed. Authors read these lines in the build
// output, so each names the file, the line, the place in the lesson and what to change.

export interface LessonProblem {
  /** The lesson file as the author knows it, e.g. "lessons/primary/vi.yaml". */
  file: string;
  /** 1-based line in that file; null when the problem has no single line (e.g. a missing file). */
  line: number | null;
  /** Place in the lesson, e.g. "screens[4].questions[1].answer"; "" for the whole file. */
  path: string;
  message: string;
}

/** `lessons/primary/vi.yaml:42 screens[4].questions[1].answer: "e" is not one of the options (a, b, c)` */
export function formatProblem(p: LessonProblem): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}`;
  return p.path ? `${where} ${p.path}: ${p.message}` : `${where}: ${p.message}`;
}

/** "screens" + "title" -> "screens.title"; the root path is "". */
export function joinPath(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

export function itemPath(path: string, index: number): string {
  return `${path}[${index}]`;
}

/** The enclosing place: "screens[2].title" -> "screens[2]" -> "screens" -> "". */
export function parentPath(path: string): string {
  const m = /(?:\.[^.[\]]*|\[\d+\])$/.exec(path);
  return m ? path.slice(0, m.index) : "";
}
