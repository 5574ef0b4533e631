// The no-errors guard (test/support/no-errors.ts) must be able to fail a test: each of these
// breaks one rule on purpose and is marked test.fail(), so the suite goes red if the guard ever
// stops noticing. (".invalid" never resolves: nothing actually leaves the machine.)
import { openPreview } from "../support/lms-host";
import { test } from "../support/no-errors";

test.describe("the no-errors guard fails a test that", () => {
  test("makes a request to another host", async ({ page }) => {
    test.fail();
    const lms = await openPreview(page, { version: "1.2", fresh: true });
    await lms.lesson.locator("#screen-title").waitFor();
    await lms.lesson.locator("body").evaluate(() => {
      void fetch("http://cdn.example.invalid/font.woff2").catch(() => undefined);
    });
    await page.waitForTimeout(200);
  });

  test("throws inside the lesson frame", async ({ page }) => {
    test.fail();
    const lms = await openPreview(page, { version: "2004", fresh: true });
    await lms.lesson.locator("#screen-title").waitFor();
    await lms.lesson.locator("body").evaluate(() => {
      setTimeout(() => {
        throw new Error("deliberate");
      }, 0);
    });
    await page.waitForTimeout(200);
  });
});
