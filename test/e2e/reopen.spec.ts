// A student who finished the lesson opens it again. Moodle (unless a new attempt is asked for)
// opens the same attempt in review mode; some LMSs open it in normal mode. Either way the
// gradebook must keep what the student earned: review records nothing and says so; a normal
// relaunch may raise the result but never turns "passed" back into "incomplete" (Xerte had this
// bug: xerteonlinetoolkits#489). The preview LMS's `reopen` launch option plays both LMSs.
import type { ScormVersion } from "../../scorm/scorm-versions";
import { BandDriver } from "../support/band-driver";
import { openPreview } from "../support/lms-host";
import { expect, test } from "../support/no-errors";

const RESULT_KEYS: Record<ScormVersion, string[]> = {
  "1.2": ["cmi.core.lesson_status", "cmi.core.score.raw"],
  "2004": ["cmi.completion_status", "cmi.success_status", "cmi.score.scaled"],
};

const pick = (flat: Record<string, string>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, flat[k] ?? ""]));
const interactionCount = (flat: Record<string, string>) => Object.keys(flat).filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k)).length;

// `handsBack`: the LMS gives the finished attempt's bookmark and suspend data back (Moodle does);
// without it the lesson starts again at screen 1, as if new, and must still not lower the result.
for (const [version, reopen, handsBack] of [
  ["1.2", "review", true],
  ["2004", "review", true],
  ["1.2", "normal", true],
  ["2004", "normal", false],
] as const) {
  const how = handsBack ? "with its saved place" : "without its saved place";
  test(`SCORM ${version}: a finished lesson opened again in ${reopen} mode ${how} keeps the student's result`, async ({ page }) => {
    test.setTimeout(120_000);
    const lms = await openPreview(page, { band: "primary", version, fresh: true, reopen });
    const first = new BandDriver(lms.lesson, "primary", "vi");
    await first.runToEnd();
    await page.waitForTimeout(200);
    const earned = await lms.flattened();
    expect(pick(earned, RESULT_KEYS[version])).toEqual(
      version === "1.2"
        ? { "cmi.core.lesson_status": "passed", "cmi.core.score.raw": "100" }
        : { "cmi.completion_status": "completed", "cmi.success_status": "passed", "cmi.score.scaled": "1" },
    );
    const answered = interactionCount(earned);
    expect(answered).toBeGreaterThan(0);

    if (handsBack) {
      await lms.relaunch();
    } else {
      await lms.close();
      await page.evaluate(() => {
        const key = Object.keys(localStorage).find((k) => k.startsWith("call-111-preview:primary:"))!;
        const record = JSON.parse(localStorage.getItem(key)!) as { cmi: Record<string, string> };
        for (const k of ["cmi.suspend_data", "cmi.location", "cmi.core.lesson_location"]) delete record.cmi[k];
        localStorage.setItem(key, JSON.stringify(record));
      });
      await lms.relaunch();
    }
    expect((await lms.snapshot()).entry).toBe("");
    const again = new BandDriver(lms.lesson, "primary", "vi");
    const notice = lms.lesson.getByTestId("look-only-notice");
    if (reopen === "review") await expect(notice).toHaveText(again.t("notice.lookOnly"));
    else await expect(notice).toHaveCount(0);
    if (handsBack) {
      // The student is where they left off, and can go back through the lesson.
      await again.expectScreen(again.lesson.screens.at(-1)!.id);
      await again.back();
      await again.back();
    } else {
      // Nothing handed back: the lesson starts again, and the student looks at two screens.
      await again.expectScreen(again.lesson.screens[0]!.id);
      await again.next();
      await again.next();
    }
    await lms.relaunch();

    const after = await lms.flattened();
    expect(pick(after, RESULT_KEYS[version]), "the result the student earned").toEqual(pick(earned, RESULT_KEYS[version]));
    expect(interactionCount(after), "no answer recorded twice").toBe(answered);
  });
}
