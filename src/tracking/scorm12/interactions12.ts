// AnswerRecord -> one SCORM 1.2 cmi.interactions.n record (RTE §3.4.2.9, SCORM-NOTES.md §4.3).
// 1.2 response formats allow only single characters per choice, so lesson ids become characters
// by their position in the lesson's list; the report reads "a" for the first option, as on paper.
import type { AnswerRecord, Response } from "../../quiz/answer-record";
import { InteractionFormatError, type CmiWrite, type FormattedInteraction } from "../scorm-dialect";
import { IDENTIFIER12, LIMITS12, RESULT12 } from "./cmi12";
import { formatTime12, formatTimespan12 } from "./time12";

/** The spec's character set for choice/sequencing responses is 0-9a-z; letters first so the
 *  first option reads "a". Matching sources count 1, 2, 3… so a pair reads "1.a". */
const ANSWER_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
const SOURCE_CHARS = "123456789abcdefghijklmnopqrstuvwxyz";

function charFor(id: string, ids: readonly string[], alphabet: string): string {
  const position = ids.indexOf(id);
  const char = position >= 0 ? alphabet[position] : undefined;
  if (char === undefined) {
    throw new InteractionFormatError(`"${id}" is not one of ${ids.length} known ids or there are too many for 1.2`);
  }
  return char;
}

type Pairs = readonly (readonly [string, string])[];

function matchingText(pairs: Pairs, sources: readonly string[], targets: readonly string[]): string {
  return [...pairs]
    .sort((a, b) => sources.indexOf(a[0]) - sources.indexOf(b[0]))
    .map(([source, target]) => `${charFor(source, sources, SOURCE_CHARS)}.${charFor(target, targets, ANSWER_CHARS)}`)
    .join(",");
}

function format(response: Response): FormattedInteraction {
  switch (response.type) {
    case "choice": {
      const chars = (ids: readonly string[]): string =>
        ids.map((id) => charFor(id, response.options, ANSWER_CHARS)).join(",");
      // A pattern "a,c" means a AND c; answers that are each right alone are separate patterns.
      return { type: "choice", response: chars(response.chosen), patterns: response.correct.map(chars) };
    }
    case "true-false":
      return { type: "true-false", response: response.chosen ? "t" : "f", patterns: [response.correct ? "t" : "f"] };
    case "matching":
      return {
        type: "matching",
        response: matchingText(response.chosen, response.sources, response.targets),
        patterns: [matchingText(response.correct, response.sources, response.targets)],
      };
    case "sequencing": {
      const chars = (ids: readonly string[]): string =>
        ids.map((id) => charFor(id, response.items, ANSWER_CHARS)).join(",");
      return { type: "sequencing", response: chars(response.chosen), patterns: [chars(response.correct)] };
    }
    case "keypad":
      // The digits dialled; 1.2 fill-in is a CMIString255 (the keypad has only 0-9, * and #).
      return { type: "fill-in", response: response.chosen, patterns: [response.correct] };
  }
}

/** Fields of one record, id first, then type (an LMS may need the type to read the rest). */
export function interactionFields12(answer: AnswerRecord): CmiWrite[] {
  if (!IDENTIFIER12.test(answer.id)) {
    throw new InteractionFormatError(`interaction id "${answer.id}" is not a 1.2 CMIIdentifier`);
  }
  const { type, response, patterns } = format(answer.response);
  if ([response, ...patterns].some((text) => text.length > LIMITS12.feedback)) {
    throw new InteractionFormatError(`response longer than ${LIMITS12.feedback} characters`);
  }
  return [
    ["id", answer.id],
    ["type", type],
    // The lesson objective the question checks (RTE 3.4.2.6.2): links the answer to cmi.objectives.
    ...(answer.objective ? [["objectives.0.id", answer.objective] as CmiWrite] : []),
    ...patterns.map((pattern, m): CmiWrite => [`correct_responses.${m}.pattern`, pattern]),
    ["student_response", response],
    ["result", answer.isCorrect ? RESULT12.correct : RESULT12.wrong],
    ["weighting", "1"],
    ["latency", formatTimespan12(answer.latencyMs)],
    ["time", formatTime12(answer.shownAt)],
  ];
}
