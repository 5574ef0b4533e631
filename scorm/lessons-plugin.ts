// Vite plugin: checks every lesson file of one band at build time (a broken file stops the build
// with file, place and reason) and serves the band to the app as virtual modules, one lazily
// loaded chunk per language. Referenced pictures from media/images/ are copied into the build, and
// the band's narration (media/narration/<band>/<lang>/, recorded files winning) becomes
// audio/<lang>/<clip id>.mp3 plus audio/<lang>/narration.json (scorm/narration-files.ts).
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
      if (id === ENTRY || id.startsWith(`${ENTRY}/`)) return `\0${id}`;
      return null;
    },
    load(id) {
      if (!id.startsWith(`\0${ENTRY}`)) return null;
      const all = lessons.length ? lessons : load();
      if (id === `\0${ENTRY}`) {
        const languages = all.map((l) => l.language);
        const cases = languages
          .map((lang) => `    case ${JSON.stringify(lang)}: return import(${JSON.stringify(`${ENTRY}/${lang}`)}).then((m) => m.default);`)
          .join("\n");
        return [
          `export const band = ${JSON.stringify(options.band)};`,
          `export const languages = ${JSON.stringify(languages)};`,
          `export function loadLesson(language) {`,
          `  switch (language) {`,
          cases,
          `    default: return Promise.reject(new Error("No lesson in language " + language));`,
          `  }`,
          `}`,
        ].join("\n");
      }
      const lang = id.slice(`\0${ENTRY}/`.length);
      const lesson = all.find((l) => l.language === lang);
      if (!lesson) throw new Error(`No lesson for band ${options.band} in language "${lang}"`);
      // JSON.parse of a string literal is faster to load than the same object as JS source.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(lesson))});`;
    },
    generateBundle() {
      for (const name of referencedImages(lessons)) {
        this.emitFile({ type: "asset", fileName: `images/${name}`, source: fs.readFileSync(path.join(IMAGES_DIR, name)) });
      }
      for (const [fileName, from] of packageNarration(options.band, lessons.map((l) => l.language))) {
        this.emitFile({ type: "asset", fileName, source: "file" in from ? fs.readFileSync(from.file) : from.text });
      }
    },
    configureServer(server) {
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
