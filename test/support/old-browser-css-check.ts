// Finds CSS that Chrome/Edge 80, Firefox 78 or Safari 13.1 get wrong, in shipped stylesheets.
//
// Unlike JavaScript, CSS a browser does not know is skipped, not fatal, so what matters is CSS
// that silently loses something a learner needs. The worst case is `gap` in a flex box: Chrome
// 80 and Safari 13.1 know `gap` (from grid) and so even `@supports (gap: 1px)` says yes, but they
// ignore it in flex layouts, and buttons, answers and their marks end up touching. So `gap` is
// accepted only in a rule that makes its element a grid. The rest are features those browsers do
// not have at all (first versions in brackets).
//
// Works on the built, minified CSS: rules are read as "selector{declarations}" pieces, at-rules'
// own braces are skipped over. A heuristic, as the JS check is: it errs on the side of reporting.

export interface CssFinding {
  selector: string;
  what: string;
}

const UNSUPPORTED_DECLARATIONS: [RegExp, string][] = [
  [/(^|;)\s*aspect-ratio\s*:/, "aspect-ratio (Chrome 88, Safari 15)"],
  [/(^|;)\s*inset\s*:/, "inset (Chrome 87, Safari 14.1)"],
  [/(^|;)\s*overflow(-x|-y)?\s*:\s*clip\b/, "overflow: clip (Chrome 90, Safari 16)"],
  [/(^|;)\s*text-wrap\s*:/, "text-wrap (Chrome 114, Safari 17.4)"],
  [/color-mix\(/, "color-mix() (Chrome 111, Safari 16.2)"],
  [/\d(dvh|svh|lvh|dvw|svw|lvw)\b/, "dynamic viewport units (Chrome 108, Safari 15.4)"],
];

const UNSUPPORTED_SELECTORS: [RegExp, string][] = [
  [/:(is|where)\(/, ":is() / :where() (Chrome 88, Safari 14) — the whole rule is dropped"],
  [/:has\(/, ":has() (Chrome 105, Safari 15.4) — the whole rule is dropped"],
];

const UNSUPPORTED_AT_RULES: [RegExp, string][] = [
  [/@container\b/, "@container (Chrome 105, Safari 16)"],
  [/@layer\b/, "@layer (Chrome 99, Safari 15.4)"],
];

/** Every "selector{declarations}" of a stylesheet, at-rule preludes taken off the selector. */
export function cssRules(css: string): { selector: string; declarations: string }[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const rules: { selector: string; declarations: string }[] = [];
  for (const piece of text.split("}")) {
    const open = piece.lastIndexOf("{");
    if (open < 0) continue;
    // "@media (…){.a" → ".a": the selector is what follows the last "{" before the declarations.
    const head = piece.slice(0, open);
    const selector = head.slice(head.lastIndexOf("{") + 1).trim();
    rules.push({ selector, declarations: piece.slice(open + 1) });
  }
  return rules;
}

export function findCssBeyondTarget(css: string): CssFinding[] {
  const findings: CssFinding[] = [];
  for (const [pattern, what] of UNSUPPORTED_AT_RULES) if (pattern.test(css)) findings.push({ selector: "(stylesheet)", what });
  for (const { selector, declarations } of cssRules(css)) {
    if (selector.startsWith("@")) continue;
    const isGrid = /(^|;)\s*display\s*:\s*(inline-)?grid\b/.test(declarations);
    if (!isGrid && /(^|;)\s*(gap|row-gap|column-gap|grid-gap)\s*:/.test(declarations)) {
      findings.push({ selector, what: "gap outside a grid (Chrome 80 and Safari 13.1 ignore gap in flex layouts; use margins)" });
    }
    for (const [pattern, what] of UNSUPPORTED_DECLARATIONS) if (pattern.test(declarations)) findings.push({ selector, what });
    for (const [pattern, what] of UNSUPPORTED_SELECTORS) if (pattern.test(selector)) findings.push({ selector, what });
  }
  return findings;
}
