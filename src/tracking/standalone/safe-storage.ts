// localStorage that cannot crash the lesson: reading `window.localStorage` itself throws in
// sandboxed iframes and some private modes, and setItem throws when the quota is full
// (preact-www src/lib/localstorage.js does the same).

export interface SafeStorage {
  read(key: string): string | null;
  /** Returns false when the browser refused to store it. */
  write(key: string, value: string): boolean;
}

export function safeStorage(win: Window | undefined): SafeStorage {
  const storage = (): Storage | null => {
    try {
      return win?.localStorage ?? null;
    } catch {
      return null;
    }
  };
  return {
    read(key) {
      try {
        return storage()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    write(key, value) {
      try {
        const target = storage();
        if (!target) return false;
        target.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
  };
}
