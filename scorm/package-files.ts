// Which files of a Vite build go into a package. Source maps, dotfiles and OS litter never
// ship: a teacher's zip should hold only what the lesson loads.
import fs from "node:fs";
import path from "node:path";

const EXCLUDED_NAMES = new Set(["Thumbs.db", "desktop.ini"]);

export function isShippable(relative: string): boolean {
  const parts = relative.split("/");
  if (parts.some((p) => p.startsWith("."))) return false; // .DS_Store, .vite/ (Vite's manifest dir)
  const name = parts[parts.length - 1] ?? "";
  return !EXCLUDED_NAMES.has(name) && !name.endsWith(".map");
}

/** Every file under dir, as sorted "/"-separated relative paths. */
export function listFiles(dir: string, sub = ""): string[] {
  return fs
    .readdirSync(path.join(dir, sub), { withFileTypes: true })
    .flatMap((entry) => {
      const relative = sub ? `${sub}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(dir, relative) : [relative];
    })
    .sort();
}

export function shippableFiles(dir: string): string[] {
  return listFiles(dir).filter(isShippable);
}

export function copyFiles(fromDir: string, toDir: string, files: string[]): void {
  for (const file of files) {
    const to = path.join(toDir, file);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(path.join(fromDir, file), to);
  }
}

const MARKER = 'data-scorm="auto"';

/** The app reads <html data-scorm> to pick its tracker; each package pins its own version. */
export function pinScormVersion(indexHtmlPath: string, version: "1.2" | "2004"): void {
  const html = fs.readFileSync(indexHtmlPath, "utf8");
  const count = html.split(MARKER).length - 1;
  if (count !== 1) {
    throw new Error(
      `${indexHtmlPath}: expected exactly one ${MARKER} (on <html>) to pin the SCORM version, found ${count}. ` +
        `src/index.html must keep <html lang="vi" data-scorm="auto">.`,
    );
  }
  fs.writeFileSync(indexHtmlPath, html.replace(MARKER, `data-scorm="${version}"`));
}
