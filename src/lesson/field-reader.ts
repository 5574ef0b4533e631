// Small checked readers for the plain data of a lesson file. Each one reports what is wrong at its
// place and still returns a value of the right type (a placeholder after a problem), so checking
// goes on and the author sees every problem in one build. A Lesson is only handed out when no
// problem was reported, so the placeholders never reach the player.
import { ID_PATTERN } from "./lesson-types";
import { type LessonProblem, itemPath, joinPath } from "./lesson-problem";
import type { IdAt } from "./id-checks";
import type { LineOf } from "./yaml-source";

export type Fields = Record<string, unknown>;

export const ID_RULE =
  'use only lowercase letters a-z, digits and "_", start with a letter, end with a letter or digit, at most 64 characters (SCORM and Moodle accept only such ids)';

export class FieldReader {
  readonly problems: LessonProblem[] = [];
  /** Ids seen while reading, checked across the whole lesson once everything is read
   *  (see check-lesson-ids.ts): screens, LMS interactions, and reviewScreen references. */
  readonly screenIds: IdAt[] = [];
  readonly interactionIds: IdAt[] = [];
  readonly screenRefs: IdAt[] = [];
  /** Learning objectives listed, and the objective each question names (read-objectives.ts). */
  readonly objectiveIds: IdAt[] = [];
  readonly objectiveRefs: IdAt[] = [];

  constructor(
    readonly file: string,
    private readonly lineOf: LineOf,
  ) {}

  report(path: string, message: string): void {
    this.problems.push({ file: this.file, line: this.lineOf(path), path, message });
  }

  /** A mapping (key: value lines), or null after reporting what was there instead. */
  fields(value: unknown, path: string): Fields | null {
    if (isFields(value)) return value;
    this.report(path, `must be a mapping of "key: value" lines, got ${describe(value)}`);
    return null;
  }

  /** Reports every key that is not allowed here: almost always a typo the player would ignore. */
  onlyKeys(fields: Fields, path: string, allowed: readonly string[]): void {
    for (const key of Object.keys(fields)) {
      if (allowed.includes(key)) continue;
      const guess = closest(key, allowed);
      const hint = guess ? ` (did you mean "${guess}"?)` : "";
      this.report(joinPath(path, key), `unknown key "${key}"${hint}; allowed here: ${allowed.join(", ")}`);
    }
  }

  /** The raw value of a required field, or undefined after reporting it missing. */
  required(fields: Fields, key: string, path: string): unknown {
    const value = fields[key];
    if (value === undefined) this.report(joinPath(path, key), "required field is missing");
    else if (value === null) this.report(joinPath(path, key), "required field has no value");
    else return value;
    return undefined;
  }

  text(fields: Fields, key: string, path: string): string {
    const value = this.required(fields, key, path);
    return value === undefined ? "" : this.textValue(value, joinPath(path, key));
  }

  /** Text that may be "" (an image's alt text: "" marks a decorative picture). */
  textOrEmpty(fields: Fields, key: string, path: string): string {
    const value = this.required(fields, key, path);
    if (value === undefined) return "";
    if (typeof value === "string") return value;
    this.report(joinPath(path, key), mustBeText(value));
    return "";
  }

  textValue(value: unknown, path: string): string {
    if (typeof value !== "string") this.report(path, mustBeText(value));
    else if (value.trim() === "") this.report(path, "must not be empty");
    else return value;
    return "";
  }

  /** A list of non-empty texts with at least `min` entries. */
  textList(fields: Fields, key: string, path: string, min = 1, noun = "line"): string[] {
    const at = joinPath(path, key);
    return this.list(fields, key, path, min, noun).map((v, i) => this.textValue(v, itemPath(at, i)));
  }

  /** A raw list with at least `min` entries (its items are checked by the caller). */
  list(fields: Fields, key: string, path: string, min: number, noun: string): unknown[] {
    const value = this.required(fields, key, path);
    if (value === undefined) return [];
    const at = joinPath(path, key);
    if (!Array.isArray(value)) {
      this.report(at, `must be a list (one "- " line per ${noun}), got ${describe(value)}`);
      return [];
    }
    if (value.length < min) this.report(at, `needs at least ${min} ${plural(noun, min)}, got ${value.length}`);
    return value;
  }

  id(fields: Fields, key: string, path: string): string {
    const value = this.text(fields, key, path);
    if (value && !ID_PATTERN.test(value)) {
      this.report(joinPath(path, key), `"${value}" is not a valid id: ${ID_RULE}`);
      return "";
    }
    return value;
  }

  bool(fields: Fields, key: string, path: string): boolean {
    const value = this.required(fields, key, path);
    if (value === undefined || typeof value === "boolean") return value === true;
    this.report(joinPath(path, key), `must be true or false, got ${describe(value)}`);
    return false;
  }

  /** One of a fixed set of words, e.g. a screen kind. */
  oneOf<T extends string>(fields: Fields, key: string, path: string, allowed: readonly T[], what: string): T | null {
    const value = this.text(fields, key, path);
    if (!value) return null;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.report(joinPath(path, key), `unknown ${what} "${value}"; known ${what}s: ${allowed.join(", ")}`);
    return null;
  }
}

export function isFields(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** How a wrong value looks to an author, for "must be X, got Y" messages. */
export function describe(value: unknown): string {
  if (value === undefined || value === null) return "nothing";
  if (typeof value === "string") return `text "${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "a list";
  return "a mapping";
}

function mustBeText(value: unknown): string {
  // YAML reads 111 or 24 as numbers; quoting keeps them as the text the author meant.
  const hint = typeof value === "number" || typeof value === "boolean" ? ` (put it in quotes: "${String(value)}")` : "";
  return `must be text, got ${describe(value)}${hint}`;
}

function plural(noun: string, n: number): string {
  return n === 1 ? noun : `${noun}s`;
}

/** The allowed word nearest to a typo, if it is near enough to be a likely fix. */
export function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
