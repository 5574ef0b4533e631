// A small lesson with one screen of every kind and one question of every kind, for unit tests
// that must not depend on the real lesson files (which other people edit).
import type { Lesson, Question } from "../../../src/lesson/lesson-types";

export const fixtureQuestions: Question[] = [
  {
    id: "q1_single",
    kind: "single-choice",
    objective: "primary-obj-remember-111",
    prompt: "Which number?",
    explanation: "111.",
    reviewScreen: "what_is_111",
    options: [
      { id: "a", text: "111" },
      { id: "b", text: "113" },
      { id: "c", text: "115" },
    ],
    answer: "a",
  },
  {
    id: "q2_multi",
    kind: "multiple-choice",
    objective: "primary-obj-remember-111",
    prompt: "Which are true?",
    explanation: "Free and 24/7.",
    options: [
      { id: "free", text: "Free" },
      { id: "always", text: "24/7" },
      { id: "paid", text: "Costs money" },
    ],
    answers: ["free", "always"],
  },
  { id: "q3_tf", kind: "true-false", objective: "primary-obj-never-your-fault", prompt: "It is your fault.", explanation: "Never.", answer: false },
  {
    id: "q4_match",
    kind: "matching",
    objective: "primary-obj-which-number",
    prompt: "Match",
    explanation: "...",
    prompts: [
      { id: "fire", text: "Fire", match: "n114" },
      { id: "hurt", text: "Hurt now", match: "n115" },
      { id: "worry", text: "Worried", match: "n111" },
    ],
    targets: [
      { id: "n111", text: "111" },
      { id: "n114", text: "114" },
      { id: "n115", text: "115" },
    ],
  },
  {
    id: "q5_order",
    kind: "ordering",
    objective: "primary-obj-which-number",
    prompt: "Order the steps",
    explanation: "...",
    reviewScreen: "practice",
    items: [
      { id: "dial", text: "Dial 111" },
      { id: "say", text: "Say who you are" },
      { id: "tell", text: "Tell what happened" },
    ],
  },
];

export const fixtureLesson: Lesson = {
  band: "primary",
  language: "vi",
  title: "Gọi 111",
  masteryPercent: 80,
  talkToSomeone: { title: "Talk", text: ["Tell a trusted adult."] },
  objectives: [
    { id: "primary-obj-remember-111", text: "Remember 111." },
    { id: "primary-obj-never-your-fault", text: "It is never your fault." },
    { id: "primary-obj-which-number", text: "Which number to call." },
  ],
  screens: [
    { id: "welcome", kind: "welcome", title: "Hi", text: ["Hello"], facts: ["Free"], calmNote: "Pause any time." },
    { id: "what_is_111", kind: "info", title: "What is 111", text: ["..."], cards: [{ title: "A", text: "B", tone: "safe" }] },
    {
      id: "practice",
      kind: "practice-call",
      title: "Practice",
      text: ["Dial"],
      activityId: "practice_call",
      number: "111",
      dialPrompt: "Dial 111",
      conversation: [
        {
          id: "who",
          counsellor: "Hello, who is calling?",
          options: [
            { id: "name", text: "I'm Lan", good: true, feedback: "Hi Lan" },
            { id: "hang", text: "(hang up)", good: false, feedback: "Stay on the line" },
          ],
        },
        {
          id: "what",
          counsellor: "What happened?",
          options: [
            { id: "tell", text: "My friend is hurt", good: true, feedback: "Thank you" },
            { id: "nothing", text: "Nothing", good: false, feedback: "You can tell me" },
            { id: "joke", text: "A joke", good: false, feedback: "Try again" },
          ],
        },
      ],
      afterCall: ["They help."],
    },
    {
      id: "which_number",
      kind: "sorting",
      title: "Which number?",
      text: ["Sort"],
      activityId: "sort_numbers",
      bins: [
        { id: "call_111", label: "111" },
        { id: "call_113", label: "113/115" },
        { id: "adult", label: "Adult" },
      ],
      items: [
        { id: "s1", text: "Friend sad", bin: "call_111", feedback: "111" },
        { id: "s2", text: "Fire", bin: "call_113", feedback: "Danger" },
        { id: "s3", text: "Lost book", bin: "adult", feedback: "Adult" },
      ],
    },
    { id: "quiz", kind: "quiz", title: "Quiz", text: ["Answer"], questions: fixtureQuestions },
    { id: "results", kind: "results", title: "Results", text: [], passedText: ["Well done"], failedText: ["Try again"], closing: ["Call 111"] },
    { id: "take_home", kind: "take-home", title: "Leaflet", text: ["Print"], leaflet: { heading: "111", lines: ["Free"], highlights: ["24/7"] } },
  ],
};
