// Narration in the built packages, played by the preview LMS in Chromium: nothing audio is fetched
// before the student's first press; Listen plays the screen's clip and the caption follows it;
// mute is saved as the learner's audio preference and survives a reload; a missing file shows a
// quiet notice and the lesson goes on; leaving a screen stops its clip.
import type { Page, Request } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../support/find-chromium";
import { openPreview } from "../support/lms-host";
import { expect, test } from "../support/no-errors";

test.use({
  launchOptions: {
    executablePath: findChromium().executablePath,
    // Headless Chromium has no sound card: fake devices give the audio element somewhere to play.
    args: [...CHROMIUM_ARGS, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"],
  },
});

const AUDIO = /\/audio\//;

function audioRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (r: Request) => {
    if (AUDIO.test(r.url())) urls.push(new URL(r.url()).pathname);
  });
  return urls;
}

for (const version of ["1.2", "2004"] as const) {
  test.describe(`SCORM ${version}`, () => {
    test("no audio is fetched before the first press; Listen plays the screen and the caption follows", async ({ page }) => {
      const requests = audioRequests(page);
      const lms = await openPreview(page, { band: "primary", version, fresh: true });
      const lesson = lms.lesson;
      await expect(lesson.locator("h1")).toBeVisible({ timeout: 10_000 });
      const listen = lesson.getByRole("button", { name: "Nghe", exact: true });
      await expect(listen).toBeVisible();
      // Give the idle preloads time to run: still nothing audio.
      await page.waitForTimeout(2_500);
      expect(requests).toEqual([]);

      await listen.click();
      const controls = lesson.locator(".narration");
      await expect(controls).toHaveAttribute("data-narration-state", "playing", { timeout: 10_000 });
      expect(requests.some((u) => u.endsWith("/audio/vi/welcome.mp3"))).toBe(true);
      expect(requests.some((u) => u.endsWith("/audio/vi/narration.json"))).toBe(true);
      expect(requests.filter((u) => u.endsWith(".mp3") && !u.endsWith("/welcome.mp3"))).toEqual([]);
      await expect(lesson.getByRole("button", { name: "Tạm dừng" })).toBeVisible();

      // Caption: the title first, then the first sentence (the audio really advances).
      const spoken = lesson.locator("section .narration-now").first();
      await expect(spoken).toHaveText("Số 111 – Tổng đài bảo vệ trẻ em", { timeout: 5_000 });
      await expect(spoken).toHaveText("Chào em!", { timeout: 10_000 });
      await expect(lesson.locator(".narration-transcript li.narration-now")).toHaveText("Chào em!");

      await lesson.getByRole("button", { name: "Tạm dừng" }).click();
      await expect(controls).toHaveAttribute("data-narration-state", "paused");

      // Next screen: the old clip stops, the new one is fetched and starts by itself.
      await listen.click();
      await expect(controls).toHaveAttribute("data-narration-state", "playing");
      await lesson.getByRole("button", { name: "Tiếp theo" }).click();
      await expect(lesson.locator("h1")).toHaveText("Ai nghe máy khi em gọi 111?");
      await expect(lesson.locator(".narration")).toHaveAttribute("data-narration-state", "playing", { timeout: 10_000 });
      expect(requests.some((u) => u.endsWith("/audio/vi/what_is_111.mp3"))).toBe(true);
      const playing = await lesson.locator("body").evaluate(() => {
        const howler = (window as unknown as { Howler?: { _howls: { _src: string; playing(): boolean }[] } }).Howler;
        return (howler?._howls ?? []).filter((h) => h.playing()).map((h) => h._src);
      });
      expect(playing).toEqual(["audio/vi/what_is_111.mp3"]);
    });

    test("mute is the learner's audio preference and survives a reload", async ({ page }) => {
      const lms = await openPreview(page, { band: "primary", version, fresh: true });
      const mute = lms.lesson.getByRole("button", { name: "Tắt tiếng" });
      await expect(mute).toHaveAttribute("aria-pressed", "false", { timeout: 10_000 });
      await mute.click();
      await expect(mute).toHaveAttribute("aria-pressed", "true");
      const element = version === "1.2" ? "cmi.student_preference.audio" : "cmi.learner_preference.audio_level";
      await expect.poll(() => lms.value(element)).toBe(version === "1.2" ? "-1" : "0");

      await lms.reload();
      const again = lms.lesson.getByRole("button", { name: "Tắt tiếng" });
      await expect(again).toHaveAttribute("aria-pressed", "true", { timeout: 10_000 });
      // Listen still works, and turns the sound back on.
      await lms.lesson.getByRole("button", { name: "Nghe", exact: true }).click();
      await expect(again).toHaveAttribute("aria-pressed", "false");
      await expect.poll(() => lms.value(element)).toBe(version === "1.2" ? "100" : "1");
    });

    test("a missing audio file shows a quiet notice and never blocks the lesson", async ({ page, guard }) => {
      // The browser logs the 404 this test makes on purpose; nothing else may be logged.
      guard.allowConsole(/404 \(Not Found\).*\/audio\/vi\/welcome\.mp3|welcome\.mp3.*404/);
      await page.route("**/audio/vi/welcome.mp3", (route) => route.fulfill({ status: 404, body: "" }));
      const lms = await openPreview(page, { band: "primary", version, fresh: true });
      const lesson = lms.lesson;
      await lesson.getByRole("button", { name: "Nghe", exact: true }).click({ timeout: 10_000 });
      await expect(lesson.locator(".narration-notice")).toBeVisible({ timeout: 10_000 });
      await expect(lesson.locator(".narration-notice")).toHaveAttribute("role", "status");
      await expect(lesson.locator(".narration")).toHaveAttribute("data-narration-state", "error");
      // The student carries on, and the next screen's narration plays (by itself: the student
      // asked for narration once).
      await lesson.getByRole("button", { name: "Tiếp theo" }).click();
      await expect(lesson.locator("h1")).toHaveText("Ai nghe máy khi em gọi 111?");
      await expect(lesson.locator(".narration")).toHaveAttribute("data-narration-state", "playing", { timeout: 10_000 });
      await expect(lesson.locator(".narration-notice")).toHaveCount(0);
    });
  });
}
