// The preview LMS's web server (node:http, loopback only):
//   /                -> dist/preview/   (the preview LMS page)
//   /packages/…      -> dist/packages/  (the built, unzipped packages, exactly what ships)
//   POST /lms/commit -> the LMS commit endpoint scorm-again posts to. JSON arrives as
//                       application/json, or as text/plain from sendBeacon (terminate commit).
//                       ?fail=1 answers 500, which makes LMSCommit/Commit return "false".
//   GET /lms/commits?session=… -> commits received (newest last), for tests
//   GET /lms/packages          -> the built packages, for the page's picker
// `tsx scorm/preview/serve.ts` serves (PORT, default 4111). Playwright's webServer runs this.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PACKAGES_DIR, PREVIEW_DIR } from "../repo-paths";
import { parseScormVersion } from "../scorm-versions";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".xsd": "application/xml; charset=utf-8",
  ".dtd": "application/xml-dtd; charset=utf-8",
  ".svg": "image/svg+xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".mp3": "audio/mpeg",
  ".ogg": "audio/ogg",
  ".oga": "audio/ogg",
  ".opus": "audio/ogg",
  ".m4a": "audio/mp4",
  ".webm": "audio/webm",
  ".woff2": "font/woff2",
};

export interface ReceivedCommit {
  session: string;
  at: string;
  contentType: string;
  failed: boolean;
  body: unknown;
}

export interface PreviewServerOptions {
  previewDir?: string;
  packagesDir?: string;
}

const MAX_BODY = 2 * 1024 * 1024;
const MAX_KEPT_COMMITS = 500;

export function createPreviewServer(options: PreviewServerOptions = {}): http.Server {
  const previewDir = options.previewDir ?? PREVIEW_DIR;
  const packagesDir = options.packagesDir ?? PACKAGES_DIR;
  const commits: ReceivedCommit[] = [];

  return http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    // No caching anywhere: after a rebuild the next launch must play the new files.
    res.setHeader("Cache-Control", "no-store");
    if (url.pathname === "/lms/commit" && req.method === "POST") return receiveCommit(req, res, url, commits);
    if (url.pathname === "/lms/commits" && req.method === "GET") {
      const session = url.searchParams.get("session");
      return sendJson(res, 200, { commits: session ? commits.filter((c) => c.session === session) : commits });
    }
    if (url.pathname === "/lms/packages" && req.method === "GET") return sendJson(res, 200, { packages: listPackages(packagesDir) });
    if (req.method !== "GET" && req.method !== "HEAD") return sendText(res, 405, "Method not allowed");
    if (url.pathname.startsWith("/packages/")) return sendFile(req, res, packagesDir, url.pathname.slice("/packages/".length));
    return sendFile(req, res, previewDir, url.pathname.slice(1));
  });
}

function receiveCommit(req: http.IncomingMessage, res: http.ServerResponse, url: URL, commits: ReceivedCommit[]): void {
  const chunks: Buffer[] = [];
  let size = 0;
  req.on("data", (chunk: Buffer) => {
    size += chunk.length;
    if (size <= MAX_BODY) chunks.push(chunk);
  });
  req.on("end", () => {
    if (size > MAX_BODY) return sendJson(res, 413, { result: false, errorCode: 101 });
    let body: unknown;
    try {
      // Parsed whatever the Content-Type says: sendBeacon sends JSON as text/plain.
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      return sendJson(res, 400, { result: false, errorCode: 101, error: "commit body is not JSON" });
    }
    const failed = url.searchParams.get("fail") === "1";
    commits.push({
      session: url.searchParams.get("session") ?? "",
      at: new Date().toISOString(),
      contentType: req.headers["content-type"] ?? "",
      failed,
      body,
    });
    if (commits.length > MAX_KEPT_COMMITS) commits.splice(0, commits.length - MAX_KEPT_COMMITS);
    // scorm-again's response handlers read {result, errorCode}; any non-2xx is a failed commit.
    if (failed) return sendJson(res, 500, { result: false, errorCode: 101, error: "commit failure requested (?fail=1)" });
    sendJson(res, 200, { result: true, errorCode: 0 });
  });
}

/** Serves root/relative, refusing anything that resolves outside root. */
function sendFile(req: http.IncomingMessage, res: http.ServerResponse, root: string, relative: string): void {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return sendText(res, 400, "Bad URL");
  }
  if (decoded.includes("\0")) return sendText(res, 400, "Bad URL");
  const rootDir = path.resolve(root);
  let file = path.resolve(rootDir, decoded);
  if (file !== rootDir && !file.startsWith(rootDir + path.sep)) return sendText(res, 403, "Forbidden");
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    const hint = root === PREVIEW_DIR || root === PACKAGES_DIR ? " (run `npm run build`)" : "";
    return sendText(res, 404, `Not found: ${decoded || "/"}${hint}`);
  }
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
  res.writeHead(200, { "Content-Type": type, "Content-Length": fs.statSync(file).size, "X-Content-Type-Options": "nosniff" });
  if (req.method === "HEAD") return void res.end();
  fs.createReadStream(file).pipe(res);
}

function listPackages(packagesDir: string): { name: string; band: string; version: string }[] {
  if (!fs.existsSync(packagesDir)) return [];
  return fs
    .readdirSync(packagesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => {
      const match = /^(.+)-(scorm12|scorm2004)$/.exec(e.name);
      const version = parseScormVersion(match?.[2]);
      return match?.[1] && version ? [{ name: e.name, band: match[1], version }] : [];
    });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
  res.end(text);
}

export const DEFAULT_PORT = 4111;

/** Starts listening on 127.0.0.1 and resolves with the base URL. */
export function listen(server: http.Server, port = Number(process.env.PORT) || DEFAULT_PORT): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${typeof address === "object" && address ? address.port : port}/`);
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!fs.existsSync(path.join(PREVIEW_DIR, "index.html")) || !fs.existsSync(PACKAGES_DIR)) {
    console.warn("dist/preview or dist/packages is missing: run `npm run build` first.");
  }
  listen(createPreviewServer()).then(
    (url) => console.log(`Preview LMS serving the built packages at ${url}`),
    (error: unknown) => {
      console.error(`Cannot start the preview server: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
