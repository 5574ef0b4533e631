import { describe, expect, it } from "vitest";
import { parseLesson } from "../../../src/lesson/parse-lesson";
import { FIXTURE_VI, changed, problemsIn } from "./lesson-fixture";

// A quiz may draw a few questions per attempt from a larger bank (lesson-types.ts QuizScreen).
const QUIZ_HEAD = '    kind: quiz\n    title: "Câu đố"\n';

describe("questionsPerAttempt", () => {
  it("is read when it is a whole number within the bank", () => {
    const outcome = parseLesson(changed(FIXTURE_VI, QUIZ_HEAD, `${QUIZ_HEAD}    questionsPerAttempt: 3\n`), "lessons/primary/vi.yaml");
    expect(outcome.ok).toBe(true);
    const quiz = outcome.ok ? outcome.lesson.screens.find((s) => s.kind === "quiz") : undefined;
    expect(quiz && quiz.kind === "quiz" ? quiz.questionsPerAttempt : null).toBe(3);
  });

  it("is reported when it is larger than the bank or not a whole number", () => {
    const tooMany = problemsIn(changed(FIXTURE_VI, QUIZ_HEAD, `${QUIZ_HEAD}    questionsPerAttempt: 99\n`));
    expect(tooMany).toHaveLength(1);
    expect(tooMany[0]).toMatch(/^lessons\/primary\/vi\.yaml:\d+ screens\[\d+\]\.questionsPerAttempt: must be a whole number from 1 to \d+ \(the number of questions\), got 99$/);
    const half = problemsIn(changed(FIXTURE_VI, QUIZ_HEAD, `${QUIZ_HEAD}    questionsPerAttempt: 1.5\n`));
    expect(half[0]).toMatch(/questionsPerAttempt: must be a whole number from 1 to \d+ \(the number of questions\), got 1\.5$/);
  });

  it("is reported when it is below the number of objectives the questions check (each attempt asks every one)", () => {
    // The fixture's five questions check three objectives.
    expect(problemsIn(changed(FIXTURE_VI, QUIZ_HEAD, `${QUIZ_HEAD}    questionsPerAttempt: 2\n`))).toEqual([
      "lessons/primary/vi.yaml:77 screens[4].questionsPerAttempt: must be at least 3, the number of objectives these questions check (every attempt asks at least one question of each objective), got 2",
    ]);
  });
});
