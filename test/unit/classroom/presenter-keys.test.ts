import { describe, expect, it } from "vitest";
import { presenterAction } from "../../../src/classroom/presenter-keys";

const key = (k: string, extra: Partial<{ ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) => ({ key: k, ...extra });

describe("presenter keys", () => {
  it("map arrows, PageUp/PageDown (clickers), Space, R, N and ? to their actions", () => {
    expect(presenterAction(key("ArrowRight"), "none", false)).toBe("next");
    expect(presenterAction(key("PageDown"), "none", false)).toBe("next");
    expect(presenterAction(key(" "), "none", false)).toBe("next");
    expect(presenterAction(key("ArrowLeft"), "none", false)).toBe("back");
    expect(presenterAction(key("PageUp"), "none", false)).toBe("back");
    expect(presenterAction(key("r"), "none", false)).toBe("reveal");
    expect(presenterAction(key("R"), "none", false)).toBe("reveal");
    expect(presenterAction(key("n"), "none", false)).toBe("notes");
    expect(presenterAction(key("?"), "none", false)).toBe("help");
    expect(presenterAction(key("Enter"), "none", false)).toBeNull();
    expect(presenterAction(key("1"), "none", false)).toBeNull();
  });

  it("leave browser shortcuts alone and do nothing while a dialog is open", () => {
    expect(presenterAction(key("ArrowRight", { altKey: true }), "none", false)).toBeNull();
    expect(presenterAction(key("r", { ctrlKey: true }), "none", false)).toBeNull();
    expect(presenterAction(key("n", { metaKey: true }), "none", false)).toBeNull();
    expect(presenterAction(key("ArrowRight"), "none", true)).toBeNull();
  });

  it("give a radio button or checkbox its own arrows and Space, but still take clicker keys and letters", () => {
    expect(presenterAction(key("ArrowRight"), "choice", false)).toBeNull();
    expect(presenterAction(key("ArrowLeft"), "choice", false)).toBeNull();
    expect(presenterAction(key(" "), "choice", false)).toBeNull();
    expect(presenterAction(key("PageDown"), "choice", false)).toBe("next");
    expect(presenterAction(key("r"), "choice", false)).toBe("reveal");
  });

  it("never take a key from a list box or field, nor Space from a button or link", () => {
    for (const k of ["ArrowRight", "PageDown", " ", "r", "n", "?"]) expect(presenterAction(key(k), "field", false)).toBeNull();
    expect(presenterAction(key(" "), "activator", false)).toBeNull();
    expect(presenterAction(key("ArrowRight"), "activator", false)).toBe("next");
    expect(presenterAction(key("PageUp"), "activator", false)).toBe("back");
  });
});
