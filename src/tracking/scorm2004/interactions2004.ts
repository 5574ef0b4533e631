// AnswerRecord -> one SCORM 2004 cmi.interactions.n record (RTE §4.2.9, Table 4.2.9.2a;
// SCORM-NOTES.md §4.3). Lesson ids are used as they are: they are already [a-z0-9_].
import type { AnswerRecord, Response } from "../../quiz/answer-record";
import { InteractionFormatError, type CmiWrite, type FormattedInteraction } from "../scorm-dialect";
import { DELIMITER2004, INTERACTION_ID2004, LIMITS2004, RESULT2004, SHORT_ID2004 } from "./cmi2004";
import { formatDuration2004, formatTimestamp2004 } from "./time2004";

function ids(list: readonly string[]): string {
  for (const id of list) {
    if (!SHORT_ID2004.test(id)) throw new InteractionFormatError(`answer id "${id}" is not [A-Za-z0-9_]{1,250}`);
  }
  return list.join(DELIMITER2004.list);
}

const pairs = (list: readonly (readonly [string, string])[]): string =>
  list.map((pair) => ids(pair).replace(DELIMITER2004.list, DELIMITER2004.pair)).join(DELIMITER2004.list);

function format(response: Response): FormattedInteraction {
  switch (response.type) {
    case "choice":
      // "a[,]c" means a AND c; answers that are each right alone are separate patterns.
      if (response.correct.length > LIMITS2004.choicePatterns) {
        throw new InteractionFormatError(`${response.correct.length} correct choice patterns; SCORM 2004 keeps ${LIMITS2004.choicePatterns}`);
      }
      return { type: "choice", response: ids(response.chosen), patterns: response.correct.map(ids) };
    case "true-false":
      return { type: "true-false", response: String(response.chosen), patterns: [String(response.correct)] };
    case "matching":
      return { type: "matching", response: pairs(response.chosen), patterns: [pairs(response.correct)] };
    case "sequencing":
      return { type: "sequencing", response: ids(response.chosen), patterns: [ids(response.correct)] };
    case "keypad":
      // The digits dialled, as fill-in text (numeric would drop leading zeros, * and #).
      return { type: "fill-in", response: response.chosen, patterns: [response.correct] };
  }
}

/** localized_string_type: "{lang=vi}text", at most 250 characters in all; a long question text
 *  is shortened with "…" (it is only a label for the report). */
export function description2004(text: string, language: string): string {
  const prefix = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(language) ? `{lang=${language}}` : "";
  const full = prefix + text.replace(/\s+/g, " ").trim();
  if (full.length <= LIMITS2004.description) return full;
  const chars = Array.from(full);
  while (chars.join("").length > LIMITS2004.description - 1) chars.pop();
  return `${chars.join("")}…`;
}

/** Fields of one record. The id must come first and the type before the pattern and response,
 *  or the LMS answers 408 "dependency not established". */
export function interactionFields2004(answer: AnswerRecord): CmiWrite[] {
  if (!INTERACTION_ID2004.test(answer.id)) {
    throw new InteractionFormatError(`interaction id "${answer.id}" must have no spaces and end in a letter or digit`);
  }
  const { type, response, patterns } = format(answer.response);
  const fields: CmiWrite[] = [
    ["id", answer.id],
    ["type", type],
  ];
  // The lesson objective the question checks (RTE 4.2.9.1): links the answer to cmi.objectives.
  if (answer.objective) fields.push(["objectives.0.id", answer.objective]);
  if (answer.description) fields.push(["description", description2004(answer.description, answer.language)]);
  fields.push(
    ...patterns.map((pattern, m): CmiWrite => [`correct_responses.${m}.pattern`, pattern]),
    ["learner_response", response],
    ["result", answer.isCorrect ? RESULT2004.correct : RESULT2004.incorrect],
    ["weighting", "1"],
    ["latency", formatDuration2004(answer.latencyMs)],
    ["timestamp", formatTimestamp2004(answer.shownAt)],
  );
  return fields;
}
