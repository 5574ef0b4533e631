// Which modules cost how many gzip bytes: builds one band again in memory (same vite.config.ts,
// nothing written) and, for every output chunk, minifies each module's rendered (tree-shaken)
// code on its own and gzips it. Module sizes gzipped alone overstate (gzip shares a dictionary
// across a chunk), so each module's share is scaled to the chunk's real gzip size: the "gzip
// share" column adds up to the chunk. Grouped by npm package or src/ folder.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { minifySync } from "rolldown/utils";
import { build } from "vite";
import { REPO_ROOT } from "../../scorm/repo-paths";
import { gzipSize } from "../support/built-assets";

export interface GroupCost {
  group: string;
  /** Minified bytes (module minified alone). */
  minified: number;
  /** Its modules gzipped on their own (overstates: no shared dictionary). */
  gzipAlone: number;
  /** Share of the chunk's real gzip size (gzipAlone scaled so the shares add up to the chunk). */
  gzipShare: number;
}

export interface ChunkCost {
  fileName: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  gzip: number;
  groups: GroupCost[];
}

interface OutputChunkLike {
  type: "chunk";
  fileName: string;
  code: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  modules: Record<string, { code: string | null; renderedLength: number }>;
}

export async function analyseBand(band: string): Promise<ChunkCost[]> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "call-111-analysis-"));
  process.env.LESSON_BAND = band;
  process.env.LESSON_OUT_DIR = outDir;
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= "true";
  const cwd = process.cwd();
  process.chdir(REPO_ROOT);
  let result: unknown;
  try {
    result = await build({
      configFile: path.join(REPO_ROOT, "vite.config.ts"),
      mode: "production",
      logLevel: "silent",
      build: { write: false, emptyOutDir: false, outDir },
    });
  } finally {
    process.chdir(cwd);
    delete process.env.LESSON_BAND;
    delete process.env.LESSON_OUT_DIR;
    fs.rmSync(outDir, { recursive: true, force: true });
  }
  const outputs = (Array.isArray(result) ? result : [result]) as { output: { type: string }[] }[];
  const chunks = outputs.flatMap((o) => o.output).filter((c): c is OutputChunkLike => c.type === "chunk");
  return chunks.map(costOfChunk).sort((a, b) => Number(b.isEntry) - Number(a.isEntry) || b.gzip - a.gzip);
}

function costOfChunk(chunk: OutputChunkLike): ChunkCost {
  const gzip = gzipSize(chunk.code);
  const perGroup = new Map<string, { minified: number; gzipAlone: number }>();
  for (const [id, mod] of Object.entries(chunk.modules)) {
    if (!mod.code) continue;
    let minified = mod.code;
    try {
      minified = minifySync(`${path.basename(id).replace(/\0/g, "")}.js`, mod.code, { module: true, compress: { target: "es2019", unused: false }, mangle: true }).code;
    } catch {
      // keep the unminified code: an estimate either way
    }
    const group = groupOf(id);
    const g = perGroup.get(group) ?? { minified: 0, gzipAlone: 0 };
    g.minified += minified.length;
    g.gzipAlone += gzipSize(minified);
    perGroup.set(group, g);
  }
  const alone = [...perGroup.values()].reduce((s, g) => s + g.gzipAlone, 0) || 1;
  const groups = [...perGroup]
    .map(([group, g]) => ({ group, minified: g.minified, gzipAlone: g.gzipAlone, gzipShare: Math.round((g.gzipAlone / alone) * gzip) }))
    .sort((a, b) => b.gzipShare - a.gzipShare);
  return { fileName: chunk.fileName, isEntry: chunk.isEntry, isDynamicEntry: chunk.isDynamicEntry, gzip, groups };
}

/** "i18next", "preact/hooks", "src/player", "lesson data (vi)", "vite runtime"… */
export function groupOf(id: string): string {
  const clean = id.replace(/^\0/, "").replace(/\\/g, "/").replace(/\?.*$/, "");
  const nm = clean.lastIndexOf("/node_modules/");
  if (nm >= 0) {
    const parts = clean.slice(nm + "/node_modules/".length).split("/");
    const name = parts[0]!.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!;
    // preact's sub-packages (hooks, jsx-runtime) are worth telling apart
    if (name === "preact" && ["hooks", "jsx-runtime", "compat"].includes(parts[1] ?? "")) return `preact/${parts[1]}`;
    return name;
  }
  if (clean.startsWith("virtual:lesson/")) return `lesson data (${clean.slice("virtual:lesson/".length)})`;
  if (clean === "virtual:lesson") return "lesson loader";
  if (clean.startsWith("vite/") || clean.includes("preload-helper")) return "vite runtime (preload helper)";
  const src = path.relative(path.join(REPO_ROOT, "src"), clean).replace(/\\/g, "/");
  if (!src.startsWith("..") && !path.isAbsolute(src)) {
    const parts = src.split("/");
    if (parts.length === 1) return `src/${parts[0]}`;
    if (parts[0] === "styles" || src.endsWith(".json")) return `src/${parts.slice(0, -1).join("/")}/${parts[parts.length - 1]}`;
    return `src/${parts[0]}`;
  }
  return clean;
}
