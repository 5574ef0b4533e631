// Vite plugin: checks every lesson file of one band and the UI strings at build time (a broken
// file stops the build with file, place and reason) and gives the band to the app: a small virtual
// module (band, languages with their names, the load-error text, loadPack) and one data file per
// language, lesson/<lang>-<hash>.json = { lesson, ui }, fetched when that language is needed.
// Words stay data, not code: no JavaScript to parse for them, the other language costs nothing
// until chosen, and the default language's file is preloaded from index.html so it arrives with
// the app. Referenced pictures from media/images/ are copied into the build, and
// the band's narration (media/narration/<band>/<lang>/, recorded files winning) becomes
// audio/<lang>/<clip id>.mp3 plus audio/<lang>/narration.json (scorm/narration-files.ts).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";
import type { LanguagePack, LoadErrorText } from "../src/i18n/language-pack";
import { LOAD_ERROR_KEYS, type UiStrings } from "../src/i18n/ui-strings";
import type { Band, Lesson } from "../src/lesson/lesson-types";
import { switchableLanguages } from "../src/player/launch";
import { withoutClassroomStrings } from "./classroom/classroom-strings";
import { loadBand } from "./load-lessons";
import { NARRATION_DIRS, packageNarration, type NarrationDirs } from "./narration-files";
import { readUiStrings, UI_STRINGS_DIR } from "./ui-strings-files";

const ENTRY = "virtual:lesson";
const IMAGE_TYPES: Record<string, string> = {
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
};
const IMAGES_DIR = path.resolve(import.meta.dirname, "../media/images");

/** `narration`: where the generated and recorded narration are read from (default: media/). */
export function lessonsPlugin(options: { band: Band; narration?: NarrationDirs }): Plugin {
  const narrationDirs = options.narration ?? NARRATION_DIRS;
  let lessons: Lesson[] = [];
  let strings = new Map<string, UiStrings>();
  const load = () => {
    lessons = loadBand(options.band);
    strings = readUiStrings();
    return lessons;
  };
  const loaded = () => (lessons.length ? lessons : load());
  const packs = () => languagePacks(loaded(), strings);
  return {
    name: "call-111-lessons",
    buildStart() {
      load();
      for (const file of [...walk(path.resolve("lessons")), ...walk(UI_STRINGS_DIR)]) this.addWatchFile(file);
      const dropped = lessons.map((l) => l.language).filter((l) => !strings.has(l));
      if (dropped.length) this.warn(`lessons in ${dropped.join(", ")} are left out: src/i18n/strings/ has no UI strings for them`);
    },
    resolveId(id) {
      return id === ENTRY ? `\0${ENTRY}` : null;
    },
    load(id) {
      if (id !== `\0${ENTRY}`) return null;
      const files = packs();
      const languages = [...files.keys()].map((code) => ({ code, name: strings.get(code)?.["language.name"] ?? code }));
      const errorText: Record<string, LoadErrorText> = {};
      for (const code of files.keys()) errorText[code] = pick(strings.get(code) as UiStrings, LOAD_ERROR_KEYS);
      return [
        `export const band = ${JSON.stringify(options.band)};`,
        `export const languages = ${JSON.stringify(languages)};`,
        `export const loadErrorText = ${JSON.stringify(errorText)};`,
        `const files = ${JSON.stringify(Object.fromEntries([...files].map(([lang, f]) => [lang, f.fileName])))};`,
        // Relative to index.html, which sits at the package root (the LMS picks the folder).
        `export function loadPack(language) {`,
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
      const first = [...packs().values()][0];
      if (!first) return [];
      return [{ tag: "link", attrs: { rel: "preload", href: `./${first.fileName}`, as: "fetch", crossorigin: "anonymous" }, injectTo: "head" }];
    },
    generateBundle() {
      for (const { fileName, json } of packs().values()) this.emitFile({ type: "asset", fileName, source: json });
      for (const name of referencedImages(lessons)) {
        this.emitFile({ type: "asset", fileName: `images/${name}`, source: fs.readFileSync(path.join(IMAGES_DIR, name)) });
      }
      for (const [fileName, from] of packageNarration(options.band, lessons.map((l) => l.language), narrationDirs)) {
        this.emitFile({ type: "asset", fileName, source: "file" in from ? fs.readFileSync(from.file) : from.text });
      }
    },
    configureServer(server) {
      server.middlewares.use("/lesson/", (req, res, next) => {
        const name = decodeURIComponent((req.url ?? "").replace(/^\//, "").split("?")[0] ?? "");
        load();
        const file = [...packs().values()].find((f) => f.fileName === `lesson/${name}`);
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
        const from = packageNarration(options.band, (lessons.length ? lessons : load()).map((l) => l.language), narrationDirs).get(`audio/${name}`);
        if (!from) return next();
        res.setHeader("Content-Type", name.endsWith(".json") ? "application/json" : "audio/mpeg");
        res.end("file" in from ? fs.readFileSync(from.file) : from.text);
      });
    },
  };
}

/** Each language's lesson and UI strings as the JSON the app fetches, named by a hash of its
 *  content so an updated package is never served stale words from a cache. Only languages with
 *  both (a lesson without UI strings would show Vietnamese buttons around foreign text).
 *  Vietnamese first (the default). */
export function languagePacks(lessons: Lesson[], strings: ReadonlyMap<string, UiStrings>): Map<string, { fileName: string; json: string }> {
  const files = new Map<string, { fileName: string; json: string }>();
  for (const language of switchableLanguages(lessons.map((l) => l.language), (l) => strings.has(l))) {
    // The classroom mode's strings are never the learner's (scorm/classroom/classroom-strings.ts).
    const pack: LanguagePack = { lesson: lessons.find((l) => l.language === language) as Lesson, ui: withoutClassroomStrings(strings.get(language) as UiStrings) };
    const json = JSON.stringify(pack);
    const hash = crypto.createHash("sha256").update(json).digest("hex").slice(0, 8);
    files.set(language, { fileName: `lesson/${language}-${hash}.json`, json });
  }
  return files;
}

function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) picked[key] = from[key];
  return picked;
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
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}
