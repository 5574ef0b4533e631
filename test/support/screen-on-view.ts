// What both lesson drivers (keyboard: lesson-driver.ts, any band by click: band-driver.ts) need
// to know where the student is: the screen the player shows, and that screen in the lesson file.
import type { FrameLocator } from "@playwright/test";
import { expect } from "@playwright/test";
import type { Lesson, Screen } from "../../src/lesson/lesson-types";

/** Id of the screen on view (the player's one <section data-screen-id>). */
export async function screenIdOnView(root: Pick<FrameLocator, "locator">): Promise<string> {
  const section = root.locator("section[data-screen-id]");
  await expect(section).toHaveCount(1);
  return (await section.getAttribute("data-screen-id")) ?? "";
}

/** The lesson's screen with this id; throws naming `where` when there is none. */
export function lessonScreen(lesson: Lesson, id: string, where: string): Screen {
  const screen = lesson.screens.find((s) => s.id === id);
  if (!screen) throw new Error(`no screen "${id}" in ${where}`);
  return screen;
}
