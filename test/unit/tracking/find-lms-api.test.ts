// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { findLmsApi, MAX_PARENT_HOPS } from "../../../src/tracking/find-lms-api";

/** A frame-like object. A `foreign` (cross-origin) frame lets `parent` and `opener` be read, as
 *  browsers do, and throws SecurityError for anything else. */
function frame(props: Record<string, unknown>, parent?: object, foreign = false): Window {
  const win: Record<string, unknown> = {};
  const self = new Proxy(win, {
    get(_target, key) {
      if (key === "parent") return parent ?? self;
      if (foreign) throw new DOMException("Blocked a frame with origin", "SecurityError");
      return props[key as string];
    },
  });
  return self as unknown as Window;
}

describe("findLmsApi", () => {
  const api = { LMSInitialize: () => "true" };

  it("finds the API on the window itself or on a parent", () => {
    const top = frame({ API: api });
    expect(findLmsApi(top, "API")).toBe(api);
    expect(findLmsApi(frame({}, frame({}, top)), "API")).toBe(api);
  });

  it("looks only for the name it is asked for", () => {
    const top = frame({ API: api });
    expect(findLmsApi(top, "API_1484_11")).toBeNull();
  });

  it("climbs past a cross-origin frame instead of throwing", () => {
    const top = frame({ API: api });
    const foreign = frame({}, top, true);
    expect(findLmsApi(frame({}, foreign), "API")).toBe(api);
    expect(findLmsApi(frame({}, frame({}, undefined, true)), "API")).toBeNull();
  });

  it("survives a window whose parent cannot be read at all", () => {
    const hostile = new Proxy({}, { get: () => { throw new DOMException("denied", "SecurityError"); } });
    expect(findLmsApi(hostile as unknown as Window, "API")).toBeNull();
  });

  it("falls back to the opener and its parents", () => {
    const lmsTop = frame({ API_1484_11: api });
    const popup = frame({ opener: frame({}, lmsTop) });
    expect(findLmsApi(popup, "API_1484_11")).toBe(api);
  });

  it("gives up after a bounded number of parents", () => {
    let win = frame({ API: api });
    for (let i = 0; i < MAX_PARENT_HOPS + 1; i++) win = frame({}, win);
    expect(findLmsApi(win, "API")).toBeNull();
  });

  it("climbs real jsdom iframes", () => {
    const outer = document.createElement("iframe");
    document.body.appendChild(outer);
    const outerWin = outer.contentWindow!;
    const inner = outerWin.document.createElement("iframe");
    outerWin.document.body.appendChild(inner);
    const top = outerWin.parent as unknown as Record<string, unknown>;
    top.API = api;
    try {
      expect(findLmsApi(inner.contentWindow!, "API")).toBe(api);
    } finally {
      delete top.API;
      outer.remove();
    }
  });
});
