// Parity between the languages of one band: a translation that drifted in structure, ids,
// answers or pictures is reported at its own file and place, measured against vi.yaml.
import { describe, expect, it } from "vitest";
import { type LessonFile, checkLessonParity } from "../../../src/lesson/check-lesson-parity";
import { formatProblem, parseLesson } from "../../../src/lesson/parse-lesson";
import { FIXTURE_EN, FIXTURE_VI, changed } from "./lesson-fixture";

const WHY = "(every language of a band must have the same screens, ids, answers and pictures)";

function lessonFile(source: string, file: string): LessonFile {
  const outcome = parseLesson(source, file);
  if (!outcome.ok) throw new Error(outcome.problems.map(formatProblem).join("\n"));
  return { file, lesson: outcome.lesson, lineOf: outcome.lineOf };
}

const vi = lessonFile(FIXTURE_VI, "lessons/primary/vi.yaml");
const parityOf = (enSource: string) =>
  checkLessonParity([lessonFile(enSource, "lessons/primary/en.yaml"), vi]).map(formatProblem);

describe("checkLessonParity", () => {
  it("accepts a faithful translation", () => {
    expect(parityOf(FIXTURE_EN)).toEqual([]);
  });

  it("reports a different correct answer in the translation, not in vi.yaml", () => {
    expect(parityOf(changed(FIXTURE_EN, "answer: false", "answer: true"))).toEqual([
      `lessons/primary/en.yaml:108 screens[4].questions[2].answer: is true here but false in vi.yaml ${WHY}`,
    ]);
  });

  it("reports a renamed question id as one question too many and one missing", () => {
    expect(parityOf(changed(FIXTURE_EN, "id: q2_who", "id: q2_whom"))).toEqual([
      `lessons/primary/en.yaml:92 screens[4].questions[1]: question "q2_whom" is here but not in vi.yaml ${WHY}`,
      `lessons/primary/en.yaml:79 screens[4].questions: question "q2_who" is missing here but is in vi.yaml ${WHY}`,
    ]);
  });

  it("reports a screen in another place once, not every field of it", () => {
    const swapped = changed(changed(FIXTURE_EN, "id: results\n    kind: results", "id: tmp\n    kind: results"), "id: take_home", "id: results");
    expect(parityOf(changed(swapped, "id: tmp", "id: take_home"))).toEqual([
      `lessons/primary/en.yaml:140 screens[5]: is results screen "take_home" here but results screen "results" in vi.yaml ${WHY}`,
      `lessons/primary/en.yaml:151 screens[6]: is take-home screen "results" here but take-home screen "take_home" in vi.yaml ${WHY}`,
    ]);
  });

  it("reports a missing screen and a missing option", () => {
    const withoutTakeHome = FIXTURE_EN.slice(0, FIXTURE_EN.indexOf("  - id: take_home")) + FIXTURE_EN.slice(FIXTURE_EN.indexOf("objectives:"));
    const withoutOption = changed(withoutTakeHome, '          - id: c\n            text: "Nobody"\n', "");
    expect(parityOf(withoutOption)).toEqual([
      `lessons/primary/en.yaml:95 screens[4].questions[1].options[2].id: is missing here but is "c" in vi.yaml ${WHY}`,
      `lessons/primary/en.yaml:10 screens[6]: screen "take_home" is missing here but is in vi.yaml ${WHY}`,
    ]);
  });

  it("reports an option and a question that are only in the translation", () => {
    const extraOption = changed(FIXTURE_EN, '            text: "Nobody"\n', '            text: "Nobody"\n          - id: d\n            text: "A stranger online"\n');
    const extraQuestion = changed(
      extraOption,
      "      - id: q3_fault\n",
      '      - id: q3b_extra\n        kind: true-false\n        prompt: "111 is free."\n        answer: true\n        explanation: "Yes."\n        objective: primary-obj-remember-111\n      - id: q3_fault\n',
    );
    // One line each, at the right place: the questions after the extra one still match.
    expect(parityOf(extraQuestion)).toEqual([
      `lessons/primary/en.yaml:107 screens[4].questions[2]: question "q3b_extra" is here but not in vi.yaml ${WHY}`,
      `lessons/primary/en.yaml:102 screens[4].questions[1].options[3].id: is "d" here but missing in vi.yaml ${WHY}`,
    ]);
  });

  it("reports a question moved to another place once", () => {
    const q3 = FIXTURE_EN.slice(FIXTURE_EN.indexOf("      - id: q3_fault\n"), FIXTURE_EN.indexOf("      - id: q4_match\n"));
    const moved = changed(changed(FIXTURE_EN, q3, ""), "      - id: q2_who\n", q3 + "      - id: q2_who\n");
    expect(parityOf(moved)).toEqual([
      `lessons/primary/en.yaml:92 screens[4].questions[1]: question "q3_fault" is in another place than in vi.yaml (the questions must be in the same order: q1_free, q2_who, q3_fault, q4_match, q5_order) ${WHY}`,
    ]);
  });

  it("reports another picture or pass mark", () => {
    const source = changed(changed(FIXTURE_EN, 'src: "phone-111.svg"', 'src: "phone-111-en.svg"'), "language: en\n", "language: en\nmasteryPercent: 70\n");
    expect(parityOf(source)).toEqual([
      `lessons/primary/en.yaml:5 masteryPercent: is 70 here but 80 in vi.yaml ${WHY}`,
      `lessons/primary/en.yaml:16 screens[0].image.src: is "phone-111-en.svg" here but "phone-111.svg" in vi.yaml ${WHY}`,
    ]);
  });
});
