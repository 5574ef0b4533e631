// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { chooseTracker } from "../../../src/tracking/choose-tracker";
import { ManualTimers } from "../../contract/manual-timers";
import { Scorm12API, Scorm2004API } from "../../contract/scorm-again";

const KEY = "call111-choose-test";
const published: string[] = [];

/** Publishes a runtime on the jsdom window that frames see as their top, returns a child frame. */
function lmsPage(apis: Record<string, unknown>): Window {
  const iframe = document.createElement("iframe");
  document.body.appendChild(iframe);
  const child = iframe.contentWindow!;
  const top = child.parent as unknown as Record<string, unknown>;
  for (const [name, api] of Object.entries(apis)) {
    top[name] = api;
    published.push(name);
  }
  return child;
}

afterEach(() => {
  const top = document.querySelector("iframe")?.contentWindow?.parent as unknown as Record<string, unknown> | undefined;
  for (const name of published.splice(0)) if (top) delete top[name];
  document.body.innerHTML = "";
  localStorage.clear();
});

const both = () => ({ API: new Scorm12API({ logLevel: 5 }), API_1484_11: new Scorm2004API({ logLevel: 5 }) });

describe("chooseTracker", () => {
  it.each([
    ["1.2", "scorm12"],
    ["2004", "scorm2004"],
    ["auto", "scorm2004"],
  ] as const)("version %s on an LMS offering both APIs -> %s", (version, mode) => {
    const win = lmsPage(both());
    const tracker = chooseTracker({ version, storageKey: KEY, win, timers: new ManualTimers() });
    expect(tracker.start().mode).toBe(mode);
  });

  it("a 1.2 package does not use a 2004-only LMS", () => {
    const win = lmsPage({ API_1484_11: new Scorm2004API({ logLevel: 5 }) });
    expect(chooseTracker({ version: "1.2", storageKey: KEY, win }).start()).toMatchObject({ mode: "standalone", standaloneReason: "no-lms" });
  });

  it("auto falls back to 1.2", () => {
    const win = lmsPage({ API: new Scorm12API({ logLevel: 5 }) });
    expect(chooseTracker({ version: "auto", storageKey: KEY, win, timers: new ManualTimers() }).start().mode).toBe("scorm12");
  });

  it("none never looks for an LMS", () => {
    const win = lmsPage(both());
    expect(chooseTracker({ version: "none", storageKey: KEY, win }).start()).toMatchObject({ mode: "standalone", standaloneReason: "no-lms" });
  });

  it("runs standalone with lms-refused when Initialize returns \"false\"", () => {
    // A runtime whose session already ended refuses LMSInitialize for real ("LMS is already finished!").
    const spent = new Scorm12API({ logLevel: 5 });
    spent.LMSInitialize("");
    spent.LMSFinish("");
    const win = lmsPage({ API: spent });
    const tracker = chooseTracker({ version: "1.2", storageKey: KEY, win });
    expect(tracker.start()).toMatchObject({ mode: "standalone", standaloneReason: "lms-refused", resume: null });
    expect(tracker.mode).toBe("standalone");
    tracker.saveProgress({ location: "welcome", data: "{}" });
    expect(JSON.parse(localStorage.getItem(KEY) ?? "{}").progress).toEqual({ location: "welcome", data: "{}" });
  });

  it("runs standalone with lms-refused when Initialize throws", () => {
    const broken = new Scorm2004API({ logLevel: 5 });
    (broken as unknown as { Initialize: () => string }).Initialize = () => {
      throw new Error("LMS session expired");
    };
    const win = lmsPage({ API_1484_11: broken });
    expect(chooseTracker({ version: "2004", storageKey: KEY, win }).start()).toMatchObject({ standaloneReason: "lms-refused" });
  });

  it("ignores an API object without the SCORM functions", () => {
    const win = lmsPage({ API: { hello: "world" } });
    expect(chooseTracker({ version: "1.2", storageKey: KEY, win }).start().standaloneReason).toBe("no-lms");
  });
});
