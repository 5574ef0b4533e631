// Reads a lesson file's text with the `yaml` package and remembers on which line each place
// starts, so a problem found later in the plain data can still point at its line.
// JSON is valid YAML, so .json lesson files go through here too.
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from "yaml";
import { type LessonProblem, itemPath, joinPath, parentPath } from "./lesson-problem";

export type LineOf = (path: string) => number | null;

export type YamlOutcome =
  | { ok: true; value: unknown; lineOf: LineOf }
  | { ok: false; problems: LessonProblem[] };

export function readYaml(source: string, file: string): YamlOutcome {
  const lineCounter = new LineCounter();
  // prettyErrors off: we print yaml's own short message with our file:line in front.
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;

  if (doc.errors.length > 0) {
    // Authors of a .json file think in JSON; yaml's message still fits (JSON is YAML's flow style).
    const syntax = /\.json$/i.test(file) ? "JSON syntax" : "YAML syntax";
    // Past a syntax error the data is guesswork, so only the syntax errors are reported.
    return {
      ok: false,
      problems: doc.errors.map((e) => ({ file, line: lineAt(e.pos[0]), path: "", message: `${syntax} error: ${e.message}` })),
    };
  }

  const lines = new Map<string, number>();
  const visit = (node: unknown, path: string): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const childPath = joinPath(path, key);
        // The key's line: where the author wrote the field, also when its value is a block below.
        const start = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
        if (typeof start === "number") lines.set(childPath, lineAt(start));
        visit(pair.value, childPath);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const childPath = itemPath(path, i);
        const start = (isMap(item) || isSeq(item) || isScalar(item)) ? item.range?.[0] : undefined;
        if (typeof start === "number") lines.set(childPath, lineAt(start));
        visit(item, childPath);
      });
    }
  };
  const root = doc.contents;
  if (root && (isMap(root) || isSeq(root) || isScalar(root)) && root.range) lines.set("", lineAt(root.range[0]));
  visit(root, "");

  // A missing field has no line of its own: point at the nearest enclosing place that has one.
  const lineOf: LineOf = (path) => {
    for (let p = path; ; p = parentPath(p)) {
      const line = lines.get(p);
      if (line !== undefined) return line;
      if (p === "") return null;
    }
  };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    return { ok: false, problems: [{ file, line: null, path: "", message: `YAML could not be read: ${(e as Error).message}` }] };
  }
  return { ok: true, value, lineOf };
}
