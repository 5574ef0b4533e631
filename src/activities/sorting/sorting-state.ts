// The sorting activity as plain data plus pure rules. A placement is final (the feedback then
// names the right bin), and one matching record goes out when the last item is placed.
import type { SortingScreen } from "../../lesson/lesson-types";
import type { AnswerRecord } from "../../quiz/answer-record";
import type { Timing } from "../practice-call/call-state";

/** Item id -> bin id, for the items placed so far. */
export type SortingState = Readonly<Record<string, string>>;

export interface SortingChange {
  state: SortingState;
  record?: AnswerRecord;
}

export function isSortingDone(screen: SortingScreen, state: SortingState): boolean {
  return screen.items.every((item) => state[item.id] !== undefined);
}

export function placeItem(
  screen: SortingScreen,
  state: SortingState,
  itemId: string,
  binId: string,
  timing: Timing,
  language: string,
): SortingChange {
  const known = screen.items.some((i) => i.id === itemId) && screen.bins.some((b) => b.id === binId);
  if (!known || state[itemId] !== undefined) return { state };
  const next: SortingState = { ...state, [itemId]: binId };
  if (!isSortingDone(screen, next)) return { state: next };
  const chosen = screen.items.map((i) => [i.id, next[i.id] ?? ""] as const);
  const correct = screen.items.map((i) => [i.id, i.bin] as const);
  const record: AnswerRecord = {
    id: screen.activityId,
    response: { type: "matching", sources: screen.items.map((i) => i.id), targets: screen.bins.map((b) => b.id), chosen, correct },
    isCorrect: screen.items.every((i) => next[i.id] === i.bin),
    latencyMs: Math.max(0, timing.answeredAt.getTime() - timing.shownAt.getTime()),
    shownAt: timing.shownAt,
    description: screen.title,
    language,
  };
  return { state: next, record };
}
