// The teacher guide: lessons/teacher-guide/<language>.yaml + the real lessons ->
//   dist/teacher-guide/vi.html, en.html   printable pages (A4 print stylesheet)
//   dist/teacher-guide/vi.pdf, en.pdf     when a Chromium is available (skipped with a note otherwise)
//   dist/teacher-guide/index.html         links to both
// Run by `npm run build` (scorm/build-packages.ts, last step) or alone: `npx tsx scorm/teacher-guide/build-teacher-guide.ts`.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "@playwright/test";
import { parseDocument } from "yaml";
import { loadBand } from "../load-lessons";
import { bandsWithLessons, DIST_DIR, REPO_ROOT } from "../repo-paths";
import {
  type BandInput, checkGuideAgainstLessons, type GuideData, GuideDataError, readGuideData, renderGuide, renderIndex,
} from "./render-teacher-guide";

export const GUIDE_SOURCE_DIR = path.join(REPO_ROOT, "lessons", "teacher-guide");
export const GUIDE_DIST_DIR = path.join(DIST_DIR, "teacher-guide");
export const GUIDE_LANGUAGES = ["vi", "en"] as const;

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export interface GuideBuild {
  html: string[];
  pdf: string[];
  /** Why PDFs were not made, when they were not. */
  pdfSkipped: string | null;
}

export async function buildTeacherGuide(options: { pdf?: boolean } = {}): Promise<GuideBuild> {
  const bands = bandsWithLessons();
  const guides: { language: string; data: GuideData; inputs: BandInput[] }[] = [];
  const problems: string[] = [];
  for (const language of GUIDE_LANGUAGES) {
    const file = path.join(GUIDE_SOURCE_DIR, `${language}.yaml`);
    const shown = path.relative(REPO_ROOT, file);
    if (!fs.existsSync(file)) {
      problems.push(`${shown}: missing; the guide needs one file per language (${GUIDE_LANGUAGES.join(", ")})`);
      continue;
    }
    let data: GuideData;
    try {
      data = readGuideData(parseDocument(fs.readFileSync(file, "utf8")).toJS(), shown);
    } catch (error) {
      if (error instanceof GuideDataError) { problems.push(...error.problems); continue; }
      throw error;
    }
    if (data.language !== language) problems.push(`${shown}: language: is "${data.language}" but the file is ${language}.yaml`);
    const inputs = bands.map((band) => {
      const lesson = loadBand(band, path.join(REPO_ROOT, "lessons")).find((l) => l.language === language);
      if (!lesson) throw new GuideDataError([`lessons/${band}/ has no ${language} lesson, but the teacher guide in ${language} describes it`]);
      return { band, lesson };
    });
    problems.push(...checkGuideAgainstLessons(data, shown, inputs));
    guides.push({ language, data, inputs });
  }
  for (const band of bands) {
    const counts = guides.map((g) => g.data.objectives[band].length);
    if (new Set(counts).size > 1) problems.push(`objectives.${band}: the languages list different numbers of objectives (${guides.map((g, i) => `${g.language}: ${counts[i]}`).join(", ")})`);
  }
  if (problems.length > 0) throw new GuideDataError(problems);

  fs.rmSync(GUIDE_DIST_DIR, { recursive: true, force: true });
  fs.mkdirSync(GUIDE_DIST_DIR, { recursive: true });
  const html: string[] = [];
  for (const { language, data, inputs } of guides) {
    const other = GUIDE_LANGUAGES.find((l) => l !== language)!;
    const out = path.join(GUIDE_DIST_DIR, `${language}.html`);
    fs.writeFileSync(out, renderGuide(data, inputs, { otherLanguageHref: `${other}.html`, distPrefix: "../" }));
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
  fs.writeFileSync(path.join(GUIDE_DIST_DIR, "index.html"), index);
  return { html, pdf, pdfSkipped };
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
