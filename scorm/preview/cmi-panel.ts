// The right-hand panel of the preview LMS: a plain-language summary of where the learner is,
// the SCO's API calls, and every CMI value. Built with textContent only — values come from the
// SCO and are shown, never parsed as HTML.
import type { ScormVersion } from "../scorm-versions";
import type { ApiCall } from "./runtime-api";

type Flat = Record<string, string>;

interface SummaryRow {
  label: string;
  value: string;
  warn?: boolean;
}

export function summaryRows(version: ScormVersion, cmi: Flat, state: string): SummaryRow[] {
  const v = (key: string) => cmi[key] ?? "";
  const interactions = new Set(Object.keys(cmi).map((k) => /^cmi\.interactions\.(\d+)\./.exec(k)?.[1]).filter(Boolean)).size;
  const suspend = v("cmi.suspend_data").length;
  // One row per cmi.objectives.n: what an LMS's objectives report would show for this learner.
  const objectives = [...new Set(Object.keys(cmi).map((k) => /^cmi\.objectives\.(\d+)\./.exec(k)?.[1]).filter((n): n is string => !!n))]
    .sort((a, b) => Number(a) - Number(b))
    .map((n): SummaryRow => {
      const o = (field: string) => v(`cmi.objectives.${n}.${field}`);
      const score = o("score.raw") ? ` · score ${o("score.raw")}${o("score.scaled") ? ` (scaled ${o("score.scaled")})` : ""}` : "";
      const status = version === "1.2" ? o("status") || "—" : `${o("completion_status") || "—"} / ${o("success_status") || "—"}`;
      return { label: `Objective ${n}: ${o("id") || "(no id)"}`, value: status + score };
    });
  const objectiveRows: SummaryRow[] = [{ label: "Objectives", value: String(objectives.length) }, ...objectives];
  if (version === "1.2") {
    const limit = 4096;
    return [
      { label: "API state", value: state },
      { label: "Lesson status", value: v("cmi.core.lesson_status") },
      { label: "Score", value: scoreText(v("cmi.core.score.raw"), v("cmi.core.score.min"), v("cmi.core.score.max")) },
      { label: "Mastery score (LMS)", value: v("cmi.student_data.mastery_score") || "none" },
      { label: "Entry → exit", value: `${v("cmi.core.entry") || "—"} → ${v("cmi.core.exit") || "—"}` },
      { label: "Location", value: v("cmi.core.lesson_location") || "—" },
      { label: "Suspend data", value: `${suspend} / ${limit} characters`, warn: suspend > limit },
      { label: "Session / total time", value: `${v("cmi.core.session_time") || "—"} / ${v("cmi.core.total_time") || "—"}` },
      { label: "Interactions", value: String(interactions) },
      ...objectiveRows,
      { label: "Learner", value: `${v("cmi.core.student_name")} (${v("cmi.core.student_id")}), language: ${v("cmi.student_preference.language") || "not set"}` },
    ];
  }
  return [
    { label: "API state", value: state },
    { label: "Completion / success", value: `${v("cmi.completion_status")} / ${v("cmi.success_status")}` },
    { label: "Score (scaled)", value: v("cmi.score.scaled") ? `${v("cmi.score.scaled")} · raw ${scoreText(v("cmi.score.raw"), v("cmi.score.min"), v("cmi.score.max"))}` : "—" },
    { label: "Passing score (LMS)", value: v("cmi.scaled_passing_score") || "none" },
    { label: "Progress measure", value: v("cmi.progress_measure") || "—" },
    { label: "Entry → exit", value: `${v("cmi.entry") || "—"} → ${v("cmi.exit") || "—"}` },
    { label: "Location", value: v("cmi.location") || "—" },
    { label: "Suspend data", value: `${suspend} / 64000 characters`, warn: suspend > 64000 },
    { label: "Session / total time", value: `${v("cmi.session_time") || "—"} / ${v("cmi.total_time") || "—"}` },
    { label: "Interactions", value: String(interactions) },
    ...objectiveRows,
    { label: "Learner", value: `${v("cmi.learner_name")} (${v("cmi.learner_id")}), language: ${v("cmi.learner_preference.language") || "not set"}` },
  ];
}

function scoreText(raw: string, min: string, max: string): string {
  return raw ? `${raw} (min ${min || "?"}, max ${max || "?"})` : "—";
}

export function renderSummary(target: HTMLElement, rows: SummaryRow[]): void {
  const list = document.createElement("dl");
  for (const row of rows) {
    const dt = document.createElement("dt");
    dt.textContent = row.label;
    const dd = document.createElement("dd");
    dd.textContent = row.value;
    if (row.warn) dd.className = "warn";
    list.append(dt, dd);
  }
  target.replaceChildren(list);
}

export function renderCalls(target: HTMLElement, calls: ApiCall[], errorFunctions: readonly string[], showErrorFns: boolean): void {
  const shown = calls.filter((c) => showErrorFns || !errorFunctions.includes(c.method)).slice(-200).reverse();
  const rows = shown.map((call) => {
    const tr = document.createElement("tr");
    if (call.error !== "0") tr.className = "error";
    const args = call.element === undefined ? "" : call.value === undefined ? call.element : `${call.element}, ${clip(call.value, 80)}`;
    cells(tr, [String(call.seq), `${(call.at / 1000).toFixed(1)} s`, `${call.method}(${args})`, call.result, call.error === "0" ? "" : call.error]);
    return tr;
  });
  target.replaceChildren(...rows);
}

export function renderCmiTable(target: HTMLElement, cmi: Flat, showEmpty: boolean): void {
  const rows = Object.entries(cmi)
    .filter(([, value]) => typeof value === "string" && (showEmpty || value !== ""))
    .map(([key, value]) => {
      const tr = document.createElement("tr");
      cells(tr, [key, clip(value, 300)]);
      if (value.length > 300) tr.title = value;
      return tr;
    });
  target.replaceChildren(...rows);
}

function cells(tr: HTMLTableRowElement, texts: string[]): void {
  for (const text of texts) {
    const td = document.createElement("td");
    td.textContent = text;
    tr.append(td);
  }
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}
