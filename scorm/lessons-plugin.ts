// Vite plugin: checks every lesson file of one band at build time (a broken file stops the build
// with file, place and reason) and gives the band to the app: a small virtual module (band,
// languages, loadLesson) and one data file per language, lesson/<lang>-<hash>.json, fetched when
// that language is needed. Lesson content stays data, not code: no JavaScript to parse for it, and
// the default language's file is preloaded from index.html so it arrives with the app. Referenced pictures from media/images/ are copied into the build, and
// the band's narration (media/narration/<band>/<lang>/, recorded files winning) becomes
// audio/<lang>/<clip id>.mp3 plus audio/<lang>/narration.json (scorm/narration-files.ts).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";
import type { Band, Lesson } from "../src/lesson/lesson-types";
import { loadBand } from "./load-lessons";
import { packageNarration } from "./narration-files";

const ENTRY = "virtual:lesson";
const IMAGE_TYPES: Record<string, string> = {
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
};
const IMAGES_DIR = path.resolve(import.meta.dirname, "../media/images");

export function lessonsPlugin(options: { band: Band }): Plugin {
  let lessons: Lesson[] = [];
  const load = () => {
    lessons = loadBand(options.band);
    return lessons;
  };
  return {
    name: "call-111-lessons",
    buildStart() {
      load();
      for (const file of fs.existsSync(path.resolve("lessons")) ? walk(path.resolve("lessons")) : []) {
        this.addWatchFile(file);
      }
    },
    resolveId(id) {
      return id === ENTRY ? `\0${ENTRY}` : null;
    },
    load(id) {
      if (id !== `\0${ENTRY}`) return null;
      const files = lessonFiles(lessons.length ? lessons : load());
      return [
        `export const band = ${JSON.stringify(options.band)};`,
        `export const languages = ${JSON.stringify([...files.keys()])};`,
        `const files = ${JSON.stringify(Object.fromEntries([...files].map(([lang, f]) => [lang, f.fileName])))};`,
        // Relative to index.html, which sits at the package root (the LMS picks the folder).
        `export function loadLesson(language) {`,
        `  if (!Object.prototype.hasOwnProperty.call(files, language)) return Promise.reject(new Error("No lesson in language " + language));`,
        `  return fetch(files[language]).then(function (response) {`,
        `    if (!response.ok) throw new Error("Lesson file " + files[language] + ": HTTP " + response.status);`,
        `    return response.json();`,
        `  });`,
        `}`,
      ].join("\n");
    },
    transformIndexHtml() {
      // The default (first) language is almost always the one needed: fetch it alongside the app.
      const first = [...lessonFiles(lessons.length ? lessons : load()).values()][0];
      if (!first) return [];
      return [{ tag: "link", attrs: { rel: "preload", href: `./${first.fileName}`, as: "fetch", crossorigin: "anonymous" }, injectTo: "head" }];
    },
    generateBundle() {
      for (const { fileName, json } of lessonFiles(lessons).values()) this.emitFile({ type: "asset", fileName, source: json });
      for (const name of referencedImages(lessons)) {
        this.emitFile({ type: "asset", fileName: `images/${name}`, source: fs.readFileSync(path.join(IMAGES_DIR, name)) });
      }
      for (const [fileName, from] of packageNarration(options.band, lessons.map((l) => l.language))) {
        this.emitFile({ type: "asset", fileName, source: "file" in from ? fs.readFileSync(from.file) : from.text });
      }
    },
    configureServer(server) {
      server.middlewares.use("/lesson/", (req, res, next) => {
        const name = decodeURIComponent((req.url ?? "").replace(/^\//, "").split("?")[0] ?? "");
        const file = [...lessonFiles(load()).values()].find((f) => f.fileName === `lesson/${name}`);
        if (!file) return next();
        res.setHeader("Content-Type", "application/json; charset=utf-8");
        res.end(file.json);
      });
      server.middlewares.use("/images/", (req, res, next) => {
        const name = decodeURIComponent((req.url ?? "").replace(/^\//, "").split("?")[0] ?? "");
        const file = path.join(IMAGES_DIR, path.basename(name));
        if (!name || !fs.existsSync(file)) return next();
        res.setHeader("Content-Type", IMAGE_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream");
        res.end(fs.readFileSync(file));
      });
      // Narration: looked up on every request, so a newly made or recorded file plays at once.
      server.middlewares.use("/audio/", (req, res, next) => {
        const name = decodeURIComponent((req.url ?? "").replace(/^\//, "").split("?")[0] ?? "");
        const from = packageNarration(options.band, (lessons.length ? lessons : load()).map((l) => l.language)).get(`audio/${name}`);
        if (!from) return next();
        res.setHeader("Content-Type", name.endsWith(".json") ? "application/json" : "audio/mpeg");
        res.end("file" in from ? fs.readFileSync(from.file) : from.text);
      });
    },
  };
}

/** Each language's lesson as the JSON the app fetches, named by a hash of its content so an
 *  updated package is never served a stale lesson from a cache. Vietnamese first (the default). */
export function lessonFiles(lessons: Lesson[]): Map<string, { fileName: string; json: string }> {
  const files = new Map<string, { fileName: string; json: string }>();
  for (const lesson of lessons) {
    const json = JSON.stringify(lesson);
    const hash = crypto.createHash("sha256").update(json).digest("hex").slice(0, 8);
    files.set(lesson.language, { fileName: `lesson/${lesson.language}-${hash}.json`, json });
  }
  return files;
}

/** Every picture file a band's lessons point at. */
export function referencedImages(lessons: Lesson[]): string[] {
  const names = new Set<string>();
  for (const lesson of lessons) {
    for (const screen of lesson.screens) {
      if (screen.image) names.add(screen.image.src);
      if (screen.kind === "info") for (const card of screen.cards ?? []) if (card.image) names.add(card.image.src);
    }
  }
  return [...names].sort();
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}
