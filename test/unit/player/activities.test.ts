import { describe, expect, it } from "vitest";
import { chooseOption, currentStepIndex, initialCallState, isCallDone, placeCall } from "../../../src/activities/practice-call/call-state";
import { isSortingDone, placeItem } from "../../../src/activities/sorting/sorting-state";
import type { PracticeCallScreen, SortingScreen } from "../../../src/lesson/lesson-types";
import { fixtureLesson } from "./fixture-lesson";

const call = fixtureLesson.screens[2] as PracticeCallScreen;
const sorting = fixtureLesson.screens[3] as SortingScreen;
const t = { shownAt: new Date(1000), answeredAt: new Date(3000) };

describe("practice call", () => {
  it("records the first call only, as a keypad response", () => {
    const wrong = placeCall(call, initialCallState, "113", t, "vi");
    expect(wrong.state.dial).toBe("tried");
    expect(wrong.record).toMatchObject({ id: "practice_call", isCorrect: false, latencyMs: 2000, response: { type: "keypad", chosen: "113", correct: "111" } });
    const right = placeCall(call, wrong.state, "111", t, "vi");
    expect(right.state.dial).toBe("connected");
    expect(right.record).toBeUndefined();
    expect(placeCall(call, initialCallState, "111", t, "vi").record?.isCorrect).toBe(true);
  });

  it("takes dialogue answers only after connecting, step by step", () => {
    expect(chooseOption(call, initialCallState, "who", "name", t, "vi").state).toBe(initialCallState);
    const connected = placeCall(call, initialCallState, "111", t, "vi").state;
    expect(chooseOption(call, connected, "what", "tell", t, "vi").state).toBe(connected);
    expect(currentStepIndex(call, connected)).toBe(0);
  });

  it("records the first choice of a step as <activityId>_<stepId> and lets the student choose again", () => {
    let s = placeCall(call, initialCallState, "111", t, "vi").state;
    const first = chooseOption(call, s, "who", "hang", t, "vi");
    expect(first.record).toMatchObject({
      id: "practice_call_who",
      isCorrect: false,
      response: { type: "choice", options: ["name", "hang"], chosen: ["hang"], correct: [["name"]] },
      description: "Hello, who is calling?",
    });
    s = first.state;
    expect(chooseOption(call, s, "who", "hang", t, "vi").state).toBe(s);
    const second = chooseOption(call, s, "who", "name", t, "vi");
    expect(second.record).toBeUndefined();
    s = chooseOption(call, second.state, "what", "tell", t, "vi").state;
    expect(isCallDone(call, s)).toBe(true);
    expect(currentStepIndex(call, s)).toBe(2);
  });

  it("lists each good reply of a step as its own acceptable answer (any one is right)", () => {
    const [who, what] = call.conversation;
    const twoGood: PracticeCallScreen = {
      ...call,
      conversation: [
        who!,
        { ...what!, options: what!.options.map((o) => (o.id === "joke" ? { ...o, good: true } : o)) },
      ],
    };
    let s = placeCall(twoGood, initialCallState, "111", t, "vi").state;
    s = chooseOption(twoGood, s, "who", "name", t, "vi").state;
    const answer = chooseOption(twoGood, s, "what", "joke", t, "vi");
    expect(answer.record).toMatchObject({
      id: "practice_call_what",
      isCorrect: true,
      response: { type: "choice", options: ["tell", "nothing", "joke"], chosen: ["joke"], correct: [["tell"], ["joke"]] },
    });
    expect(isCallDone(twoGood, answer.state)).toBe(true);
  });
});

describe("sorting", () => {
  it("sends one matching record when the last item is placed", () => {
    let s = placeItem(sorting, {}, "s1", "call_111", t, "vi");
    expect(s.record).toBeUndefined();
    s = placeItem(sorting, s.state, "s2", "adult", t, "vi");
    expect(placeItem(sorting, s.state, "s2", "call_113", t, "vi").state).toBe(s.state);
    s = placeItem(sorting, s.state, "s3", "adult", t, "vi");
    expect(isSortingDone(sorting, s.state)).toBe(true);
    expect(s.record).toMatchObject({
      id: "sort_numbers",
      isCorrect: false,
      response: {
        type: "matching",
        sources: ["s1", "s2", "s3"],
        targets: ["call_111", "call_113", "adult"],
        chosen: [["s1", "call_111"], ["s2", "adult"], ["s3", "adult"]],
        correct: [["s1", "call_111"], ["s2", "call_113"], ["s3", "adult"]],
      },
    });
  });

  it("ignores unknown items and bins", () => {
    expect(placeItem(sorting, {}, "nope", "adult", t, "vi").state).toEqual({});
    expect(placeItem(sorting, {}, "s1", "nope", t, "vi").state).toEqual({});
  });
});
