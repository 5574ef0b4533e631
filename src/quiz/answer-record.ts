// The neutral fact a question or activity emits when the student answers it. It says nothing
// about SCORM: the tracking adapters turn it into cmi.interactions.n in their version's format
// (1.2 single-character ids, 2004 "[,]" and "[.]" delimiters, and so on).

/** A response in version-free terms. Ids are lesson ids ([a-z0-9_]). Lists keep the
 *  lesson's order of options/items so an adapter can map ids to positions (1.2 needs that). */
export type Response =
  | {
      type: "choice";
      /** Every option id, in the lesson's order. */
      options: readonly string[];
      /** The options the student picked, in the lesson's order. */
      chosen: readonly string[];
      /** Every acceptable answer: each entry is one set of option ids to be chosen together, in
       *  the lesson's order. Any one entry is right. A question has exactly one ([["b"]] single,
       *  [["a", "c"]] multiple choice); a dialogue step with two good replies has two
       *  ([["a"], ["c"]]). Adapters write one correct_responses pattern per entry. */
      correct: readonly (readonly string[])[];
    }
  | { type: "true-false"; chosen: boolean; correct: boolean }
  | {
      type: "matching";
      /** Every source id and every target id, in the lesson's order. */
      sources: readonly string[];
      targets: readonly string[];
      /** [source, target] pairs. */
      chosen: readonly (readonly [string, string])[];
      correct: readonly (readonly [string, string])[];
    }
  | {
      type: "sequencing";
      /** Every item id, in the lesson's (correct) order. */
      items: readonly string[];
      chosen: readonly string[];
      correct: readonly string[];
    }
  | {
      /** Digits dialled on the keypad. Never free text: the keypad only has digits, * and #. */
      type: "keypad";
      chosen: string;
      correct: string;
    };

export interface AnswerRecord {
  /** Interaction id: a question id or an activity id ([a-z0-9_], ends in a letter or digit). */
  id: string;
  response: Response;
  isCorrect: boolean;
  /** Time from showing the question to answering it. */
  latencyMs: number;
  /** When the question was shown. */
  shownAt: Date;
  /** The question text in the lesson language (2004 description; 1.2 has none). */
  description: string;
  /** Language of the description, e.g. "vi". */
  language: string;
  /** The lesson objective a quiz question checks (cmi.interactions.n.objectives.0.id); none for activities. */
  objective?: string;
}
