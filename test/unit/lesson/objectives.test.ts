// Learning objectives in lesson files: a top-level `objectives:` list and `objective:` on every
// question. Each broken case pins the line an author reads in the build output.
import { describe, expect, it } from "vitest";
import { type LessonFile, checkLessonParity } from "../../../src/lesson/check-lesson-parity";
import { formatProblem, parseLesson } from "../../../src/lesson/parse-lesson";
import { FIXTURE_EN, FIXTURE_VI, changed, problemsIn } from "./lesson-fixture";

const F = "lessons/primary/vi.yaml";
const WHY = "(every language of a band must have the same screens, ids, answers and pictures)";

function lessonFile(source: string, file: string): LessonFile {
  const outcome = parseLesson(source, file);
  if (!outcome.ok) throw new Error(outcome.problems.map(formatProblem).join("\n"));
  return { file, lesson: outcome.lesson, lineOf: outcome.lineOf };
}
const parityOf = (enSource: string) =>
  checkLessonParity([lessonFile(enSource, "lessons/primary/en.yaml"), lessonFile(FIXTURE_VI, F)]).map(formatProblem);

describe("objectives in a lesson file", () => {
  it("are read in file order, and every question carries its objective id", () => {
    const outcome = parseLesson(FIXTURE_VI, F);
    if (!outcome.ok) throw new Error(outcome.problems.map(formatProblem).join("\n"));
    expect(outcome.lesson.objectives.map((o) => o.id)).toEqual(["primary-obj-remember-111", "primary-obj-tell-someone", "primary-obj-how-to-call"]);
    expect(outcome.lesson.objectives[0]?.text).toBe("Nhớ số 111: miễn phí, 24/7.");
    const quiz = outcome.lesson.screens.find((s) => s.kind === "quiz");
    expect(quiz?.kind === "quiz" && quiz.questions.map((q) => [q.id, q.objective])).toEqual([
      ["q1_free", "primary-obj-remember-111"],
      ["q2_who", "primary-obj-tell-someone"],
      ["q3_fault", "primary-obj-tell-someone"],
      ["q4_match", "primary-obj-how-to-call"],
      ["q5_order", "primary-obj-how-to-call"],
    ]);
  });

  it("reports a question without an objective", () => {
    expect(problemsIn(changed(FIXTURE_VI, "        objective: primary-obj-remember-111\n", ""))).toEqual([
      `${F}:80 screens[4].questions[0].objective: required field is missing`,
      `${F}:162 objectives[0].id: objective "primary-obj-remember-111" has no question; give at least one question "objective: primary-obj-remember-111", or remove the objective`,
    ]);
  });

  it("reports an objective id the list does not have, with the likely one", () => {
    expect(problemsIn(changed(FIXTURE_VI, "        objective: primary-obj-remember-111\n", "        objective: primary-obj-remember-11\n"))).toEqual([
      `${F}:91 screens[4].questions[0].objective: "primary-obj-remember-11" is not one of the objectives listed under objectives: (primary-obj-remember-111, primary-obj-tell-someone, primary-obj-how-to-call); did you mean "primary-obj-remember-111"?`,
      `${F}:163 objectives[0].id: objective "primary-obj-remember-111" has no question; give at least one question "objective: primary-obj-remember-111", or remove the objective`,
    ]);
  });

  it("reports an objective listed twice at the second one", () => {
    const source = changed(FIXTURE_VI, "  - id: primary-obj-how-to-call\n", "  - id: primary-obj-tell-someone\n");
    expect(problemsIn(source)).toEqual([
      `${F}:127 screens[4].questions[3].objective: "primary-obj-how-to-call" is not one of the objectives listed under objectives: (primary-obj-remember-111, primary-obj-tell-someone, primary-obj-tell-someone)`,
      `${F}:139 screens[4].questions[4].objective: "primary-obj-how-to-call" is not one of the objectives listed under objectives: (primary-obj-remember-111, primary-obj-tell-someone, primary-obj-tell-someone)`,
      `${F}:167 objectives[2].id: duplicate objective id "primary-obj-tell-someone", already used at objectives[1].id (the LMS reports results per objective id)`,
    ]);
  });

  it("explains the shape of an objective id", () => {
    const bad = (id: string) =>
      problemsIn(
        changed(changed(FIXTURE_VI, "  - id: primary-obj-remember-111\n", `  - id: ${id}\n`), "        objective: primary-obj-remember-111\n", `        objective: ${id}\n`),
      );
    const rule = (id: string) =>
      `${F}:163 objectives[0].id: "${id}" is not a valid objective id: start with "primary-obj-", then lowercase words (a-z, 0-9) joined by "-", at most 64 characters, e.g. "primary-obj-remember-111"`;
    for (const id of ["remember-111", "primary-obj-Remember", "primary-obj-remember_111", "primary-obj-", "primary-obj-remember-", `primary-obj-${"a".repeat(60)}`]) {
      expect(bad(id), id).toEqual([rule(id)]);
    }
    expect(bad("primary-obj-remember-111-free")).toEqual([]);
  });

  it("needs at least one objective, with only id and text", () => {
    expect(problemsIn(changed(FIXTURE_VI, '    text: "Nhớ số 111: miễn phí, 24/7."\n', '    text: "Nhớ số 111: miễn phí, 24/7."\n    texte: "x"\n'))).toEqual([
      `${F}:165 objectives[0].texte: unknown key "texte" (did you mean "text"?); allowed here: id, text`,
    ]);
  });
});

describe("objectives across languages", () => {
  it("must be the same ids in the same order", () => {
    const swapped = changed(changed(changed(FIXTURE_EN, "  - id: primary-obj-tell-someone\n", "  - id: tmp\n"), "  - id: primary-obj-how-to-call\n", "  - id: primary-obj-tell-someone\n"), "  - id: tmp\n", "  - id: primary-obj-how-to-call\n");
    expect(parityOf(swapped)).toEqual([
      `lessons/primary/en.yaml:165 objectives[1].id: is "primary-obj-how-to-call" here but "primary-obj-tell-someone" in vi.yaml ${WHY}`,
      `lessons/primary/en.yaml:167 objectives[2].id: is "primary-obj-tell-someone" here but "primary-obj-how-to-call" in vi.yaml ${WHY}`,
    ]);
  });

  it("must tie each question to the same objective", () => {
    // q1 and q2 swap objectives in the translation: both still have a question, so the file alone is valid.
    const q1 = "        objective: primary-obj-remember-111\n";
    const q2 = "answers: [a, b]\n        explanation: \"Lan can call 111 or tell her teacher.\"\n        objective: primary-obj-tell-someone\n";
    const swapped = changed(changed(FIXTURE_EN, q1, "        objective: primary-obj-tell-someone\n"), q2, q2.replace("primary-obj-tell-someone", "primary-obj-remember-111"));
    expect(parityOf(swapped)).toEqual([
      `lessons/primary/en.yaml:91 screens[4].questions[0].objective: is "primary-obj-tell-someone" here but "primary-obj-remember-111" in vi.yaml ${WHY}`,
      `lessons/primary/en.yaml:104 screens[4].questions[1].objective: is "primary-obj-remember-111" here but "primary-obj-tell-someone" in vi.yaml ${WHY}`,
    ]);
  });
});
