// The teacher guide as data -> one self-contained HTML page per language. Pure: no file system,
// so a test can render hostile text and check that nothing becomes markup.
// Data: lessons/teacher-guide/<language>.yaml (checked by readGuideData). Screen titles, quiz
// sizes and interaction ids come from the real lessons, so the guide cannot drift from them.
import { BANDS, type Band, type Lesson } from "../../src/lesson/lesson-types";
import { SCORM_VERSIONS, zipFileName } from "../scorm-versions";

export type Block =
  | { p: string }
  | { h: string }
  | { note: string }
  | { list: string[] }
  | { steps: string[] }
  | { table: { head: string[]; rows: string[][] } }
  | { generated: "zips" | "objectives" | "prompts" };

export interface GuideSection {
  id: string;
  title: string;
  blocks: Block[];
}

export interface GuideData {
  language: string;
  title: string;
  subtitle: string;
  labels: Record<(typeof LABELS)[number], string>;
  bands: Record<Band, { name: string; grades: string }>;
  sections: GuideSection[];
  objectives: Record<Band, string[]>;
  /** Per band, per screen id: discussion prompts. */
  prompts: Record<Band, Record<string, string[]>>;
}

export const LABELS = [
  "contents", "band", "grades", "zip12", "zip2004", "objective", "questions",
  "screen", "prompts", "activities", "quizDraw", "lessonTitle",
] as const;
const GENERATED = ["zips", "objectives", "prompts"] as const;

/** What the guide needs from one band: its lesson in the guide's language. The lesson's
 *  objectives (ids, and each question's `objective`) pair up in order with the guide's longer
 *  objective texts: objective n of the guide is lesson.objectives[n - 1]. */
export interface BandInput {
  band: Band;
  lesson: Lesson;
}

/** The same guide in another language: its code, its name in itself ("English"), e.g. "en.html". */
export interface OtherLanguage {
  language: string;
  name: string;
  href: string;
}

export interface RenderOptions {
  /** Every other language of the guide, in the order to list them. */
  otherLanguages: readonly OtherLanguage[];
  /** Prefix from the guide's folder to dist/, for the zip links ("../"). */
  distPrefix: string;
}

export class GuideDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`Teacher guide data has ${problems.length === 1 ? "1 problem" : `${problems.length} problems`}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "GuideDataError";
  }
}

// ---- reading and checking the data --------------------------------------------------------------

/** Checks the shape of parsed YAML; throws GuideDataError listing every problem, with its place. */
export function readGuideData(raw: unknown, file: string): GuideData {
  const problems: string[] = [];
  const bad = (at: string, what: string) => problems.push(`${file}: ${at}: ${what}`);
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  const str = (v: unknown, at: string): string => {
    if (typeof v === "string" && v.trim() !== "") return v;
    bad(at, "must be non-empty text (in double quotes)");
    return "";
  };
  const strs = (v: unknown, at: string): string[] => {
    if (!Array.isArray(v) || v.length === 0) {
      bad(at, "must be a list with at least one entry");
      return [];
    }
    return v.map((x, i) => str(x, `${at}[${i}]`));
  };
  const obj = (v: unknown, at: string): Record<string, unknown> => {
    if (isObj(v)) return v;
    bad(at, "must be a mapping (key: value lines)");
    return {};
  };

  const root = obj(raw, "(file)");
  const labelsRaw = obj(root.labels, "labels");
  const labels = Object.fromEntries(LABELS.map((k) => [k, str(labelsRaw[k], `labels.${k}`)])) as GuideData["labels"];
  for (const k of Object.keys(labelsRaw)) if (!(LABELS as readonly string[]).includes(k)) bad(`labels.${k}`, `is not a label (${LABELS.join(", ")})`);
  const bandsRaw = obj(root.bands, "bands");
  const objectivesRaw = obj(root.objectives, "objectives");
  const promptsRaw = obj(root.prompts, "prompts");
  for (const [where, m] of [["bands", bandsRaw], ["objectives", objectivesRaw], ["prompts", promptsRaw]] as const) {
    for (const k of Object.keys(m)) if (!(BANDS as readonly string[]).includes(k)) bad(`${where}.${k}`, `is not a band (${BANDS.join(", ")})`);
  }
  const bands = {} as GuideData["bands"];
  const objectives = {} as GuideData["objectives"];
  const prompts = {} as GuideData["prompts"];
  for (const band of BANDS) {
    const b = obj(bandsRaw[band], `bands.${band}`);
    bands[band] = { name: str(b.name, `bands.${band}.name`), grades: str(b.grades, `bands.${band}.grades`) };
    objectives[band] = strs(objectivesRaw[band], `objectives.${band}`);
    const perScreen = obj(promptsRaw[band], `prompts.${band}`);
    prompts[band] = Object.fromEntries(Object.entries(perScreen).map(([id, v]) => [id, strs(v, `prompts.${band}.${id}`)]));
  }

  const sections: GuideSection[] = [];
  const sectionIds = new Set<string>();
  (Array.isArray(root.sections) ? root.sections : (bad("sections", "must be a list"), [])).forEach((s: unknown, i: number) => {
    const at = `sections[${i}]`;
    const o = obj(s, at);
    const id = str(o.id, `${at}.id`);
    if (id && !/^[a-z][a-z0-9-]*$/.test(id)) bad(`${at}.id`, `"${id}" must be lowercase letters, digits and "-"`);
    if (sectionIds.has(id)) bad(`${at}.id`, `"${id}" is used twice`);
    sectionIds.add(id);
    const blocks: Block[] = [];
    (Array.isArray(o.blocks) ? o.blocks : (bad(`${at}.blocks`, "must be a list"), [])).forEach((b: unknown, j: number) => {
      const bat = `${at}.blocks[${j}]`;
      const bo = obj(b, bat);
      const keys = Object.keys(bo);
      if (keys.length !== 1) return bad(bat, `must have exactly one of p, h, note, list, steps, table, generated (has ${keys.join(", ") || "none"})`);
      const key = keys[0]!;
      const v = bo[key];
      if (key === "p" || key === "h" || key === "note") blocks.push({ [key]: str(v, `${bat}.${key}`) } as Block);
      else if (key === "list" || key === "steps") blocks.push({ [key]: strs(v, `${bat}.${key}`) } as Block);
      else if (key === "table") {
        const t = obj(v, `${bat}.table`);
        const head = strs(t.head, `${bat}.table.head`);
        const rows = Array.isArray(t.rows) ? t.rows.map((r: unknown, k: number) => {
          const row = strs(r, `${bat}.table.rows[${k}]`);
          if (row.length !== head.length) bad(`${bat}.table.rows[${k}]`, `has ${row.length} cells, the head has ${head.length}`);
          return row;
        }) : (bad(`${bat}.table.rows`, "must be a list"), []);
        blocks.push({ table: { head, rows } });
      } else if (key === "generated") {
        if (!(GENERATED as readonly unknown[]).includes(v)) bad(`${bat}.generated`, `must be one of ${GENERATED.join(", ")}`);
        else blocks.push({ generated: v as (typeof GENERATED)[number] });
      } else bad(bat, `unknown block "${key}" (use p, h, note, list, steps, table or generated)`);
    });
    sections.push({ id, title: str(o.title, `${at}.title`), blocks });
  });

  const data: GuideData = {
    language: str(root.language, "language"),
    title: str(root.title, "title"),
    subtitle: str(root.subtitle, "subtitle"),
    labels, bands, sections, objectives, prompts,
  };
  if (problems.length > 0) throw new GuideDataError(problems);
  return data;
}

/** Prompts must match the real screens: every screen has at least one, none names a screen the
 *  lesson lacks; the guide lists as many objectives as the lesson (they pair up in order). */
export function checkGuideAgainstLessons(data: GuideData, file: string, inputs: BandInput[]): string[] {
  const problems: string[] = [];
  for (const { band, lesson } of inputs) {
    const prompts = data.prompts[band];
    const screenIds = lesson.screens.map((s) => s.id);
    for (const id of screenIds) {
      if (!prompts[id]?.length) problems.push(`${file}: prompts.${band}.${id}: the screen "${id}" of lessons/${band}/${lesson.language}.yaml has no discussion prompt; add at least one`);
    }
    for (const id of Object.keys(prompts)) {
      if (!screenIds.includes(id)) problems.push(`${file}: prompts.${band}.${id}: lessons/${band}/${lesson.language}.yaml has no screen "${id}" (screens: ${screenIds.join(", ")})`);
    }
    const listed = data.objectives[band].length;
    if (listed !== lesson.objectives.length) {
      problems.push(
        `${file}: objectives.${band}: the guide lists ${listed} objectives but lessons/${band}/${lesson.language}.yaml lists ${lesson.objectives.length}; ` +
          `they pair up in order (the guide's objective n is the lesson's objectives[n-1]: ${lesson.objectives.map((o) => o.id).join(", ")})`,
      );
    }
  }
  return problems;
}

// ---- rendering -----------------------------------------------------------------------------------

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Escapes first, then turns **bold** and `code` into markup: the markers survive escaping and
 *  what they wrap is already escaped, so data can never open a tag of its own. */
export function inline(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
    .replace(/`([^`]+)`/g, "<code>$1</code>");
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

export function renderGuide(data: GuideData, inputs: BandInput[], options: RenderOptions): string {
  const l = data.labels;
  const body: string[] = [];
  const toc = data.sections.map((s) => `<li><a href="#${escapeHtml(s.id)}">${inline(s.title)}</a></li>`).join("");

  for (const section of data.sections) {
    const parts = section.blocks.map((block) => renderBlock(block, data, inputs, options));
    body.push(`<section id="${escapeHtml(section.id)}" class="major"><h2>${inline(section.title)}</h2>\n${parts.join("\n")}</section>`);
  }

  return `<!doctype html>
<html lang="${escapeHtml(data.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(data.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
${languageLinks(options.otherLanguages)}
<h1>${inline(data.title)}</h1>
<p class="subtitle">${inline(data.subtitle)}</p>
<p class="hotline"><strong>111</strong></p>
</header>
<nav aria-label="${escapeHtml(l.contents)}"><h2 class="toc-title">${inline(l.contents)}</h2><ol>${toc}</ol></nav>
<main>
${body.join("\n")}
</main>
</body>
</html>
`;
}

/** Links to the guide in every other language, each named in its own language. */
function languageLinks(others: readonly OtherLanguage[]): string {
  if (others.length === 0) return "";
  const links = others.map((o) => `<a href="${escapeHtml(o.href)}" hreflang="${escapeHtml(o.language)}" lang="${escapeHtml(o.language)}">${escapeHtml(o.name)}</a>`);
  return `<p class="lang-switch">${links.join(" · ")}</p>`;
}

function renderBlock(block: Block, data: GuideData, inputs: BandInput[], options: RenderOptions): string {
  if ("p" in block) return `<p>${inline(block.p)}</p>`;
  if ("h" in block) return `<h3>${inline(block.h)}</h3>`;
  if ("note" in block) return `<p class="note">${inline(block.note)}</p>`;
  if ("list" in block) return `<ul>${block.list.map((t) => `<li>${inline(t)}</li>`).join("")}</ul>`;
  if ("steps" in block) return `<ol class="steps">${block.steps.map((t) => `<li>${inline(t)}</li>`).join("")}</ol>`;
  if ("table" in block) return table(block.table.head.map(inline), block.table.rows.map((r) => r.map(inline)));
  switch (block.generated) {
    case "zips": return zipTable(data, inputs, options);
    case "objectives": return inputs.map((input) => objectivesOf(data, input)).join("\n");
    case "prompts": return inputs.map((input) => promptsOf(data, input)).join("\n");
  }
}

/** Cells arrive as HTML already made safe by inline()/escapeHtml(). */
function table(head: string[], rows: string[][]): string {
  return `<table><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join("")}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`)
    .join("")}</tbody></table>`;
}

function zipTable(data: GuideData, inputs: BandInput[], options: RenderOptions): string {
  const l = data.labels;
  const link = (band: Band, version: (typeof SCORM_VERSIONS)[number]) => {
    const name = zipFileName(band, version);
    return `<a href="${escapeHtml(options.distPrefix + name)}"><code>${escapeHtml(name)}</code></a>`;
  };
  const rows = inputs.map(({ band, lesson }) => [
    `<strong>${inline(data.bands[band].name)}</strong>`,
    inline(data.bands[band].grades),
    escapeHtml(lesson.title),
    link(band, "1.2"),
    link(band, "2004"),
  ]);
  return table([l.band, l.grades, l.lessonTitle, l.zip12, l.zip2004].map(inline), rows);
}

/** One row per objective: the guide's text with the objective id the LMS reports (cmi.objectives),
 *  and the ids of the questions that check it (the lesson's `objective:` field). */
function objectivesOf(data: GuideData, { band, lesson }: BandInput): string {
  const l = data.labels;
  const questions = lesson.screens.flatMap((s) => (s.kind === "quiz" ? s.questions : []));
  const rows = data.objectives[band].map((text, i) => {
    const id = lesson.objectives[i]?.id ?? "";
    const ids = questions.filter((q) => q.objective === id).map((q) => `<code>${escapeHtml(q.id)}</code>`);
    return [`<span class="num">${i + 1}.</span> ${inline(text)}<br><code class="objective-id">${escapeHtml(id)}</code>`, ids.join(" ")];
  });
  const quiz = lesson.screens.find((s) => s.kind === "quiz");
  const activities = lesson.screens.flatMap((s) =>
    s.kind === "practice-call" ? [s.activityId, ...s.conversation.map((st) => `${s.activityId}_${st.id}`)] : s.kind === "sorting" ? [s.activityId] : [],
  );
  const draw = quiz && quiz.kind === "quiz"
    ? `<p>${inline(fill(data.labels.quizDraw, { bank: quiz.questions.length, draw: quiz.questionsPerAttempt ?? quiz.questions.length }))}</p>`
    : "";
  return `<section id="objectives-${band}" class="band"><h3>${inline(data.bands[band].name)} — ${inline(data.bands[band].grades)}</h3>
${table([l.objective, l.questions].map(inline), rows)}
${draw}<p>${inline(l.activities)}: ${activities.map((id) => `<code>${escapeHtml(id)}</code>`).join(", ")}</p></section>`;
}

function promptsOf(data: GuideData, { band, lesson }: BandInput): string {
  const l = data.labels;
  const rows = lesson.screens.map((screen, i) => [
    `<span class="num">${i + 1}.</span> ${escapeHtml(screen.title)}<br><code class="screen-id">${escapeHtml(screen.id)}</code>`,
    `<ul>${(data.prompts[band][screen.id] ?? []).map((p) => `<li>${inline(p)}</li>`).join("")}</ul>`,
  ]);
  return `<section id="prompts-${band}" class="band"><h3>${inline(data.bands[band].name)} — ${inline(data.bands[band].grades)}</h3>
${table([l.screen, l.prompts].map(inline), rows)}</section>`;
}

/** The index page: every language (the first is the page's own, Vietnamese), each guide's own
 *  title, and the PDFs when they were made. */
export function renderIndex(guides: { language: string; title: string; href: string; pdfHref: string | null }[]): string {
  const items = guides
    .map((g) => `<li lang="${escapeHtml(g.language)}"><a href="${escapeHtml(g.href)}">${escapeHtml(g.title)}</a>${g.pdfHref ? ` · <a href="${escapeHtml(g.pdfHref)}">PDF</a>` : ""}</li>`)
    .join("\n");
  const pageLanguage = guides[0]?.language ?? "vi";
  const heading = guides
    .map((g, i) => (i === 0 ? escapeHtml(g.title) : `<span lang="${escapeHtml(g.language)}">${escapeHtml(g.title)}</span>`))
    .join(" / ");
  return `<!doctype html>
<html lang="${escapeHtml(pageLanguage)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(guides.map((g) => g.title).join(" / "))}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${heading}</h1>
<ul class="index">
${items}
</ul>
</main>
</body>
</html>
`;
}

// Inline on purpose: the guide is one file teachers can save, mail or print; no request leaves it.
const STYLE = `
:root { color-scheme: light; }
body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 52rem; margin: 0 auto; padding: 1.5rem; font-size: 1rem; }
h1 { font-size: 1.9rem; margin: 0.2rem 0; color: #0b4f8a; }
h2 { font-size: 1.45rem; color: #0b4f8a; border-bottom: 2px solid #0b4f8a; padding-bottom: 0.2rem; margin-top: 2rem; }
h3 { font-size: 1.15rem; margin: 1.4rem 0 0.4rem; }
.subtitle { font-size: 1.1rem; margin: 0; }
.hotline { font-size: 3rem; margin: 0.3rem 0 0; color: #b3261e; line-height: 1; }
.lang-switch { float: right; margin: 0; }
a { color: #0b4f8a; }
code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.88em; background: #eef3f8; padding: 0 0.2em; border-radius: 3px; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 0.6rem 0 1rem; font-size: 0.93rem; }
th, td { border: 1px solid #9aa7b3; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #e3ecf5; }
td ul { margin: 0; padding-left: 1.1rem; }
.note { border-left: 5px solid #b3261e; background: #fbeeee; padding: 0.5rem 0.8rem; }
.num { font-weight: bold; }
.screen-id, .objective-id { font-size: 0.8em; color: #445; }
ol.steps li { margin-bottom: 0.3rem; }
nav ol { columns: 2; }
.toc-title { border: 0; margin-top: 1rem; }
.index { font-size: 1.2rem; }
@page { size: A4; margin: 16mm 15mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  .lang-switch { display: none; }
  section.major { break-before: page; }
  h2, h3 { break-after: avoid; }
  tr, .note, li { break-inside: avoid; }
  th { background: #e3ecf5; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .note { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
