// The narration: the French text spoken by espeak-ng, and the WAV files it writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { PRONUNCIATIONS, SILENCE_THRESHOLD } from './settings.mjs';
import { fail } from './helpers.mjs';
import { spokenFrench } from './spoken-french.ts';

/** What espeak-ng is given: numbers in words, and names respelled the way the French voice says them. */
export function speechText(text) {
  let out = spokenFrench(text);
  for (const [word, spoken] of Object.entries(PRONUNCIATIONS)) {
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}-])`, 'gu'), spoken);
  }
  return out;
}

/** Reads a 16-bit PCM mono WAV; returns the sample rate and its samples, leading and trailing silence trimmed. */
export function readSpeechWav(file) {
  const buf = readFileSync(file);
  if (buf.toString('latin1', 0, 4) !== 'RIFF' || buf.toString('latin1', 8, 12) !== 'WAVE') fail(`${file}: not a WAV file`);
  let pos = 12;
  let fmt = null;
  let data = null;
  while (pos + 8 <= buf.length) {
    const id = buf.toString('latin1', pos, pos + 4);
    let size = buf.readUInt32LE(pos + 4);
    if (pos + 8 + size > buf.length) size = buf.length - pos - 8; // a streaming header's bogus size
    if (id === 'fmt ') fmt = { channels: buf.readUInt16LE(pos + 10), rate: buf.readUInt32LE(pos + 12), bits: buf.readUInt16LE(pos + 22) };
    if (id === 'data') data = buf.subarray(pos + 8, pos + 8 + size);
    pos += 8 + size + (size % 2);
  }
  if (!fmt || !data) fail(`${file}: no fmt or data chunk`);
  if (fmt.channels !== 1 || fmt.bits !== 16) fail(`${file}: expected 16-bit mono, got ${fmt.channels} ch ${fmt.bits} bit`);
  const samples = new Int16Array(data.buffer.slice(data.byteOffset, data.byteOffset + (data.length & ~1)));
  let first = 0;
  let last = samples.length - 1;
  while (first < samples.length && Math.abs(samples[first]) < SILENCE_THRESHOLD) first++;
  while (last > first && Math.abs(samples[last]) < SILENCE_THRESHOLD) last--;
  return { rate: fmt.rate, samples: samples.slice(first, last + 1) };
}

export function writeWav(file, rate, chunks, totalSamples) {
  const header = Buffer.alloc(44);
  const dataBytes = totalSamples * 2;
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVE', 8, 'latin1');
  header.write('fmt ', 12, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(dataBytes, 40);
  writeFileSync(file, Buffer.concat([header, ...chunks.map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength))]));
}
