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

  it("reports a renamed question id", () => {
    expect(parityOf(changed(FIXTURE_EN, "id: q2_who", "id: q2_whom"))).toEqual([
      `lessons/primary/en.yaml:92 screens[4].questions[1].id: is "q2_whom" here but "q2_who" in vi.yaml ${WHY}`,
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

  it("reports another picture or pass mark", () => {
    const source = changed(changed(FIXTURE_EN, 'src: "phone-111.svg"', 'src: "phone-111-en.svg"'), "language: en\n", "language: en\nmasteryPercent: 70\n");
    expect(parityOf(source)).toEqual([
      `lessons/primary/en.yaml:5 masteryPercent: is 70 here but 80 in vi.yaml ${WHY}`,
      `lessons/primary/en.yaml:16 screens[0].image.src: is "phone-111-en.svg" here but "phone-111.svg" in vi.yaml ${WHY}`,
    ]);
  });
});
