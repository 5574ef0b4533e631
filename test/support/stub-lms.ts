// Synthetic LMS pages for the odd-LMS e2e tests, served by page.route at same-origin URLs
// (the Playwright server serves dist/ only):
//   /robustness-lms/top.html?init=true|false&depth=N   a page with a tiny SCORM 1.2 `window.API`
//     that logs every call in window.__calls, holding the 1.2 package N frames below it
//     (depth=0: no frame, for a popup launched with window.open).
//   /robustness-lms/frame.html?depth=N                 an empty frame holding the next level.
import type { Page } from "@playwright/test";

export const STUB_TOP = "/robustness-lms/top.html";
export const PACKAGE_12 = "/packages/primary-scorm12/index.html";

const STUB_API = `
  window.__calls = [];
  (function () {
    var init = new URLSearchParams(location.search).get("init") || "true";
    var data = {};
    var log = function (entry) { window.__calls.push(entry); };
    window.API = {
      LMSInitialize: function () { log("LMSInitialize"); return init; },
      LMSFinish: function () { log("LMSFinish"); return "true"; },
      LMSGetValue: function (e) { log("LMSGetValue " + e); return data[e] || ""; },
      LMSSetValue: function (e, v) { log("LMSSetValue " + e); data[e] = String(v); return "true"; },
      LMSCommit: function () { log("LMSCommit"); return "true"; },
      LMSGetLastError: function () { return "0"; },
      LMSGetErrorString: function () { return ""; },
      LMSGetDiagnostic: function () { return ""; }
    };
  })();`;

function page(body: string, script = ""): string {
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>stub LMS</title>${
    script ? `<script>${script}</script>` : ""
  }</head><body>${body}</body></html>`;
}

function frameFor(depth: number): string {
  const src = depth <= 1 ? PACKAGE_12 : `/robustness-lms/frame.html?depth=${depth - 1}`;
  return `<iframe src="${src}" title="level" style="width:1200px;height:700px;border:0"></iframe>`;
}

/** Serves the stub pages for this page's requests. */
export async function serveStubLms(target: Page): Promise<void> {
  await target.route("**/robustness-lms/*.html*", async (route) => {
    const url = new URL(route.request().url());
    const depth = Number(url.searchParams.get("depth") ?? "0");
    const body = url.pathname.endsWith("/top.html")
      ? page(depth > 0 ? frameFor(depth) : "<p>LMS</p>", STUB_API)
      : page(frameFor(depth));
    await route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body });
  });
}

/** The calls the stub API received. */
export function stubCalls(target: Page): Promise<string[]> {
  return target.evaluate(() => (window as unknown as { __calls: string[] }).__calls);
}
