// The preview LMS's server: serves the built page and packages with the right types, never
// anything outside them, and plays the LMS commit endpoint (including on-demand failures).
import fs from "node:fs";
import type http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPreviewServer, listen } from "../../scorm/preview/serve";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "call-111-serve-"));
const previewDir = path.join(root, "preview");
const packagesDir = path.join(root, "packages");
let server: http.Server;
let base = "";

beforeAll(async () => {
  fs.mkdirSync(path.join(packagesDir, "primary-scorm12/assets"), { recursive: true });
  fs.mkdirSync(path.join(packagesDir, "primary-scorm2004"), { recursive: true });
  fs.mkdirSync(previewDir, { recursive: true });
  fs.writeFileSync(path.join(previewDir, "index.html"), "<!doctype html><title>preview</title>");
  fs.writeFileSync(path.join(packagesDir, "primary-scorm12/index.html"), "<html>Gọi 111</html>");
  fs.writeFileSync(path.join(packagesDir, "primary-scorm12/imsmanifest.xml"), "<manifest/>");
  fs.writeFileSync(path.join(packagesDir, "primary-scorm12/assets/app.js"), "export {}");
  fs.writeFileSync(path.join(root, "secret.txt"), "outside");
  server = createPreviewServer({ previewDir, packagesDir });
  base = (await listen(server, 0)).replace(/\/$/, "");
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(root, { recursive: true, force: true });
});

describe("static files", () => {
  it("serves the preview page at / and package files under /packages/, as UTF-8", async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const lesson = await fetch(`${base}/packages/primary-scorm12/index.html`);
    expect(await lesson.text()).toBe("<html>Gọi 111</html>");
    expect((await fetch(`${base}/packages/primary-scorm12/assets/app.js`)).headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect((await fetch(`${base}/packages/primary-scorm12/imsmanifest.xml`)).headers.get("content-type")).toBe("application/xml; charset=utf-8");
  });

  it("answers 404 for missing files", async () => {
    expect((await fetch(`${base}/packages/primary-scorm12/nope.js`)).status).toBe(404);
  });

  it("never serves files outside its folders", async () => {
    for (const evil of ["/packages/%2e%2e/%2e%2e/secret.txt", "/packages/..%2f..%2fsecret.txt", "/%2e%2e/secret.txt", "/packages/%2e%2e%5c..%5csecret.txt"]) {
      const response = await fetch(`${base}${evil}`);
      expect([400, 403, 404], evil).toContain(response.status);
      expect(await response.text()).not.toContain("outside");
    }
  });

  it("lists the built packages for the page's picker", async () => {
    const body = (await (await fetch(`${base}/lms/packages`)).json()) as { packages: unknown[] };
    expect(body.packages).toEqual(
      expect.arrayContaining([
        { name: "primary-scorm12", band: "primary", version: "1.2" },
        { name: "primary-scorm2004", band: "primary", version: "2004" },
      ]),
    );
  });
});

describe("LMS commit endpoint", () => {
  const post = (query: string, body: string, type: string) =>
    fetch(`${base}/lms/commit${query}`, { method: "POST", body, headers: { "Content-Type": type } });

  it("accepts JSON sent as application/json and as text/plain (sendBeacon)", async () => {
    const json = await post("?session=s1", '{"cmi":{"core":{"lesson_status":"incomplete"}}}', "application/json;charset=UTF-8");
    expect(json.status).toBe(200);
    expect(await json.json()).toEqual({ result: true, errorCode: 0 });
    const beacon = await post("?session=s1", '{"cmi":{"core":{"exit":"suspend"}}}', "text/plain;charset=UTF-8");
    expect(beacon.status).toBe(200);
    const log = (await (await fetch(`${base}/lms/commits?session=s1`)).json()) as { commits: { contentType: string; body: unknown }[] };
    expect(log.commits.map((c) => c.contentType)).toEqual(["application/json;charset=UTF-8", "text/plain;charset=UTF-8"]);
    expect(log.commits[1]!.body).toEqual({ cmi: { core: { exit: "suspend" } } });
  });

  it("answers 500 when asked to fail, which scorm-again reports as a failed commit", async () => {
    const response = await post("?session=s2&fail=1", "{}", "application/json");
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ result: false });
  });

  it("rejects a body that is not JSON", async () => {
    expect((await post("?session=s3", "cmi.core.exit=suspend", "text/plain")).status).toBe(400);
  });
});
