// What is spoken: one narration clip per screen and one per quiz question, each a list of
// sentences ("parts") in the order they are read. The same list is
//   - the script media/make-narration.ts turns into speech (one audio file per clip),
//   - the captions: the player marks the on-screen sentence whose text is the part being spoken,
//   - the transcript ("Xem lời đọc").
// Pure: no DOM, no Node. media/README.md explains the choices below for lesson authors.
import type { Lesson, Question, Screen } from "../lesson/lesson-types";

export interface NarrationClip {
  /** File name without ".mp3": a screen id or a question id (ids are unique in a lesson). */
  id: string;
  parts: string[];
}

/** The words the quiz shows on the true/false tiles (UI strings, not lesson text). */
export interface NarrationWords {
  true: string;
  false: string;
}

/** What a student who cannot read yet needs to hear on a screen: title and sentences, plus
 *  the few things only that screen shows as text (the calm note, the dialling instruction,
 *  the message at the end). Cards, the sorting situations, the leaflet for adults and the
 *  counsellor's lines are not in the screen clip. */
export function screenParts(screen: Screen): string[] {
  return clean(screenLines(screen));
}

function screenLines(screen: Screen): string[] {
  const parts = [screen.title, ...screen.text];
  switch (screen.kind) {
    case "welcome":
      return [...parts, ...screen.facts, screen.calmNote];
    case "practice-call":
      return [...parts, screen.dialPrompt];
    case "results":
      return [...parts, ...screen.closing];
    default:
      return parts;
  }
}

/** The question and the answers to choose from, as the quiz shows them. Ordering questions
 *  read only the prompt: their items are shown shuffled, so reading them in the file's order
 *  would give the answer away. */
export function questionParts(q: Question, words: NarrationWords): string[] {
  return clean(questionLines(q, words));
}

function questionLines(q: Question, words: NarrationWords): string[] {
  switch (q.kind) {
    case "single-choice":
    case "multiple-choice":
      return [q.prompt, ...q.options.map((o) => o.text)];
    case "true-false":
      return [q.prompt, words.true, words.false];
    case "matching":
      return [q.prompt, ...q.prompts.map((p) => p.text)];
    case "ordering":
      return [q.prompt];
  }
}

/** Every clip of a lesson: screens in order, each quiz's questions after its screen. */
export function narrationClips(lesson: Lesson, words: NarrationWords): NarrationClip[] {
  const clips: NarrationClip[] = [];
  for (const screen of lesson.screens) {
    clips.push({ id: screen.id, parts: screenParts(screen) });
    if (screen.kind === "quiz") for (const q of screen.questions) clips.push({ id: q.id, parts: questionParts(q, words) });
  }
  return clips;
}

function clean(parts: string[]): string[] {
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}
