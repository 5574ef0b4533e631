// Narration in the built packages, played by the preview LMS in Chromium: nothing audio is fetched
// before the student's first press; Listen plays the screen's clip and the caption follows it;
// mute is saved as the learner's audio preference and survives a reload (also without an LMS);
// a missing or undecodable file shows a quiet notice and the lesson goes on; leaving a screen,
// muting or switching language stops the clip; Replay starts it again from the start.
// What plays is read from howler itself (window.Howler in the lesson's page): the sources of the
// sounds that are playing now and where they are.
import type { FrameLocator, Locator, Page, Request } from "@playwright/test";
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

interface Sound {
  src: string;
  playing: boolean;
  /** Seconds into the clip. */
  at: number;
}

/** Every sound howler holds in the lesson's page (unloaded ones are gone from the list). */
function sounds(lesson: FrameLocator | Page): Promise<Sound[]> {
  return lesson.locator("body").evaluate(() => {
    type Howl = { _src: string; playing(): boolean; seek(): number | unknown };
    const howler = (window as unknown as { Howler?: { _howls: Howl[] } }).Howler;
    return (howler?._howls ?? []).map((h) => ({ src: h._src, playing: h.playing(), at: Number(h.seek()) || 0 }));
  });
}

async function playingSources(lesson: FrameLocator | Page): Promise<string[]> {
  return (await sounds(lesson)).filter((s) => s.playing).map((s) => s.src);
}

/** The on-screen sentence marked as being spoken (none: count 0); not the transcript's copy. */
function caption(lesson: FrameLocator | Page): Locator {
  return lesson.locator("section .narration-now:not(.narration-transcript li)");
}

const WELCOME_TITLE = "Số 111 – Tổng đài bảo vệ trẻ em";
const LISTEN = { name: "Nghe", exact: true } as const;

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

test.describe("the player", () => {
  test("Replay starts the clip again from its first sentence", async ({ page }) => {
    const { lesson } = await openPreview(page, { band: "primary", version: "1.2", fresh: true });
    await lesson.getByRole("button", LISTEN).click({ timeout: 10_000 });
    // The third sentence is some 5 s in.
    await expect(caption(lesson)).toHaveText("Hôm nay, chúng mình cùng học về số 111.", { timeout: 15_000 });
    const before = await sounds(lesson);
    expect(before.filter((s) => s.playing).map((s) => s.src)).toEqual(["audio/vi/welcome.mp3"]);
    expect(before[0]!.at).toBeGreaterThan(4);

    await lesson.getByRole("button", { name: "Nghe lại từ đầu" }).click();
    await expect(caption(lesson)).toHaveText(WELCOME_TITLE);
    await expect(lesson.locator(".narration")).toHaveAttribute("data-narration-state", "playing");
    const after = await sounds(lesson);
    // One sound, the same clip, near its start (the caption's first sentence starts at 0.45 s).
    expect(after.map((s) => [s.src, s.playing])).toEqual([["audio/vi/welcome.mp3", true]]);
    expect(after[0]!.at).toBeLessThan(2);
  });

  test("Mute while a clip plays stops the sound and the caption", async ({ page }) => {
    const { lesson } = await openPreview(page, { band: "primary", version: "1.2", fresh: true });
    await lesson.getByRole("button", LISTEN).click({ timeout: 10_000 });
    await expect(caption(lesson)).toHaveText(WELCOME_TITLE, { timeout: 10_000 });
    expect(await playingSources(lesson)).toEqual(["audio/vi/welcome.mp3"]);

    await lesson.getByRole("button", { name: "Tắt tiếng" }).click();
    await expect(lesson.getByRole("button", { name: "Tắt tiếng" })).toHaveAttribute("aria-pressed", "true");
    await expect(lesson.locator(".narration")).toHaveAttribute("data-narration-state", "idle");
    await expect.poll(() => playingSources(lesson)).toEqual([]);
    await expect(caption(lesson)).toHaveCount(0);
    // Past the next sentence's start (4 s in): nothing plays on and nothing gets marked.
    await page.waitForTimeout(4_500);
    expect(await playingSources(lesson)).toEqual([]);
    await expect(caption(lesson)).toHaveCount(0);
    await expect(lesson.locator(".narration-transcript li.narration-now")).toHaveCount(0);
  });

  test("switching language while a clip plays stops it; the other language's clip is what plays", async ({ page }) => {
    const requests = audioRequests(page);
    const { lesson } = await openPreview(page, { band: "primary", version: "1.2", fresh: true });
    await lesson.getByRole("button", LISTEN).click({ timeout: 10_000 });
    await expect(caption(lesson)).toHaveText(WELCOME_TITLE, { timeout: 10_000 });
    expect(await playingSources(lesson)).toEqual(["audio/vi/welcome.mp3"]);

    await lesson.locator(".language-switch").getByRole("button", { name: "English", exact: true }).click();
    await expect(lesson.locator("html")).toHaveAttribute("lang", "en");
    // The student had asked for narration, so the screen goes on speaking, in English.
    await expect(lesson.locator(".narration")).toHaveAttribute("data-narration-state", "playing", { timeout: 10_000 });
    await expect.poll(() => playingSources(lesson)).toEqual(["audio/en/welcome.mp3"]);
    expect((await sounds(lesson)).map((s) => s.src)).toEqual(["audio/en/welcome.mp3"]);
    expect(requests.filter((u) => u.endsWith(".mp3"))).toEqual(["/packages/primary-scorm12/audio/vi/welcome.mp3", "/packages/primary-scorm12/audio/en/welcome.mp3"]);
    expect(requests).toContain("/packages/primary-scorm12/audio/en/narration.json");
    await expect(caption(lesson)).toHaveText("Number 111 – the child protection hotline", { timeout: 5_000 });

    // Paused, then Listen: still the English clip, from where it was.
    await lesson.getByRole("button", { name: "Pause" }).click();
    await expect(lesson.locator(".narration")).toHaveAttribute("data-narration-state", "paused");
    expect(await playingSources(lesson)).toEqual([]);
    await lesson.getByRole("button", { name: "Listen", exact: true }).click();
    await expect.poll(() => playingSources(lesson)).toEqual(["audio/en/welcome.mp3"]);
  });

  test("an undecodable audio file shows the same quiet notice as a missing one and never blocks Next", async ({ page }) => {
    // 30 KB of noise served as audio/mpeg: the request succeeds, decoding fails.
    const noise = Buffer.from(Array.from({ length: 30_000 }, (_, i) => (i * 7919 + 13) % 251));
    await page.route("**/audio/vi/welcome.mp3", (route) => route.fulfill({ status: 200, contentType: "audio/mpeg", body: noise }));
    const { lesson } = await openPreview(page, { band: "primary", version: "1.2", fresh: true });
    await lesson.getByRole("button", LISTEN).click({ timeout: 10_000 });
    const notice = lesson.locator(".narration-notice");
    await expect(notice).toBeVisible({ timeout: 10_000 });
    await expect(notice).toHaveAttribute("role", "status");
    await expect(notice).toHaveText("Chưa nghe được lời đọc của trang này. Em cứ đọc chữ trên màn hình, hoặc nhờ thầy cô đọc cùng nhé.");
    await expect(lesson.locator(".narration")).toHaveAttribute("data-narration-state", "error");
    expect(await playingSources(lesson)).toEqual([]);
    // The buttons still work: Listen tries again (and fails quietly again).
    await expect(lesson.getByRole("button", LISTEN)).toBeEnabled();

    const next = lesson.getByRole("button", { name: "Tiếp theo" });
    await expect(next).toBeEnabled();
    await next.click();
    await expect(lesson.locator("h1")).toHaveText("Ai nghe máy khi em gọi 111?");
    await expect(lesson.locator(".narration")).toHaveAttribute("data-narration-state", "playing", { timeout: 10_000 });
    await expect(notice).toHaveCount(0);
    await expect.poll(() => playingSources(lesson)).toEqual(["audio/vi/what_is_111.mp3"]);
  });

  test("without an LMS, mute is kept in the browser and survives a reload", async ({ page }) => {
    const requests = audioRequests(page);
    await page.goto("/packages/primary-scorm12/index.html");
    expect(await page.evaluate(() => "API" in window || "API_1484_11" in window)).toBe(false);
    await expect(page.getByTestId("standalone-notice")).toBeVisible({ timeout: 15_000 });
    const mute = page.getByRole("button", { name: "Tắt tiếng" });
    await expect(mute).toHaveAttribute("aria-pressed", "false");
    await mute.click();
    await expect(mute).toHaveAttribute("aria-pressed", "true");

    await page.reload();
    await expect(page.getByTestId("standalone-notice")).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole("button", { name: "Tắt tiếng" })).toHaveAttribute("aria-pressed", "true");
    await page.waitForTimeout(1_000);
    expect(requests, "a muted lesson fetches no audio").toEqual([]);
    // Listen turns the sound on again, and that is kept too.
    await page.getByRole("button", LISTEN).click();
    await expect(page.getByRole("button", { name: "Tắt tiếng" })).toHaveAttribute("aria-pressed", "false");
    await expect.poll(() => playingSources(page)).toEqual(["audio/vi/welcome.mp3"]);
    await page.reload();
    await expect(page.getByTestId("standalone-notice")).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole("button", { name: "Tắt tiếng" })).toHaveAttribute("aria-pressed", "false");
  });
});
