// Finds JavaScript that Chrome/Edge 80, Firefox 78 or Safari 13.1 cannot run, in shipped files.
//
// Syntax: the code must be ES2019 plus dynamic import() (which all three support, and lazy chunks
// need). acorn has no "ES2019 + import()" mode, so the code is parsed as ES2020 (anything newer,
// e.g. class fields, #private, static blocks, 1_000, &&= ||= ??=, top-level await, is then a parse
// error) and the ES2020 additions other than import() are rejected by walking the tree:
// ?. , ??, BigInt literals, `export * as ns`. import.meta is ES2020 too but, like import(), only
// exists in modules and every target has it (import.meta.url: Chrome 64, Firefox 62, Safari 11.1);
// Vite's preloading helper needs it for the relative base "./". import.meta.resolve() is newer
// (Chrome 105, Safari 16.4) and is reported unless feature-tested. The build is expected to lower all of
// these (vite.config.ts build.target starts with "es2019"; Safari 13.1 knows ?. and ??, Safari 13.0
// does not).
//
// Regular expressions: lookbehind (?<= (?<! is missing in Safari before 16.4 and is a syntax error
// there, so one such literal breaks the whole file. Named groups, the s flag and \p{…} are fine.
//
// Built-in APIs newer than the targets are found by name (a heuristic: a method of our own called
// `at` would be reported too, which is the safe side). A use is accepted when it is feature-tested:
// inside a `try { … }` block, or under an if / ?: / && whose test mentions the same name
// (typeof X, "x" in y, obj.x).
import * as acorn from "acorn";
import * as walk from "acorn-walk";

export interface Finding {
  /** 1-based line and 0-based column, as acorn counts. */
  line: number;
  column: number;
  what: string;
  /** Up to 60 characters of source either side (minified files are one long line). */
  context: string;
}

/** Globals missing in at least one target browser (first version that has it in brackets). */
const GLOBALS: Record<string, string> = {
  structuredClone: "structuredClone() (Chrome 98, Firefox 94, Safari 15.4)",
  AggregateError: "AggregateError (Chrome 85, Safari 14)",
  WeakRef: "WeakRef (Chrome 84, Firefox 79, Safari 14.1)",
  FinalizationRegistry: "FinalizationRegistry (Chrome 84, Firefox 79, Safari 14.1)",
};

/** Static members: object name -> member -> description. */
const STATIC_MEMBERS: Record<string, Record<string, string>> = {
  Object: {
    hasOwn: "Object.hasOwn (Chrome 93, Firefox 92, Safari 15.4)",
    groupBy: "Object.groupBy (Chrome 117, Safari 17.4)",
  },
  Map: { groupBy: "Map.groupBy (Chrome 117, Safari 17.4)" },
  Promise: {
    any: "Promise.any (Chrome 85, Firefox 79, Safari 14)",
    withResolvers: "Promise.withResolvers (Chrome 119, Safari 17.4)",
  },
  Array: { fromAsync: "Array.fromAsync (Chrome 121, Safari 16.4)" },
  AbortSignal: {
    timeout: "AbortSignal.timeout (Chrome 103, Firefox 100, Safari 16)",
    any: "AbortSignal.any (Chrome 116, Safari 17.4)",
  },
  Intl: {
    Locale: "Intl.Locale (Chrome 74, Firefox 75, Safari 14)",
    RelativeTimeFormat: "Intl.RelativeTimeFormat (Safari 14)",
    ListFormat: "Intl.ListFormat (Safari 14.1)",
    DisplayNames: "Intl.DisplayNames (Chrome 81, Firefox 86, Safari 14.1)",
    Segmenter: "Intl.Segmenter (Chrome 87, Firefox 125, Safari 14.1)",
    DurationFormat: "Intl.DurationFormat (Chrome 129, Safari 16.4)",
  },
};

/** Prototype methods, recognised as `x.name(` calls on anything. */
const METHODS: Record<string, string> = {
  at: ".at() (Array/String.prototype.at: Chrome 92, Firefox 90, Safari 15.4)",
  findLast: ".findLast() (Chrome 97, Firefox 104, Safari 15.4)",
  findLastIndex: ".findLastIndex() (Chrome 97, Firefox 104, Safari 15.4)",
  // Safari 13.1 and Firefox 77 have it, but Chrome/Edge 80 do not.
  replaceAll: ".replaceAll() (Chrome/Edge 85)",
  toSorted: ".toSorted() (Chrome 110, Safari 16)",
  toReversed: ".toReversed() (Chrome 110, Safari 16)",
  toSpliced: ".toSpliced() (Chrome 110, Safari 16)",
  with: ".with() (Array.prototype.with: Chrome 110, Safari 16)",
  isWellFormed: ".isWellFormed() (Chrome 111, Safari 16.4)",
  toWellFormed: ".toWellFormed() (Chrome 111, Safari 16.4)",
  replaceChildren: ".replaceChildren() (Chrome 86, Safari 14)",
  randomUUID: "crypto.randomUUID() (Chrome 92, Firefox 95, Safari 15.4)",
};

const LOOKBEHIND = /\(\?<[=!]/;

type Ancestors = acorn.Node[];

/** Every construct in `code` beyond the targets, in source order. Empty means it is fine. */
export function findBeyondTarget(code: string): Finding[] {
  let ast: acorn.Program;
  try {
    ast = acorn.parse(code, { ecmaVersion: 2020, sourceType: "module", locations: true });
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc ?? { line: 0, column: 0 };
    const message = error instanceof Error ? error.message.replace(/\s*\(\d+:\d+\)$/, "") : String(error);
    const pos = (error as { pos?: number }).pos ?? 0;
    return [
      {
        ...loc,
        context: code.slice(Math.max(0, pos - 60), pos + 60),
        what:
          `syntax newer than ES2020 (${message}): e.g. class fields, #private, static blocks, ` +
          `numeric separators, &&= ||= ??=, top-level await`,
      },
    ];
  }

  const findings: Finding[] = [];
  const add = (node: acorn.Node, what: string) =>
    findings.push({
      line: node.loc?.start.line ?? 0,
      column: node.loc?.start.column ?? 0,
      what,
      context: code.slice(Math.max(0, node.start - 60), node.start + 60),
    });
  const api = (node: acorn.Node, name: string, what: string, ancestors: Ancestors) => {
    if (!isFeatureTested(name, ancestors)) add(node, what);
  };

  walk.ancestor(ast, {
    ChainExpression(node) {
      add(node, "optional chaining ?. (ES2020)");
    },
    LogicalExpression(node) {
      if (node.operator === "??") add(node, "nullish coalescing ?? (ES2020)");
    },
    Literal(node) {
      if (node.bigint !== undefined) add(node, "BigInt literal (ES2020)");
      if (node.regex && LOOKBEHIND.test(node.regex.pattern)) add(node, `RegExp lookbehind /${node.regex.pattern}/ (Safari < 16.4)`);
    },
    ExportAllDeclaration(node) {
      if (node.exported) add(node, "export * as name (ES2020)");
    },
    NewExpression(node) {
      regexpConstructor(node, add);
    },
    CallExpression(node, _state, ancestors) {
      regexpConstructor(node, add);
      const callee = node.callee;
      if (callee.type !== "MemberExpression") return;
      const name = memberName(callee);
      if (name !== null && Object.prototype.hasOwnProperty.call(METHODS, name)) api(node, name, METHODS[name]!, ancestors);
    },
    MemberExpression(node, _state, ancestors) {
      const name = memberName(node);
      if (name === "resolve" && node.object.type === "MetaProperty") {
        api(node, name, "import.meta.resolve (Chrome 105, Firefox 106, Safari 16.4)", ancestors);
      }
      if (name === null || node.object.type !== "Identifier") return;
      const statics = STATIC_MEMBERS[node.object.name];
      if (statics && Object.prototype.hasOwnProperty.call(statics, name)) api(node, name, statics[name]!, ancestors);
    },
    Identifier(node, _state, ancestors) {
      if (Object.prototype.hasOwnProperty.call(GLOBALS, node.name)) api(node, node.name, GLOBALS[node.name]!, ancestors);
    },
  });
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

function memberName(node: acorn.MemberExpression): string | null {
  if (!node.computed && node.property.type === "Identifier") return node.property.name;
  if (node.computed && node.property.type === "Literal" && typeof node.property.value === "string") return node.property.value;
  return null;
}

function regexpConstructor(node: acorn.NewExpression | acorn.CallExpression, add: (n: acorn.Node, what: string) => void): void {
  const first = node.arguments[0];
  if (node.callee.type !== "Identifier" || node.callee.name !== "RegExp" || !first) return;
  const pattern =
    first.type === "Literal" && typeof first.value === "string"
      ? first.value
      : first.type === "TemplateLiteral"
        ? first.quasis.map((q) => q.value.cooked ?? "").join("")
        : null;
  if (pattern !== null && LOOKBEHIND.test(pattern)) add(node, `RegExp lookbehind new RegExp("${pattern}") (Safari < 16.4)`);
}

/** Inside try { … }, typeof …, the test of an if / ?: / && / ||, or under such a test that
 *  mentions `name`. */
function isFeatureTested(name: string, ancestors: Ancestors): boolean {
  // A call is a use even inside a test (`if (s.replaceAll(…))`); a bare reference there is a check.
  const node = ancestors[ancestors.length - 1];
  const above = ancestors[ancestors.length - 2];
  const isCall =
    node?.type === "CallExpression" ||
    ((above?.type === "CallExpression" || above?.type === "NewExpression") &&
      (above as acorn.CallExpression | acorn.NewExpression).callee === node);
  for (let i = ancestors.length - 2; i >= 0; i--) {
    const parent = ancestors[i]!;
    const child = ancestors[i + 1]!;
    if (parent.type === "TryStatement" && (parent as acorn.TryStatement).block === child) return true;
    if (parent.type === "UnaryExpression" && (parent as acorn.UnaryExpression).operator === "typeof") return true;
    if (parent.type === "IfStatement" || parent.type === "ConditionalExpression") {
      const test = (parent as acorn.IfStatement | acorn.ConditionalExpression).test;
      if (child === test ? !isCall : mentions(test, name)) return true; // a bare reference as test is the check
    }
    if (parent.type === "LogicalExpression") {
      const left = (parent as acorn.LogicalExpression).left;
      if (child === left ? !isCall : mentions(left, name)) return true;
    }
  }
  return false;
}

function mentions(test: acorn.Node, name: string): boolean {
  let found = false;
  walk.full(test, (node) => {
    if (node.type === "Identifier" && (node as acorn.Identifier).name === name) found = true;
    if (node.type === "Literal" && (node as acorn.Literal).value === name) found = true;
    if (node.type === "MemberExpression" && memberName(node as acorn.MemberExpression) === name) found = true;
  });
  return found;
}
