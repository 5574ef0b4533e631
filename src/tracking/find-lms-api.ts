// The standard SCORM API discovery algorithm (SCORM-NOTES.md §3.2; scorm.com "SCORM API Discovery
// Algorithms"): look for the named object on the window, climb window.parent to the top, then
// do the same from window.opener. The window is a parameter so tests can hand in any frame tree.

/** The object name each SCORM version publishes: 1.2 `API`, 2004 `API_1484_11`. */
export type LmsApiName = "API" | "API_1484_11";

/** How many parents to climb before giving up. ADL's 1.2 APIWrapper.js stops after 7 ("should be
 *  more than sufficient"), and the 2004 sample uses 500. LMS frame trees (Moodle: player page >
 *  iframe > our page; some LMSs nest deeper) are a handful of levels, so one generous bound for
 *  both versions costs nothing and only guards against a broken parent chain. */
export const MAX_PARENT_HOPS = 500;

/** Reads win[name]; a cross-origin frame throws SecurityError on any property access. */
function readProperty(win: Window, name: string): unknown {
  try {
    return (win as unknown as Record<string, unknown>)[name] ?? null;
  } catch {
    return null;
  }
}

function parentOf(win: Window): Window | null {
  try {
    const parent = win.parent;
    return parent && parent !== win ? parent : null;
  } catch {
    return null;
  }
}

function openerOf(win: Window): Window | null {
  try {
    return (win.opener as Window | null) ?? null;
  } catch {
    return null;
  }
}

/** Climbs from `start` through its parents; returns the first `name` object found. */
function searchUp(start: Window, name: LmsApiName): unknown {
  let win: Window | null = start;
  for (let hops = 0; win && hops <= MAX_PARENT_HOPS; hops++) {
    const api = readProperty(win, name);
    if (api) return api;
    win = parentOf(win);
  }
  return null;
}

/** Finds the LMS API object for one SCORM version, or null when there is none. Never throws. */
export function findLmsApi(win: Window, name: LmsApiName): unknown {
  const found = searchUp(win, name);
  if (found) return found;
  // A course opened in a new window: the LMS frames hang off the opener (or its top window).
  const opener = openerOf(win);
  return opener ? searchUp(opener, name) : null;
}
