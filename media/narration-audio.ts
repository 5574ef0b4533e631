// Speech and audio plumbing for narration: espeak-ng speaks one sentence to a WAV, the sentences
// are joined with short pauses, lame encodes the clip to a small MP3. Also reads WAV files
// (the narration test decodes MP3s with `lame --decode` and checks them with readWav).
// Needs only `espeak-ng` and `lame` on the PATH (CI installs both; ffmpeg is not used).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface Pcm {
  sampleRate: number;
  channels: number;
  /** 16-bit signed samples, interleaved if channels > 1. */
  samples: Int16Array;
}

/** Parses a PCM WAV file (RIFF, format 1, 16 bit), walking its chunks. Sizes of 0 or
 *  0xFFFFFFFF (written by tools that stream to a pipe) mean "to the end of the file". */
export function readWav(buffer: Buffer): Pcm {
  if (buffer.toString("ascii", 0, 4) !== "RIFF" || buffer.toString("ascii", 8, 12) !== "WAVE") throw new Error("not a RIFF/WAVE file");
  let offset = 12;
  let sampleRate = 0;
  let channels = 0;
  let bits = 0;
  while (offset + 8 <= buffer.length) {
    const id = buffer.toString("ascii", offset, offset + 4);
    let size = buffer.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === "fmt ") {
      const format = buffer.readUInt16LE(body);
      channels = buffer.readUInt16LE(body + 2);
      sampleRate = buffer.readUInt32LE(body + 4);
      bits = buffer.readUInt16LE(body + 14);
      if (format !== 1 && format !== 0xfffe) throw new Error(`WAV format ${format} is not PCM`);
      if (bits !== 16) throw new Error(`WAV has ${bits}-bit samples, expected 16`);
    } else if (id === "data") {
      if (!sampleRate) throw new Error("WAV data before its fmt chunk");
      if (size === 0 || size === 0xffffffff || body + size > buffer.length) size = buffer.length - body;
      const count = Math.floor(size / 2);
      const samples = new Int16Array(count);
      for (let i = 0; i < count; i++) samples[i] = buffer.readInt16LE(body + i * 2);
      return { sampleRate, channels, samples };
    }
    offset = body + size + (size % 2);
  }
  throw new Error("WAV has no data chunk");
}

export function writeWav(pcm: Pcm): Buffer {
  const data = Buffer.alloc(pcm.samples.length * 2);
  for (let i = 0; i < pcm.samples.length; i++) data.writeInt16LE(pcm.samples[i]!, i * 2);
  const header = Buffer.alloc(44);
  header.write("RIFF", 0, "ascii");
  header.writeUInt32LE(36 + data.length, 4);
  header.write("WAVE", 8, "ascii");
  header.write("fmt ", 12, "ascii");
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(pcm.channels, 22);
  header.writeUInt32LE(pcm.sampleRate, 24);
  header.writeUInt32LE(pcm.sampleRate * pcm.channels * 2, 28);
  header.writeUInt16LE(pcm.channels * 2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36, "ascii");
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

export function durationOf(pcm: Pcm): number {
  return pcm.samples.length / pcm.channels / pcm.sampleRate;
}

/** Root mean square of the samples, 0–1 of full scale. */
export function rmsOf(pcm: Pcm): number {
  let sum = 0;
  for (const s of pcm.samples) sum += s * s;
  return pcm.samples.length ? Math.sqrt(sum / pcm.samples.length) / 32768 : 0;
}

/** Decodes an MP3 with `lame --decode` into PCM. */
export function decodeMp3(file: string): Pcm {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "narration-"));
  try {
    const wav = path.join(dir, "out.wav");
    // lame's complaint about a file that is no MP3 goes into the thrown error, not the console.
    execFileSync("lame", ["--quiet", "--decode", file, wav], { stdio: ["ignore", "ignore", "pipe"] });
    return readWav(fs.readFileSync(wav));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface Voice {
  /** espeak-ng voice name, e.g. "vi-vn-x-south". */
  name: string;
  /** Words per minute (espeak's default is 175). */
  rate: number;
}

/** One sentence as PCM from espeak-ng (22 050 Hz mono). Text goes in on stdin, never argv. */
export function speak(text: string, voice: Voice, dir: string): Pcm {
  const wav = path.join(dir, "sentence.wav");
  execFileSync("espeak-ng", ["-v", voice.name, "-s", String(voice.rate), "-w", wav, "--stdin"], { input: text });
  return readWav(fs.readFileSync(wav));
}

/** Leading and trailing near-silence trimmed, so the pauses between sentences are ours. */
export function trimSilence(pcm: Pcm, threshold = 200): Pcm {
  const s = pcm.samples;
  let start = 0;
  let end = s.length;
  while (start < end && Math.abs(s[start]!) < threshold) start++;
  while (end > start && Math.abs(s[end - 1]!) < threshold) end--;
  return { ...pcm, samples: s.slice(start, end) };
}

/** Joins sentences with `pause` seconds of silence before each one (the first one too, so the
 *  clip does not start abruptly); returns the PCM and each sentence's start time. */
export function joinSentences(sentences: Pcm[], pause: number): { pcm: Pcm; starts: number[] } {
  const first = sentences[0];
  if (!first) throw new Error("no sentences to join");
  const gap = Math.round(pause * first.sampleRate);
  const total = sentences.reduce((n, s) => n + gap + s.samples.length, gap);
  const samples = new Int16Array(total);
  const starts: number[] = [];
  let at = 0;
  for (const s of sentences) {
    if (s.sampleRate !== first.sampleRate || s.channels !== 1) throw new Error("sentences differ in format");
    at += gap;
    starts.push(Math.round((at / first.sampleRate) * 100) / 100);
    samples.set(s.samples, at);
    at += s.samples.length;
  }
  return { pcm: { sampleRate: first.sampleRate, channels: 1, samples }, starts };
}

/** Encodes PCM to a small mono MP3 (lame: constant bit rate, resampled). */
export function encodeMp3(pcm: Pcm, out: string, lameArgs: readonly string[]): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "narration-"));
  try {
    const wav = path.join(dir, "clip.wav");
    fs.writeFileSync(wav, writeWav(pcm));
    execFileSync("lame", ["--quiet", ...lameArgs, wav, out]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
