import { describe, expect, it } from "vitest";
import en from "../../../src/i18n/strings/en.json";
import vi from "../../../src/i18n/strings/vi.json";

describe("UI strings", () => {
  it("English has exactly the Vietnamese keys, none empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, value] of [...Object.entries(vi), ...Object.entries(en)]) expect(value.trim(), key).not.toBe("");
  });
  it("both languages use the same placeholders for each key", () => {
    const vars = (s: string) => (s.match(/{{\w+}}/g) ?? []).sort();
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) expect(vars(en[key]), key).toEqual(vars(vi[key]));
  });
});
