// Reads the questions of a quiz screen, one reader per question kind, and checks that each
// correct answer points at something the student can actually choose.
import { QUESTION_KINDS, type Option, type Question, type QuestionKind } from "./lesson-types";
import type { FieldReader, Fields } from "./field-reader";
import { checkScorm12Count, checkUniqueIds } from "./id-checks";
import { itemPath, joinPath } from "./lesson-problem";
import { readOptions } from "./read-parts";

const BASE_KEYS = ["id", "kind", "objective", "prompt", "explanation", "reviewScreen"] as const;
const KIND_KEYS: Record<QuestionKind, readonly string[]> = {
  "single-choice": ["options", "answer"],
  "multiple-choice": ["options", "answers"],
  "true-false": ["answer"],
  matching: ["prompts", "targets"],
  ordering: ["items"],
};

type Base = { id: string; objective: string; prompt: string; explanation: string; reviewScreen?: string };

export function readQuestion(r: FieldReader, raw: unknown, path: string): Question | null {
  const f = r.fields(raw, path);
  if (!f) return null;
  const kind = r.oneOf(f, "kind", path, QUESTION_KINDS, "question kind");
  const base: Base = {
    id: r.id(f, "id", path),
    objective: r.text(f, "objective", path),
    prompt: r.text(f, "prompt", path),
    explanation: r.text(f, "explanation", path),
  };
  r.interactionIds.push({ id: base.id, path: joinPath(path, "id") });
  r.objectiveRefs.push({ id: base.objective, path: joinPath(path, "objective") });
  if (f.reviewScreen !== undefined) {
    base.reviewScreen = r.id(f, "reviewScreen", path);
    r.screenRefs.push({ id: base.reviewScreen, path: joinPath(path, "reviewScreen") });
  }
  if (!kind) return null; // the other keys depend on the kind, so they cannot be judged
  r.onlyKeys(f, path, [...BASE_KEYS, ...KIND_KEYS[kind]]);

  switch (kind) {
    case "single-choice": {
      const options = readOptions(r, f, "options", path, 2, "option");
      const answer = r.text(f, "answer", path);
      if (answer) checkIsOneOf(r, answer, options, joinPath(path, "answer"), "options");
      return { ...base, kind, options, answer };
    }
    case "multiple-choice": {
      const options = readOptions(r, f, "options", path, 2, "option");
      const answers = readAnswerList(r, f, path, options);
      return { ...base, kind, options, answers };
    }
    case "true-false":
      return { ...base, kind, answer: r.bool(f, "answer", path) };
    case "matching":
      return readMatching(r, f, path, base);
    case "ordering":
      return { ...base, kind, items: readOptions(r, f, "items", path, 2, "item") };
  }
}

/** Multiple choice: a non-empty set of option ids, none twice. */
function readAnswerList(r: FieldReader, f: Fields, path: string, options: Option[]): string[] {
  const at = joinPath(path, "answers");
  const seen = new Set<string>();
  return r.list(f, "answers", path, 1, "answer").map((raw, i) => {
    const p = itemPath(at, i);
    const answer = r.textValue(raw, p);
    if (!answer) return "";
    if (seen.has(answer)) r.report(p, `"${answer}" is listed twice`);
    seen.add(answer);
    checkIsOneOf(r, answer, options, p, "options");
    return answer;
  });
}

function readMatching(r: FieldReader, f: Fields, path: string, base: Base): Question {
  const targets = readOptions(r, f, "targets", path, 2, "target");
  const at = joinPath(path, "prompts");
  const prompts = r.list(f, "prompts", path, 2, "prompt").map((raw, i) => {
    const p = itemPath(at, i);
    const pf = r.fields(raw, p);
    if (!pf) return { id: "", text: "", match: "" };
    r.onlyKeys(pf, p, ["id", "text", "match"]);
    const prompt = { id: r.id(pf, "id", p), text: r.text(pf, "text", p), match: r.text(pf, "match", p) };
    if (prompt.match) checkIsOneOf(r, prompt.match, targets, joinPath(p, "match"), "targets");
    return prompt;
  });
  checkUniqueIds(r, prompts.map((p, i) => ({ id: p.id, path: joinPath(itemPath(at, i), "id") })), "prompt");
  checkScorm12Count(r, prompts.length, at, "prompt");
  return { ...base, kind: "matching", prompts, targets };
}

export function checkIsOneOf(r: FieldReader, id: string, among: readonly { id: string }[], path: string, noun: string): void {
  const ids = among.map((o) => o.id).filter(Boolean);
  if (!ids.includes(id)) r.report(path, `"${id}" is not one of the ${noun} (${ids.join(", ")})`);
}
