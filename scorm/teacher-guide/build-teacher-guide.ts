// The teacher guide: lessons/teacher-guide/<language>.yaml + the real lessons ->
//   dist/teacher-guide/<language>.html    printable pages (A4 print stylesheet), one per file there
//   dist/teacher-guide/<language>.pdf     when a Chromium is available (skipped with a note otherwise)
//   dist/teacher-guide/index.html         links to every language
// The languages are the files present (Vietnamese first); each page links to the others, named
// by "language.name" from the UI strings (src/i18n/strings/<language>.json).
// Run by `npm run build` (scorm/build-packages.ts, last step) or alone: `npx tsx scorm/teacher-guide/build-teacher-guide.ts`.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "@playwright/test";
import { parseDocument } from "yaml";
import { LessonBuildError, loadBand } from "../load-lessons";
import { bandsWithLessons, DIST_DIR, LESSONS_DIR, REPO_ROOT } from "../repo-paths";
import { readUiStrings, UI_STRINGS_DIR } from "../ui-strings-files";
import {
  type BandInput, checkGuideAgainstLessons, type GuideData, GuideDataError, readGuideData, renderGuide, renderIndex,
} from "./render-teacher-guide";

export const GUIDE_SOURCE_DIR = path.join(REPO_ROOT, "lessons", "teacher-guide");
export const GUIDE_DIST_DIR = path.join(DIST_DIR, "teacher-guide");
/** Vietnamese is the default language: the guide must have it and lists it first. */
const DEFAULT_LANGUAGE = "vi";

/** The guide's languages: lessons/teacher-guide/<language>.yaml files, Vietnamese first. */
export function guideLanguages(sourceDir = GUIDE_SOURCE_DIR): string[] {
  const names = fs.existsSync(sourceDir) ? fs.readdirSync(sourceDir).filter((n) => /\.yaml$/.test(n) && !n.startsWith(".")) : [];
  return names.map((n) => n.replace(/\.yaml$/, "")).sort((a, b) => (a === DEFAULT_LANGUAGE ? -1 : b === DEFAULT_LANGUAGE ? 1 : a.localeCompare(b)));
}

/** Where the guide is read from and written to; injectable so a test can build a copy of lessons/. */
export interface GuidePaths {
  sourceDir: string;
  lessonsDir: string;
  imagesDir: string;
  stringsDir: string;
  outDir: string;
}

const REPO_GUIDE_PATHS: GuidePaths = {
  sourceDir: GUIDE_SOURCE_DIR,
  lessonsDir: LESSONS_DIR,
  imagesDir: path.join(REPO_ROOT, "media", "images"),
  stringsDir: UI_STRINGS_DIR,
  outDir: GUIDE_DIST_DIR,
};

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export interface GuideBuild {
  html: string[];
  pdf: string[];
  /** Why PDFs were not made, when they were not. */
  pdfSkipped: string | null;
}

export async function buildTeacherGuide(options: { pdf?: boolean; paths?: Partial<GuidePaths> } = {}): Promise<GuideBuild> {
  const paths = { ...REPO_GUIDE_PATHS, ...options.paths };
  const bands = bandsWithLessons(paths.lessonsDir);
  const lessons = new Map(bands.map((band) => [band, loadBand(band, paths.lessonsDir, paths.imagesDir)]));
  const languages = guideLanguages(paths.sourceDir);
  const guides: { language: string; data: GuideData; inputs: BandInput[] }[] = [];
  const problems: string[] = [];
  if (!languages.includes(DEFAULT_LANGUAGE)) {
    problems.push(`${shown(path.join(paths.sourceDir, `${DEFAULT_LANGUAGE}.yaml`))}: missing; Vietnamese is the default language and the guide needs it`);
  }
  let names = new Map<string, string>();
  try {
    names = new Map([...readUiStrings(paths.stringsDir)].map(([language, strings]) => [language, strings["language.name"]]));
  } catch (error) {
    if (!(error instanceof LessonBuildError)) throw error;
    problems.push(error.message);
  }
  for (const language of languages) {
    const file = path.join(paths.sourceDir, `${language}.yaml`);
    const where = shown(file);
    let data: GuideData;
    try {
      data = readGuideData(parseDocument(fs.readFileSync(file, "utf8")).toJS(), where);
    } catch (error) {
      if (error instanceof GuideDataError) { problems.push(...error.problems); continue; }
      throw error;
    }
    if (data.language !== language) problems.push(`${where}: language: is "${data.language}" but the file is ${language}.yaml`);
    if (names.size > 0 && !names.has(language)) {
      problems.push(`${where}: there is no ${shown(path.join(paths.stringsDir, `${language}.json`))}; the guide's language links name each language by its "language.name" there`);
    }
    const inputs: BandInput[] = [];
    for (const band of bands) {
      const lesson = lessons.get(band)!.find((l) => l.language === language);
      if (lesson) inputs.push({ band, lesson });
      else problems.push(`${where}: lessons/${band}/ has no ${language} lesson, but the teacher guide in ${language} describes every band`);
    }
    problems.push(...checkGuideAgainstLessons(data, where, inputs));
    guides.push({ language, data, inputs });
  }
  for (const band of bands) {
    const counts = guides.map((g) => g.data.objectives[band].length);
    if (new Set(counts).size > 1) problems.push(`objectives.${band}: the languages list different numbers of objectives (${guides.map((g, i) => `${g.language}: ${counts[i]}`).join(", ")})`);
  }
  if (problems.length > 0) throw new GuideDataError(problems);

  fs.rmSync(paths.outDir, { recursive: true, force: true });
  fs.mkdirSync(paths.outDir, { recursive: true });
  const html: string[] = [];
  for (const { language, data, inputs } of guides) {
    const otherLanguages = guides
      .filter((g) => g.language !== language)
      .map((g) => ({ language: g.language, name: names.get(g.language) ?? g.language, href: `${g.language}.html` }));
    const out = path.join(paths.outDir, `${language}.html`);
    fs.writeFileSync(out, renderGuide(data, inputs, { otherLanguages, distPrefix: "../" }));
    html.push(out);
  }

  let pdf: string[] = [];
  let pdfSkipped: string | null = null;
  if (options.pdf !== false) {
    const executablePath = findChromium();
    if (!executablePath) pdfSkipped = "no Chromium found (apt-get install chromium, or npx playwright install chromium)";
    else {
      try {
        pdf = await printPdfs(executablePath, html);
      } catch (error) {
        pdfSkipped = `Chromium could not print: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
      }
    }
  } else pdfSkipped = "not asked for";

  const index = renderIndex(
    guides.map(({ language, data }) => ({
      language,
      title: data.title,
      href: `${language}.html`,
      pdfHref: pdf.some((p) => path.basename(p) === `${language}.pdf`) ? `${language}.pdf` : null,
    })),
  );
  fs.writeFileSync(path.join(paths.outDir, "index.html"), index);
  return { html, pdf, pdfSkipped };
}

/** "lessons/teacher-guide/vi.yaml" inside the project; the full path elsewhere (a test's copy). */
function shown(p: string): string {
  const relative = path.relative(REPO_ROOT, p);
  return (relative && !relative.startsWith("..") ? relative : p).split(path.sep).join("/");
}

function findChromium(): string | null {
  let bundled: string | null = null;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = null;
  }
  return [bundled, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p): p is string => !!p && fs.existsSync(p)) ?? null;
}

async function printPdfs(executablePath: string, htmlFiles: string[]): Promise<string[]> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: 20_000 });
  try {
    const made: string[] = [];
    for (const file of htmlFiles) {
      const page = await browser.newPage();
      // The guide is self-contained: anything but the file itself is refused.
      await page.route("**/*", (route) => (route.request().url().startsWith("file:") ? route.continue() : route.abort()));
      await page.goto(pathToFileURL(file).href, { waitUntil: "load", timeout: 20_000 });
      const out = file.replace(/\.html$/, ".pdf");
      await page.pdf({
        path: out,
        format: "A4",
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: "<span></span>",
        footerTemplate: `<div style="font-size:8pt;width:100%;text-align:center;color:#555"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
        outline: true,
        tagged: true,
      });
      await page.close();
      made.push(out);
    }
    return made;
  } finally {
    await browser.close();
  }
}

// Run as a command.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const started = Date.now();
  buildTeacherGuide()
    .then((result) => {
      for (const f of [...result.html, ...result.pdf]) console.log(`  ${path.relative(REPO_ROOT, f)}`);
      if (result.pdfSkipped) console.log(`  PDF skipped: ${result.pdfSkipped}`);
      console.log(`Teacher guide built in ${Date.now() - started} ms`);
    })
    .catch((error: unknown) => {
      console.error(error instanceof GuideDataError ? `\nTeacher guide failed:\n${error.message}\n` : error);
      process.exit(1);
    });
}
