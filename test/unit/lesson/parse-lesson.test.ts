// parseLesson on the valid fixture and on files broken in one known place: each test pins the
// exact line an author would read in the build output.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem, parseLesson } from "../../../src/lesson/parse-lesson";
import { FIXTURE_VI, changed, problemsIn } from "./lesson-fixture";

const BROKEN = "test/content/fixtures/broken";
const readBroken = (name: string) => fs.readFileSync(path.join(BROKEN, name), "utf8");
const F = "lessons/primary/vi.yaml";

describe("parseLesson on a valid lesson", () => {
  it("returns the typed lesson with the pass mark defaulting to 80", () => {
    const outcome = parseLesson(FIXTURE_VI, F);
    if (!outcome.ok) throw new Error(outcome.problems.map(formatProblem).join("\n"));
    expect(outcome.lesson.masteryPercent).toBe(80);
    expect(outcome.lesson.screens.map((s) => s.kind)).toEqual([
      "welcome", "info", "practice-call", "sorting", "quiz", "results", "take-home",
    ]);
    const quiz = outcome.lesson.screens[4];
    expect(quiz?.kind === "quiz" && quiz.questions.map((q) => q.kind)).toEqual([
      "single-choice", "multiple-choice", "true-false", "matching", "ordering",
    ]);
  });

  it("keeps a pass mark the file gives", () => {
    const outcome = parseLesson(changed(FIXTURE_VI, "language: vi\n", "language: vi\nmasteryPercent: 70\n"), F);
    expect(outcome.ok && outcome.lesson.masteryPercent).toBe(70);
  });

  it("reads the same lesson written as JSON", () => {
    const yamlOutcome = parseLesson(FIXTURE_VI, F);
    const asJson = JSON.stringify(yamlOutcome.ok && yamlOutcome.lesson, null, 2);
    const jsonOutcome = parseLesson(asJson, "lessons/primary/vi.json");
    expect(jsonOutcome.ok && jsonOutcome.lesson).toEqual(yamlOutcome.ok && yamlOutcome.lesson);
  });
});

describe("parseLesson reports file, line, place and reason", () => {
  it("reports a YAML syntax error with yaml's message", () => {
    expect(problemsIn(readBroken("bad-indentation.yaml"), `${BROKEN}/bad-indentation.yaml`)).toEqual([
      "test/content/fixtures/broken/bad-indentation.yaml:7: YAML syntax error: Sequence item without - indicator",
    ]);
  });

  it("reports a JSON syntax error as such", () => {
    expect(problemsIn(readBroken("missing-comma.json"), `${BROKEN}/missing-comma.json`)).toEqual([
      "test/content/fixtures/broken/missing-comma.json:4: JSON syntax error: Missing , between flow map items",
    ]);
  });

  it("reports a key written twice", () => {
    expect(problemsIn(changed(FIXTURE_VI, "language: vi\n", "language: vi\nlanguage: en\n"))).toEqual([
      `${F}:5: YAML syntax error: Map keys must be unique`,
    ]);
  });

  it("reports an empty file", () => {
    expect(problemsIn("# nothing yet\n")).toEqual([
      `${F}: the file is empty; a lesson starts with band:, language:, title:, talkToSomeone:, objectives: and screens:`,
    ]);
  });

  it("reports a missing required field at the screen that lacks it", () => {
    const source = changed(FIXTURE_VI, '    calmNote: "Em có thể dừng lại và nói chuyện với người lớn em tin cậy."\n', "");
    expect(problemsIn(source)).toEqual([`${F}:11 screens[0].calmNote: required field is missing`]);
  });

  it("reports a field with no value", () => {
    expect(problemsIn(changed(FIXTURE_VI, '    title: "Câu đố"', "    title:"))).toEqual([
      `${F}:76 screens[4].title: required field has no value`,
    ]);
  });

  it("names the known kinds when a screen kind is unknown", () => {
    expect(problemsIn(changed(FIXTURE_VI, "kind: sorting", "kind: sortin"))).toEqual([
      `${F}:55 screens[3].kind: unknown screen kind "sortin"; known screen kinds: welcome, info, practice-call, sorting, quiz, results, take-home`,
    ]);
  });

  it("names the known kinds when a question kind is unknown", () => {
    expect(problemsIn(changed(FIXTURE_VI, "kind: true-false", "kind: yes-no"))).toEqual([
      `${F}:106 screens[4].questions[2].kind: unknown question kind "yes-no"; known question kinds: single-choice, multiple-choice, true-false, matching, ordering`,
    ]);
  });

  it("reports a duplicate question id at the second use", () => {
    expect(problemsIn(changed(FIXTURE_VI, "id: q2_who", "id: q1_free"))).toEqual([
      `${F}:92 screens[4].questions[1].id: duplicate interaction id "q1_free", already used at screens[4].questions[0].id (every question, activity and dialogue step needs its own id: the LMS records answers by id)`,
    ]);
  });

  it("reports a practice-call step id that collides with a question id", () => {
    // The step "who" of activity "practice_dial" is recorded as "practice_dial_who".
    expect(problemsIn(changed(FIXTURE_VI, "id: q3_fault", "id: practice_dial_who"))).toEqual([
      `${F}:105 screens[4].questions[2].id: duplicate interaction id "practice_dial_who", already used at screens[2].conversation[0].id (every question, activity and dialogue step needs its own id: the LMS records answers by id)`,
    ]);
  });

  it("reports a duplicate screen id", () => {
    expect(problemsIn(changed(FIXTURE_VI, "id: results", "id: quiz"))).toEqual([
      `${F}:140 screens[5].id: duplicate screen id "quiz", already used at screens[4].id (the LMS saves the student's place by screen id)`,
    ]);
  });

  it("reports a single-choice answer that is not one of the options", () => {
    expect(problemsIn(changed(FIXTURE_VI, "answer: a", "answer: e"))).toEqual([
      `${F}:88 screens[4].questions[0].answer: "e" is not one of the options (a, b)`,
    ]);
  });

  it("reports multiple-choice answers outside the options, twice, or none", () => {
    expect(problemsIn(changed(FIXTURE_VI, "answers: [a, b]", "answers: [a, a, d]"))).toEqual([
      `${F}:102 screens[4].questions[1].answers[1]: "a" is listed twice`,
      `${F}:102 screens[4].questions[1].answers[2]: "d" is not one of the options (a, b, c)`,
    ]);
    expect(problemsIn(changed(FIXTURE_VI, "answers: [a, b]", "answers: []"))).toEqual([
      `${F}:102 screens[4].questions[1].answers: needs at least 1 answer, got 0`,
    ]);
  });

  it("reports a duplicate option id within a question", () => {
    expect(problemsIn(changed(FIXTURE_VI, '          - id: b\n            text: "Mất tiền"', '          - id: a\n            text: "Mất tiền"'))).toEqual([
      `${F}:86 screens[4].questions[0].options[1].id: duplicate option id "a", already used at screens[4].questions[0].options[0].id`,
    ]);
  });

  it("reports a matching prompt whose target does not exist", () => {
    expect(problemsIn(changed(FIXTURE_VI, "match: t114", "match: t115"))).toEqual([
      `${F}:120 screens[4].questions[3].prompts[1].match: "t115" is not one of the targets (t111, t114)`,
    ]);
  });

  it("reports an ordering question with fewer than two items", () => {
    const source = changed(FIXTURE_VI, '          - id: b\n            text: "Nói tên em"\n          - id: c\n            text: "Kể chuyện gì đã xảy ra"\n', "");
    expect(problemsIn(source)).toEqual([`${F}:131 screens[4].questions[4].items: needs at least 2 items, got 1`]);
  });

  it("reports a sorting item put in a bin that does not exist", () => {
    expect(problemsIn(changed(FIXTURE_VI, "bin: call_113", "bin: call_115"))).toEqual([
      `${F}:72 screens[3].items[1].bin: "call_115" is not one of the bins (call_111, call_113)`,
    ]);
  });

  it("reports a dialogue step without a good option", () => {
    expect(problemsIn(changed(FIXTURE_VI, "good: true", "good: false"))).toEqual([
      `${F}:43 screens[2].conversation[0].options: at least one option must have good: true (the student needs a helpful thing to say)`,
    ]);
  });

  it("reports a reviewScreen that names no screen, with a likely fix", () => {
    expect(problemsIn(changed(FIXTURE_VI, "reviewScreen: welcome", "reviewScreen: welcom"))).toEqual([
      `${F}:90 screens[4].questions[0].reviewScreen: "welcom" is not a screen id in this lesson (did you mean "welcome"?)`,
    ]);
  });

  it("reports an unknown key with a suggestion, and the field it should have been", () => {
    expect(problemsIn(changed(FIXTURE_VI, 'prompt: "Gọi 111 có mất tiền không?"', 'promt: "Gọi 111 có mất tiền không?"'))).toEqual([
      `${F}:80 screens[4].questions[0].prompt: required field is missing`,
      `${F}:82 screens[4].questions[0].promt: unknown key "promt" (did you mean "prompt"?); allowed here: id, kind, objective, prompt, explanation, reviewScreen, options, answer`,
    ]);
  });

  it("explains the id rule when an id breaks it", () => {
    expect(problemsIn(changed(FIXTURE_VI, "id: q3_fault", "id: Q3-fault"))).toEqual([
      `${F}:105 screens[4].questions[2].id: "Q3-fault" is not a valid id: use only lowercase letters a-z, digits and "_", start with a letter, end with a letter or digit, at most 64 characters (SCORM and Moodle accept only such ids)`,
    ]);
  });

  it("asks for quotes when text was written as a number", () => {
    expect(problemsIn(changed(FIXTURE_VI, 'number: "111"', "number: 111"))).toEqual([
      `${F}:38 screens[2].number: must be text, got the number 111 (put it in quotes: "111")`,
    ]);
  });

  it("reports an image path that is not a plain file name", () => {
    expect(problemsIn(changed(FIXTURE_VI, 'src: "phone-111.svg"', 'src: "../images/phone-111.gif"'))).toEqual([
      `${F}:15 screens[0].image.src: "../images/phone-111.gif" must be a plain file name inside media/images/ (no folders), ending in .svg, .png, .jpg or .webp`,
    ]);
  });

  it("reports band, language and pass mark outside their allowed values", () => {
    const source = changed(changed(FIXTURE_VI, "band: primary", "band: primari"), "language: vi\n", "language: Vietnamese\nmasteryPercent: 120\n");
    expect(problemsIn(source)).toEqual([
      `${F}:3 band: "primari" is not a band; use one of primary, lower-secondary, upper-secondary`,
      `${F}:4 language: "Vietnamese" is not a language code; use a BCP 47 code such as "vi" or "en"`,
      `${F}:5 masteryPercent: must be a number from 0 to 100, got 120`,
    ]);
  });

  it("reports empty text", () => {
    expect(problemsIn(changed(FIXTURE_VI, '- "Trả lời các câu hỏi."', '- "  "'))).toEqual([
      `${F}:78 screens[4].text[0]: must not be empty`,
    ]);
  });

  it("reports every problem of a file in one go, top to bottom", () => {
    let source = changed(FIXTURE_VI, "answer: a", "answer: e");
    source = changed(source, "kind: sorting", "kind: sortin");
    source = changed(source, "band: primary", "band: primari");
    expect(problemsIn(source)).toEqual([
      `${F}:3 band: "primari" is not a band; use one of primary, lower-secondary, upper-secondary`,
      `${F}:55 screens[3].kind: unknown screen kind "sortin"; known screen kinds: welcome, info, practice-call, sorting, quiz, results, take-home`,
      `${F}:88 screens[4].questions[0].answer: "e" is not one of the options (a, b)`,
    ]);
  });
});

describe("SCORM 1.2 limits", () => {
  it("rejects a question with more than 36 options (1.2 records each as one character)", () => {
    const outcome = parseLesson(FIXTURE_VI, F);
    if (!outcome.ok) throw new Error("fixture must parse");
    const lesson = structuredClone(outcome.lesson);
    const quiz = lesson.screens[4];
    if (quiz?.kind !== "quiz" || quiz.questions[0]?.kind !== "single-choice") throw new Error("fixture shape changed");
    quiz.questions[0].options = Array.from({ length: 37 }, (_, i) => ({ id: `o${i}`, text: `Option ${i}` }));
    quiz.questions[0].answer = "o0";
    expect(problemsIn(JSON.stringify(lesson, null, 1), "lessons/primary/vi.json").filter((p) => p.includes("SCORM"))).toEqual([
      expect.stringMatching(
        /^lessons\/primary\/vi\.json:\d+ screens\[4\]\.questions\[0\]\.options: has 37 options; SCORM 1\.2 allows at most 36 \(answers are recorded as single characters 0-9, a-z\)$/,
      ),
    ]);
  });
});

describe("formatProblem", () => {
  it("leaves out the line and the place when there are none", () => {
    expect(formatProblem({ file: "lessons/primary", line: null, path: "", message: "no lesson files" })).toBe(
      "lessons/primary: no lesson files",
    );
    expect(formatProblem({ file: "a.yaml", line: 42, path: "screens[4].questions[1].answer", message: "m" })).toBe(
      "a.yaml:42 screens[4].questions[1].answer: m",
    );
  });
});
