// Reads the two activity screens: the practice call (keypad + counsellor dialogue) and the
// "which number?" sorting board. Both report to the LMS, so their ids follow the id rule.
import { ID_PATTERN, type DialogueOption, type DialogueStep, type PracticeCallScreen, type SortingScreen } from "./lesson-types";
import type { FieldReader, Fields } from "./field-reader";
import { checkScorm12Count, checkUniqueIds } from "./id-checks";
import { itemPath, joinPath } from "./lesson-problem";
import { checkIsOneOf } from "./read-questions";

type Base = Omit<PracticeCallScreen, "kind" | "activityId" | "number" | "dialPrompt" | "conversation" | "afterCall">;

export const PRACTICE_CALL_KEYS = ["activityId", "number", "dialPrompt", "conversation", "afterCall"];
export const SORTING_KEYS = ["activityId", "bins", "items"];

export function readPracticeCall(r: FieldReader, f: Fields, path: string, base: Base): PracticeCallScreen {
  const number = r.text(f, "number", path);
  if (number && !/^[0-9]{1,15}$/.test(number)) r.report(joinPath(path, "number"), `"${number}" must be digits only, e.g. "111"`);
  const at = joinPath(path, "conversation");
  const conversation = r.list(f, "conversation", path, 1, "step").map((raw, i) => readStep(r, raw, itemPath(at, i)));
  checkUniqueIds(r, conversation.map((s, i) => ({ id: s.id, path: joinPath(itemPath(at, i), "id") })), "step");
  const activityId = r.id(f, "activityId", path);
  r.interactionIds.push({ id: activityId, path: joinPath(path, "activityId") });
  // Each dialogue step is its own LMS interaction, "<activityId>_<step id>" (lesson-types.ts).
  if (activityId) {
    conversation.forEach((step, i) => {
      if (!step.id) return;
      const stepPath = joinPath(itemPath(at, i), "id");
      const id = `${activityId}_${step.id}`;
      if (ID_PATTERN.test(id)) r.interactionIds.push({ id, path: stepPath });
      else r.report(stepPath, `the step is recorded as "${id}", which is longer than the 64 characters an id may have; shorten the step id or the activityId`);
    });
  }
  return {
    ...base,
    kind: "practice-call",
    activityId,
    number,
    dialPrompt: r.text(f, "dialPrompt", path),
    conversation,
    afterCall: r.textList(f, "afterCall", path),
  };
}

function readStep(r: FieldReader, raw: unknown, path: string): DialogueStep {
  const f = r.fields(raw, path);
  if (!f) return { id: "", counsellor: "", options: [] };
  r.onlyKeys(f, path, ["id", "counsellor", "options"]);
  const at = joinPath(path, "options");
  const options = r.list(f, "options", path, 2, "option").map((o, i) => readDialogueOption(r, o, itemPath(at, i)));
  checkUniqueIds(r, options.map((o, i) => ({ id: o.id, path: joinPath(itemPath(at, i), "id") })), "option");
  checkScorm12Count(r, options.length, at, "option");
  if (options.length > 0 && !options.some((o) => o.good)) {
    r.report(at, "at least one option must have good: true (the student needs a helpful thing to say)");
  }
  return { id: r.id(f, "id", path), counsellor: r.text(f, "counsellor", path), options };
}

function readDialogueOption(r: FieldReader, raw: unknown, path: string): DialogueOption {
  const f = r.fields(raw, path);
  if (!f) return { id: "", text: "", good: false, feedback: "" };
  r.onlyKeys(f, path, ["id", "text", "good", "feedback"]);
  return { id: r.id(f, "id", path), text: r.text(f, "text", path), good: r.bool(f, "good", path), feedback: r.text(f, "feedback", path) };
}

export function readSorting(r: FieldReader, f: Fields, path: string, base: Base): SortingScreen {
  const binsAt = joinPath(path, "bins");
  const bins = r.list(f, "bins", path, 2, "bin").map((raw, i) => {
    const p = itemPath(binsAt, i);
    const bf = r.fields(raw, p);
    if (!bf) return { id: "", label: "" };
    r.onlyKeys(bf, p, ["id", "label"]);
    return { id: r.id(bf, "id", p), label: r.text(bf, "label", p) };
  });
  checkUniqueIds(r, bins.map((b, i) => ({ id: b.id, path: joinPath(itemPath(binsAt, i), "id") })), "bin");
  checkScorm12Count(r, bins.length, binsAt, "bin");

  const itemsAt = joinPath(path, "items");
  const items = r.list(f, "items", path, 1, "item").map((raw, i) => {
    const p = itemPath(itemsAt, i);
    const itf = r.fields(raw, p);
    if (!itf) return { id: "", text: "", bin: "", feedback: "" };
    r.onlyKeys(itf, p, ["id", "text", "bin", "feedback"]);
    const item = { id: r.id(itf, "id", p), text: r.text(itf, "text", p), bin: r.text(itf, "bin", p), feedback: r.text(itf, "feedback", p) };
    if (item.bin) checkIsOneOf(r, item.bin, bins, joinPath(p, "bin"), "bins");
    return item;
  });
  checkUniqueIds(r, items.map((it, i) => ({ id: it.id, path: joinPath(itemPath(itemsAt, i), "id") })), "item");
  checkScorm12Count(r, items.length, itemsAt, "item");
  const activityId = r.id(f, "activityId", path);
  r.interactionIds.push({ id: activityId, path: joinPath(path, "activityId") });
  return { ...base, kind: "sorting", activityId, bins, items };
}
