// The typed shape of lessons/<band>/<language>.yaml: the contract with lesson authors.
// lessons/README.md documents it for authors; parse-lesson.ts turns unknown data into these types
// (once, at build time). Past that edge nothing re-checks the data.

export const BANDS = ["primary", "lower-secondary", "upper-secondary"] as const;
export type Band = (typeof BANDS)[number];

/** Ids used in SCORM data (screens, questions, options): lowercase ASCII, digits and "_",
 *  starting with a letter, ending with a letter or digit (Moodle's 2004 short-identifier rule). */
export const ID_PATTERN = /^[a-z](?:[a-z0-9_]{0,62}[a-z0-9])?$/;

/** Learning objective ids: "<band>-obj-" then lowercase words joined by "-", at most 64
 *  characters, e.g. "primary-obj-remember-111". Hyphens are fine here: objective ids are
 *  CMIIdentifier (1.2) / long_identifier_type (2004), not 2004 short identifiers. */
export const OBJECTIVE_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const OBJECTIVE_ID_MAX = 64;
export const objectiveIdPrefix = (band: Band): string => `${band}-obj-`;

export interface Lesson {
  band: Band;
  /** BCP 47 language code of this file, e.g. "vi", "en". */
  language: string;
  /** Package and page title, e.g. "Gọi 111 – Tiểu học". */
  title: string;
  /** Pass mark in percent (0–100) when the LMS supplies none. */
  masteryPercent: number;
  /** Content of the "I want to talk to someone" dialog (never recorded). */
  talkToSomeone: TalkToSomeone;
  /** The band's learning objectives that the quiz checks (content/ §B), in that order. Every
   *  question names one; the LMS reports a result per objective (cmi.objectives). */
  objectives: Objective[];
  screens: Screen[];
}

export interface Objective {
  /** Stable, readable id shown in LMS reports, e.g. "primary-obj-remember-111". */
  id: string;
  /** Short text in the lesson language (the 2004 objective description). */
  text: string;
}

export interface TalkToSomeone {
  title: string;
  text: string[];
}

export interface Image {
  /** File name inside media/images/, e.g. "phone-111.svg". */
  src: string;
  /** Text alternative; "" marks a purely decorative picture. */
  alt: string;
}

interface ScreenBase {
  /** Stable id: used as the SCORM location and in resume data. */
  id: string;
  title: string;
  /** Sentences shown on screen; the same sentences are the narration script and its captions. */
  text: string[];
  image?: Image;
}

export interface WelcomeScreen extends ScreenBase {
  kind: "welcome";
  /** Short facts shown beside the big number, e.g. "Miễn phí", "24/7". */
  facts: string[];
  /** The calm note: the topic can feel hard, the student may pause and talk to an adult. */
  calmNote: string;
}

export interface Card {
  title: string;
  text: string;
  image?: Image;
  /** Colours the card: a safe thing, an unsafe thing, or neither. */
  tone?: "safe" | "unsafe" | "neutral";
}

export interface InfoScreen extends ScreenBase {
  kind: "info";
  cards?: Card[];
}

export interface DialogueOption {
  id: string;
  text: string;
  /** Whether this is a helpful thing to say; a less helpful one gets feedback and a second try. */
  good: boolean;
  /** The counsellor's reply (for good options) or a gentle hint (for others). */
  feedback: string;
}

export interface DialogueStep {
  id: string;
  /** What the counsellor says or asks. */
  counsellor: string;
  options: DialogueOption[];
}

export interface PracticeCallScreen extends ScreenBase {
  kind: "practice-call";
  /** Interaction id for the dialling, e.g. "practice_dial". Dialogue steps report as "<activityId>_<step id>". */
  activityId: string;
  /** The number to dial: "111". */
  number: string;
  dialPrompt: string;
  conversation: DialogueStep[];
  /** What happens after the call, shown when the conversation ends. */
  afterCall: string[];
}

export interface SortingBin {
  id: string;
  label: string;
}

export interface SortingItem {
  id: string;
  text: string;
  /** Id of the bin this situation belongs in. */
  bin: string;
  /** Why: shown after the item is placed. */
  feedback: string;
}

export interface SortingScreen extends ScreenBase {
  kind: "sorting";
  activityId: string;
  bins: SortingBin[];
  items: SortingItem[];
}

export interface Option {
  id: string;
  text: string;
}

interface QuestionBase {
  /** Stable interaction id, e.g. "q1_when_to_call". */
  id: string;
  prompt: string;
  /** Explains the right answer; shown after the student answers. */
  explanation: string;
  /** Id of the lesson objective this question checks. */
  objective: string;
  /** Screen to look at again when this question is missed. */
  reviewScreen?: string;
}

export interface SingleChoiceQuestion extends QuestionBase {
  kind: "single-choice";
  options: Option[];
  answer: string;
}

export interface MultipleChoiceQuestion extends QuestionBase {
  kind: "multiple-choice";
  options: Option[];
  answers: string[];
}

export interface TrueFalseQuestion extends QuestionBase {
  kind: "true-false";
  answer: boolean;
}

export interface MatchingPrompt {
  id: string;
  text: string;
  /** Id of the target it matches. Several prompts may share one target. */
  match: string;
}

export interface MatchingQuestion extends QuestionBase {
  kind: "matching";
  prompts: MatchingPrompt[];
  targets: Option[];
}

export interface OrderingQuestion extends QuestionBase {
  kind: "ordering";
  /** Listed in the correct order; the player shuffles them. */
  items: Option[];
}

export type Question =
  | SingleChoiceQuestion
  | MultipleChoiceQuestion
  | TrueFalseQuestion
  | MatchingQuestion
  | OrderingQuestion;
export type QuestionKind = Question["kind"];

export interface QuizScreen extends ScreenBase {
  kind: "quiz";
  /** The question bank. */
  questions: Question[];
  /** How many questions one attempt draws from the bank, in random order; a retry draws again.
   *  Absent: every question, in the bank's order on the first attempt. */
  questionsPerAttempt?: number;
}

export interface ResultsScreen extends ScreenBase {
  kind: "results";
  passedText: string[];
  failedText: string[];
  /** The 111 message again, on every result. */
  closing: string[];
}

export interface Leaflet {
  heading: string;
  lines: string[];
  /** Shorter lines shown large, e.g. "Miễn phí", "24/7", "Bảo mật". */
  highlights: string[];
}

export interface TakeHomeScreen extends ScreenBase {
  kind: "take-home";
  leaflet: Leaflet;
}

export type Screen =
  | WelcomeScreen
  | InfoScreen
  | PracticeCallScreen
  | SortingScreen
  | QuizScreen
  | ResultsScreen
  | TakeHomeScreen;
export type ScreenKind = Screen["kind"];

export const SCREEN_KINDS: readonly ScreenKind[] = [
  "welcome",
  "info",
  "practice-call",
  "sorting",
  "quiz",
  "results",
  "take-home",
];
export const QUESTION_KINDS: readonly QuestionKind[] = [
  "single-choice",
  "multiple-choice",
  "true-false",
  "matching",
  "ordering",
];
