// What a built package ships and what a browser must fetch for the first screen, measured the way
// an LMS serves it (gzip). Shared by test/packaging/bundle-size.test.ts, browser-target.test.ts and
// `npm run bench`.
//
// Units: 1 KB = 1000 bytes (what Vite prints as "kB"). gzip level 6 = zlib's default, what Apache
// mod_deflate and PHP's zlib output compression use; nginx defaults to level 1 (bigger, see bench).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import * as acorn from "acorn";
import { listFiles } from "../../scorm/package-files";
import { PACKAGES_DIR } from "../../scorm/repo-paths";

export const KB = 1000;
export const GZIP_LEVEL = 6;

export function gzipSize(data: Buffer | string, level = GZIP_LEVEL): number {
  return zlib.gzipSync(data, { level }).length;
}

export function formatKB(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

export interface BuiltPackage {
  /** Folder name under dist/packages/, e.g. "primary-scorm12". */
  name: string;
  dir: string;
}

/** Unzipped packages under dist/packages/ (empty when `npm run build` has not run). */
export function builtPackages(): BuiltPackage[] {
  if (!fs.existsSync(PACKAGES_DIR)) return [];
  return fs
    .readdirSync(PACKAGES_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(PACKAGES_DIR, e.name, "index.html")))
    .map((e) => ({ name: e.name, dir: path.join(PACKAGES_DIR, e.name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Every shipped file of a package whose name ends with one of the extensions ("/" paths). */
export function filesWithExtension(dir: string, extensions: readonly string[]): string[] {
  return listFiles(dir).filter((f) => extensions.some((ext) => f.endsWith(ext)));
}

export interface FirstScreenFiles {
  /** Entry module(s) of index.html, its modulepreload links and everything they import statically. */
  js: string[];
  /** Stylesheets index.html links (render-blocking). */
  css: string[];
}

/**
 * The JS and CSS a browser fetches before the app can run: index.html's module scripts and
 * modulepreload links, plus the transitive static imports of those modules (parsed, not guessed
 * from file names). Dynamic import() targets are lazy and not included; note that the lesson
 * data chunk (e.g. vi-*.js) is such a lazy chunk even though the first screen waits for it.
 */
export function firstScreenFiles(dir: string): FirstScreenFiles {
  const html = fs.readFileSync(path.join(dir, "index.html"), "utf8");
  const tags = html.match(/<(?:script|link)\b[^>]*>/gi) ?? [];
  const roots: string[] = [];
  const css: string[] = [];
  for (const tag of tags) {
    const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, "i").exec(tag)?.[1];
    if (/^<script/i.test(tag) && attr("type") === "module" && attr("src")) roots.push(localPath(attr("src")!));
    const rel = attr("rel");
    if (/^<link/i.test(tag) && rel === "modulepreload" && attr("href")) roots.push(localPath(attr("href")!));
    if (/^<link/i.test(tag) && rel === "stylesheet" && attr("href")) css.push(localPath(attr("href")!));
  }
  const js = new Set<string>();
  const visit = (file: string) => {
    if (js.has(file)) return;
    if (!fs.existsSync(path.join(dir, file))) throw new Error(`${path.join(dir, "index.html")} refers to missing ${file}`);
    js.add(file);
    for (const spec of staticImports(fs.readFileSync(path.join(dir, file), "utf8"))) {
      if (!spec.startsWith(".")) continue; // bare specifiers cannot occur in a built package
      visit(path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)));
    }
  };
  roots.forEach(visit);
  return { js: [...js], css };
}

function localPath(url: string): string {
  return path.posix.normalize(url.replace(/[?#].*$/, "").replace(/^\.\//, ""));
}

/** Specifiers of `import … from`, `export … from` and bare `import "…"` statements. */
export function staticImports(code: string): string[] {
  const ast = acorn.parse(code, { ecmaVersion: "latest", sourceType: "module" });
  const specs: string[] = [];
  for (const node of ast.body) {
    if (
      (node.type === "ImportDeclaration" || node.type === "ExportAllDeclaration" || node.type === "ExportNamedDeclaration") &&
      node.source &&
      typeof node.source.value === "string"
    ) {
      specs.push(node.source.value);
    }
  }
  return specs;
}

export interface SizedFile {
  file: string;
  bytes: number;
  gzip: number;
}

export function sized(dir: string, files: readonly string[], level = GZIP_LEVEL): SizedFile[] {
  return files.map((file) => {
    const data = fs.readFileSync(path.join(dir, file));
    return { file, bytes: data.length, gzip: gzipSize(data, level) };
  });
}

export function sumGzip(files: readonly SizedFile[]): number {
  return files.reduce((sum, f) => sum + f.gzip, 0);
}

/**
 * Language-specific chunks per language: any chunk named assets/<lang>-<hash>.js (e.g. UI strings
 * loaded per language), for each language the package has a lesson for (lesson/<lang>-<hash>.json,
 * which is data, not JS or CSS). A learner only ever fetches one language's chunks.
 */
export function languageChunks(dir: string): Map<string, string[]> {
  const files = filesWithExtension(dir, [".js"]);
  const lessonDir = path.join(dir, "lesson");
  const languages = fs.existsSync(lessonDir)
    ? fs.readdirSync(lessonDir).flatMap((f) => /^([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)-[0-9a-f]{8}\.json$/.exec(f)?.[1] ?? [])
    : [];
  const chunks = new Map<string, string[]>();
  for (const lang of languages) {
    const pattern = new RegExp(`^assets/${lang}-[A-Za-z0-9_-]{8}\\.js$`);
    chunks.set(lang, files.filter((f) => pattern.test(f)));
  }
  return chunks;
}

export interface LearnerDownload {
  /** Language whose chunks are included ("" when the package has no recognisable lesson chunk). */
  language: string;
  files: SizedFile[];
  gzip: number;
}

/**
 * Every JS and CSS file the learner's page can ever load: what index.html names, then, file by
 * file, every package JS/CSS file that a loaded file names (static imports, import() targets,
 * the CSS a lazy chunk asks for). Files nothing reachable names are not the learner's: the
 * classroom mode's classroom/*.js and *.css, loaded only by classroom.html, are left out this way.
 */
export function learnerFiles(dir: string): string[] {
  const candidates = filesWithExtension(dir, [".js", ".mjs", ".css"]);
  const byName = new Map(candidates.map((f) => [path.posix.basename(f), f]));
  const reached = new Set<string>();
  const visit = (text: string) => {
    for (const [name, file] of byName) {
      if (reached.has(file) || !text.includes(name)) continue;
      reached.add(file);
      visit(fs.readFileSync(path.join(dir, file), "utf8"));
    }
  };
  visit(fs.readFileSync(path.join(dir, "index.html"), "utf8"));
  return candidates.filter((f) => reached.has(f));
}

/**
 * All JS + CSS one learner can download in a whole lesson: every screen's code (learnerFiles),
 * but only one language's chunks (the others are never fetched). The largest over the languages.
 */
export function largestLearnerDownload(dir: string): LearnerDownload {
  const all = sized(dir, learnerFiles(dir));
  // Languages with code of their own (none today: words ship as data); without any, every learner loads the same.
  const chunks = new Map([...languageChunks(dir)].filter(([, files]) => files.length > 0));
  if (chunks.size === 0) return { language: "", files: all, gzip: sumGzip(all) };
  const options = [...chunks.keys()].map((language) => {
    const others = new Set([...chunks].filter(([lang]) => lang !== language).flatMap(([, files]) => files));
    const files = all.filter((f) => !others.has(f.file));
    return { language, files, gzip: sumGzip(files) };
  });
  return options.reduce((a, b) => (b.gzip > a.gzip ? b : a));
}
