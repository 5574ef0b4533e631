// Deterministic shuffling: the same seed always gives the same order. The quiz derives every
// shuffled order from (question id, attempt), so a resumed session shows exactly what the
// student saw before without storing the order in the 4,096-character suspend data.

/** FNV-1a: a tiny, stable string hash (not for security). */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a small seeded generator, good enough to mix a list. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with a seeded generator. With `avoidIdentity`, a list of two or more is never
 *  returned in its original order (an ordering task that starts solved teaches nothing). */
export function seededShuffle<T>(items: readonly T[], seed: string, avoidIdentity = false): T[] {
  const random = seededRandom(hashString(seed));
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  if (avoidIdentity && out.length > 1 && out.every((item, i) => item === items[i])) {
    // Rotate by one: still deterministic, and guaranteed different.
    out.push(out.shift() as T);
  }
  return out;
}
