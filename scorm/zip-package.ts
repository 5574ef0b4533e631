// Zips one unzipped package folder with fflate: imsmanifest.xml first, at the zip root (LMS
// importers look for it there), then every other file in sorted order with a fixed timestamp,
// so the same sources give the same zip bytes.
import fs from "node:fs";
import path from "node:path";
import { zipSync, type Zippable } from "fflate";
import { listFiles } from "./package-files";

// Already-compressed media gains nothing from deflate; storing it saves build time.
const STORED = /\.(mp3|ogg|oga|opus|m4a|aac|webm|mp4|png|jpe?g|webp|gif|woff2?)$/i;

// SOURCE_DATE_EPOCH is the reproducible-builds convention; otherwise a fixed date (zip times
// must be ≥ 1980).
const MTIME = process.env.SOURCE_DATE_EPOCH
  ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000)
  : new Date("2025-01-01T00:00:00Z");

export function zipPackage(packageDir: string, zipPath: string): { files: number; bytes: number } {
  const files = listFiles(packageDir);
  if (!files.includes("imsmanifest.xml")) throw new Error(`${packageDir}: no imsmanifest.xml to zip`);
  return zipFolder(packageDir, zipPath, "imsmanifest.xml");
}

/** Zips every file of a folder, `first` (when given) as the first entry. */
export function zipFolder(dir: string, zipPath: string, first?: string): { files: number; bytes: number } {
  const files = listFiles(dir);
  const ordered = first && files.includes(first) ? [first, ...files.filter((f) => f !== first)] : files;
  const entries: Zippable = {};
  for (const file of ordered) {
    entries[file] = [fs.readFileSync(path.join(dir, file)), { level: STORED.test(file) ? 0 : 9, mtime: MTIME }];
  }
  const zipped = zipSync(entries);
  fs.writeFileSync(zipPath, zipped);
  return { files: ordered.length, bytes: zipped.length };
}
