// Every language of a band is the same lesson in other words: the same screens in the same order,
// the same ids, answers and pictures. The LMS stores answers and the student's place by id, so a
// translation that drifted would record different data. Pure: works on parsed lessons.
import type { Lesson, Question, Screen } from "./lesson-types";
import type { LessonProblem } from "./lesson-problem";
import type { LineOf } from "./yaml-source";

export interface LessonFile {
  file: string;
  lesson: Lesson;
  /** Line lookup from parseLesson, so parity problems point at a line too. */
  lineOf?: LineOf;
}

const WHY = "every language of a band must have the same screens, ids, answers and pictures";

/** Compares each language with the Vietnamese lesson (the default language), or the first one. */
export function checkLessonParity(files: readonly LessonFile[]): LessonProblem[] {
  const reference = files.find((f) => f.lesson.language === "vi") ?? files[0];
  if (!reference) return [];
  const refName = reference.file.slice(reference.file.lastIndexOf("/") + 1);
  const problems: LessonProblem[] = [];
  for (const other of files) {
    if (other === reference) continue;
    const report = (path: string, message: string) =>
      problems.push({ file: other.file, line: other.lineOf?.(path) ?? null, path, message: `${message} (${WHY})` });
    compareShapes(lessonShape(reference.lesson), lessonShape(other.lesson), refName, report);
    const ref = reference.lesson.screens;
    const own = other.lesson.screens;
    for (let i = 0; i < Math.max(ref.length, own.length); i++) {
      const a = ref[i];
      const b = own[i];
      const path = `screens[${i}]`;
      if (!a || !b) {
        report(path, a ? `screen "${a.id}" is missing here but is in ${refName}` : `screen "${b?.id}" is here but not in ${refName}`);
      } else if (a.id !== b.id || a.kind !== b.kind) {
        // One message per screen: the fields of two different screens are not worth comparing.
        report(path, `is ${b.kind} screen "${b.id}" here but ${a.kind} screen "${a.id}" in ${refName}`);
      } else {
        compareShapes(screenShape(a, path), screenShape(b, path), refName, report);
        if (a.kind === "quiz" && b.kind === "quiz") compareQuestions(a.questions, b.questions, path, refName, report);
      }
    }
  }
  return problems;
}

type Shape = Map<string, string>;
type Report = (path: string, message: string) => void;

/** Questions are matched by id, so one question added, dropped or moved is one message, not a
 *  mismatch of every question after it. Their order matters too: the seeded draw picks by place,
 *  and a learner who switches language mid-quiz must keep the same questions. */
function compareQuestions(ref: readonly Question[], own: readonly Question[], path: string, refName: string, report: Report): void {
  const refIds = ref.map((q) => q.id);
  const ownIds = own.map((q) => q.id);
  own.forEach((q, j) => {
    if (!refIds.includes(q.id)) report(`${path}.questions[${j}]`, `question "${q.id}" is here but not in ${refName}`);
  });
  ref.forEach((q) => {
    if (!ownIds.includes(q.id)) report(`${path}.questions`, `question "${q.id}" is missing here but is in ${refName}`);
  });
  const refOrder = refIds.filter((id) => ownIds.includes(id));
  const ownOrder = ownIds.filter((id) => refIds.includes(id));
  const firstMoved = ownOrder.findIndex((id, k) => id !== refOrder[k]);
  if (firstMoved >= 0) {
    const id = ownOrder[firstMoved]!;
    report(`${path}.questions[${ownIds.indexOf(id)}]`, `question "${id}" is in another place than in ${refName} (the questions must be in the same order: ${refOrder.join(", ")})`);
  }
  own.forEach((q, j) => {
    const twin = ref.find((r) => r.id === q.id);
    const at = `${path}.questions[${j}]`;
    if (twin) compareShapes(questionShape(twin, at), questionShape(q, at), refName, report);
  });
}

function compareShapes(ref: Shape, own: Shape, refName: string, report: Report): void {
  for (const [path, value] of ref) {
    const mine = own.get(path);
    if (mine === undefined) report(path, `is missing here but is ${value} in ${refName}`);
    else if (mine !== value) report(path, `is ${mine} here but ${value} in ${refName}`);
  }
  for (const [path, value] of own) if (!ref.has(path)) report(path, `is ${value} here but missing in ${refName}`);
}

function lessonShape(lesson: Lesson): Shape {
  const shape: Shape = new Map([["masteryPercent", String(lesson.masteryPercent)]]);
  // The same objective ids in the same order: the LMS reports results by objective id.
  lesson.objectives.forEach((o, i) => shape.set(`objectives[${i}].id`, JSON.stringify(o.id)));
  return shape;
}

/** A question's language-independent facts (its id is matched before this is compared). */
function questionShape(q: Question, at: string): Shape {
  const shape: Shape = new Map();
  const put = (p: string, value: string | number | boolean | undefined) => {
    if (value !== undefined) shape.set(`${at}${p}`, JSON.stringify(value));
  };
  put(".kind", q.kind);
  put(".objective", q.objective);
  put(".reviewScreen", q.reviewScreen);
  if (q.kind === "single-choice" || q.kind === "multiple-choice") q.options.forEach((o, k) => put(`.options[${k}].id`, o.id));
  if (q.kind === "single-choice" || q.kind === "true-false") put(".answer", q.answer);
  if (q.kind === "multiple-choice") put(".answers", [...q.answers].sort().join(", "));
  if (q.kind === "matching") {
    q.prompts.forEach((p, k) => {
      put(`.prompts[${k}].id`, p.id);
      put(`.prompts[${k}].match`, p.match);
    });
    q.targets.forEach((t, k) => put(`.targets[${k}].id`, t.id));
  }
  if (q.kind === "ordering") q.items.forEach((it, k) => put(`.items[${k}].id`, it.id));
  return shape;
}

/** The language-independent facts of a screen, by place: ids, answers, kinds, pictures, tones. */
function screenShape(screen: Screen, path: string): Shape {
  const shape: Shape = new Map();
  const put = (p: string, value: string | number | boolean | undefined) => {
    if (value !== undefined) shape.set(`${path}${p}`, JSON.stringify(value));
  };
  put(".image.src", screen.image?.src);
  switch (screen.kind) {
    case "info":
      screen.cards?.forEach((c, j) => {
        put(`.cards[${j}].tone`, c.tone ?? "neutral");
        put(`.cards[${j}].image.src`, c.image?.src);
      });
      break;
    case "practice-call":
      put(".activityId", screen.activityId);
      put(".number", screen.number);
      screen.conversation.forEach((s, j) => {
        put(`.conversation[${j}].id`, s.id);
        s.options.forEach((o, k) => {
          put(`.conversation[${j}].options[${k}].id`, o.id);
          put(`.conversation[${j}].options[${k}].good`, o.good);
        });
      });
      break;
    case "sorting":
      put(".activityId", screen.activityId);
      screen.bins.forEach((b, j) => put(`.bins[${j}].id`, b.id));
      screen.items.forEach((it, j) => {
        put(`.items[${j}].id`, it.id);
        put(`.items[${j}].bin`, it.bin);
      });
      break;
    case "quiz":
      put(".questionsPerAttempt", screen.questionsPerAttempt);
      break;
    default:
      break;
  }
  return shape;
}
