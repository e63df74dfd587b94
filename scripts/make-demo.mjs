#!/usr/bin/env node
// Generates the demo episodes from their scripts in scripts/episodes/<id>.json:
//   public/media/<id>.webm, public/media/<id>.mp4      title cards + French narration (espeak-ng)
//   chapters/<id>.fr.vtt, chapters/<id>.en.vtt          one chapter cue per chapter
//   chapters/<id>.context.vtt                           card / warning / person metadata cues
//   subtitles/<id>.fr.vtt, subtitles/<id>.en.vtt        the narration and its translation
//
// Usage: node scripts/make-demo.mjs [episode-id | path/to/episode.json …]   (default: every script)
// Needs ffmpeg, ffprobe, espeak-ng and fonts-dejavu-core. No npm dependencies.
//
// All times are integer milliseconds. Every segment is a multiple of 200 ms (5 frames at 25 fps,
// 4410 samples at 22 050 Hz), so cuts fall exactly on frames and samples.

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EPISODES_DIR = join(ROOT, 'scripts', 'episodes');
const MEDIA_DIR = join(ROOT, 'public', 'media');
const CHAPTERS_DIR = join(ROOT, 'chapters');
const SUBTITLES_DIR = join(ROOT, 'subtitles');
const PEOPLE_FILE = join(ROOT, 'public', 'people.json');

// ---------------------------------------------------------------------------------------------
// Settings

const FPS = 25;
const STEP_MS = 200; // segment lengths are rounded up to this (5 frames)
const MIN_SEGMENT_MS = 4000;
const LEAD_MS = 300; // silence before the speech of each segment
const SILENCE_MS = 1200; // total silence added to the speech (lead + tail), before rounding
const SILENCE_THRESHOLD = 160; // |sample| below this counts as silence when trimming espeak's output
const MAX_MEDIA_BYTES = 5 * 1024 * 1024;
const MIN_TOTAL_MS = 6 * 60 * 1000;
const MAX_TOTAL_MS = 12 * 60 * 1000;
const TOLERANCE_S = 0.1;
const THREADS = '2';

const ESPEAK = ['-v', 'fr', '-s', '160'];

// Speech-only respellings, for names espeak-ng's French voice reads badly. Subtitles keep the
// original spelling. Keys are whole words (case-sensitive).
const PRONUNCIATIONS = {
  Peleliu: 'Pélélïou',
  Tuskegee: 'Teuskiguie',
  Railsplitters: 'Réïlsplitteurs',
  'Aspres-sur-Buëch': 'Aspres-sur-Bu-èch',
  Butler: 'Beutleur',
  Enid: 'Énid',
};

const W = 640;
const H = 360;
const MARGIN_X = 48; // safe margin left and right
const TEXT_W = W - 2 * MARGIN_X;
const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const FONT = { regular: join(FONT_DIR, 'DejaVuSans.ttf'), bold: join(FONT_DIR, 'DejaVuSans-Bold.ttf') };
const DISCLAIMER = "démo — images d'archives non incluses";

const COLORS = {
  text: '0xEEE8DA',
  muted: '0xB9B3A4',
  accent: '0xE2C47E',
  band: '0x000000@0.45',
  rule: '0xE2C47E@0.55',
};
// A calm, dark background per chapter (cycled).
const CHAPTER_BACKGROUNDS = ['0x1C2A3A', '0x1E3330', '0x2E2438', '0x2F2C1F', '0x23303D', '0x372428', '0x1F2D24', '0x2A2A35'];

const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

// ---------------------------------------------------------------------------------------------
// Small helpers

function fail(message) {
  throw new Error(message);
}

function run(command, args, { input } = {}) {
  const result = spawnSync(command, args, { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) fail(`${command}: ${result.error.message}`);
  if (result.status !== 0) fail(`${command} ${args.join(' ')}\nexited with ${result.status}\n${result.stderr}`);
  return result.stdout;
}

function ffmpeg(args) {
  return run('ffmpeg', ['-hide_banner', '-nostdin', '-loglevel', 'error', '-y', ...args]);
}

/** HH:MM:SS.mmm from integer milliseconds. */
function timestamp(ms) {
  if (!Number.isInteger(ms) || ms < 0) fail(`bad time ${ms}`);
  const pad = (n, width = 2) => String(n).padStart(width, '0');
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

function seconds(ms) {
  return (ms / 1000).toFixed(3);
}

function minutesAndSeconds(ms) {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

function megabytes(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/** Plain cue text: `&` and `<` escaped, and never a `-->`. */
function cueText(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/-->/g, '--&gt;');
}

/** A metadata payload: one line of JSON, never containing `-->` or a line break. */
function jsonPayload(value) {
  return JSON.stringify(value).replace(/-->/g, '--\\u003e').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

// ---------------------------------------------------------------------------------------------
// Font metrics (TrueType cmap + hmtx), to wrap lines at their real rendered width

function loadFont(file) {
  const buf = readFileSync(file);
  const tables = {};
  const numTables = buf.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    tables[buf.toString('latin1', rec, rec + 4)] = buf.readUInt32BE(rec + 8);
  }
  const unitsPerEm = buf.readUInt16BE(tables.head + 18);
  const numberOfHMetrics = buf.readUInt16BE(tables.hhea + 34);
  const advances = [];
  for (let i = 0; i < numberOfHMetrics; i++) advances.push(buf.readUInt16BE(tables.hmtx + 4 * i));

  // cmap: prefer format 12 (full Unicode), else format 4 (BMP)
  const cmap = tables.cmap;
  const subtables = [];
  for (let i = 0; i < buf.readUInt16BE(cmap + 2); i++) {
    const rec = cmap + 4 + 8 * i;
    const offset = cmap + buf.readUInt32BE(rec + 4);
    subtables.push({ platform: buf.readUInt16BE(rec), encoding: buf.readUInt16BE(rec + 2), offset, format: buf.readUInt16BE(offset) });
  }
  const f12 = subtables.find((t) => t.format === 12 && (t.platform === 3 || t.platform === 0));
  const f4 = subtables.find((t) => t.format === 4 && (t.platform === 3 || t.platform === 0));
  let glyphOf;
  if (f12) {
    const groups = [];
    const n = buf.readUInt32BE(f12.offset + 12);
    for (let i = 0; i < n; i++) {
      const g = f12.offset + 16 + 12 * i;
      groups.push([buf.readUInt32BE(g), buf.readUInt32BE(g + 4), buf.readUInt32BE(g + 8)]);
    }
    glyphOf = (cp) => {
      for (const [start, end, glyph] of groups) if (cp >= start && cp <= end) return glyph + cp - start;
      return 0;
    };
  } else if (f4) {
    const o = f4.offset;
    const segCount = buf.readUInt16BE(o + 6) / 2;
    const ends = o + 14;
    const starts = ends + 2 * segCount + 2;
    const deltas = starts + 2 * segCount;
    const rangeOffsets = deltas + 2 * segCount;
    glyphOf = (cp) => {
      if (cp > 0xffff) return 0;
      for (let i = 0; i < segCount; i++) {
        if (cp > buf.readUInt16BE(ends + 2 * i)) continue;
        const start = buf.readUInt16BE(starts + 2 * i);
        if (cp < start) return 0;
        const delta = buf.readInt16BE(deltas + 2 * i);
        const ro = buf.readUInt16BE(rangeOffsets + 2 * i);
        if (ro === 0) return (cp + delta) & 0xffff;
        const g = buf.readUInt16BE(rangeOffsets + 2 * i + ro + 2 * (cp - start));
        return g === 0 ? 0 : (g + delta) & 0xffff;
      }
      return 0;
    };
  } else {
    fail(`${file}: no usable cmap`);
  }
  const cache = new Map();
  const advanceOf = (cp) => {
    if (!cache.has(cp)) {
      const glyph = glyphOf(cp);
      cache.set(cp, advances[Math.min(glyph, advances.length - 1)]);
    }
    return cache.get(cp);
  };
  return {
    /** Rendered width in pixels, rounded up per glyph and with a small safety factor. */
    width(text, size) {
      let total = 0;
      for (const ch of text) total += Math.ceil((advanceOf(ch.codePointAt(0)) * size) / unitsPerEm);
      return total * 1.02;
    },
  };
}

const METRICS = { regular: loadFont(FONT.regular), bold: loadFont(FONT.bold) };

/**
 * Re-wraps greedy lines into the same number of lines with the narrowest widest line, so that a
 * title reads "Rockie Blunt vers / la ligne Siegfried" rather than leaving one word alone.
 */
function balance(items, lineCount, measure, separator) {
  const n = items.length;
  if (lineCount <= 1 || n <= lineCount) return null;
  // best[k][j]: smallest widest line laying out items[0..j) in k lines
  const best = Array.from({ length: lineCount + 1 }, () => new Array(n + 1).fill(null));
  best[0][0] = { widest: 0, lines: [] };
  for (let k = 1; k <= lineCount; k++) {
    for (let j = 1; j <= n; j++) {
      for (let i = k - 1; i < j; i++) {
        const prev = best[k - 1][i];
        if (!prev) continue;
        const line = items.slice(i, j).join(separator);
        const widest = Math.max(prev.widest, measure(line));
        if (!best[k][j] || widest < best[k][j].widest) best[k][j] = { widest, lines: [...prev.lines, line] };
      }
    }
  }
  return best[lineCount][n]?.lines ?? null;
}

/**
 * Wraps `items` (words, or place names joined by " · ") into at most maxLines of maxWidth, at the
 * largest size that fits, with balanced lines. If even the smallest size does not fit, the last
 * line ends in "…".
 */
function fitText(text, font, sizes, maxLines, maxWidth = TEXT_W, separator = ' ') {
  const items = Array.isArray(text) ? text : text.split(/\s+/).filter(Boolean);
  const lay = (size) => {
    const measure = (line) => METRICS[font].width(line, size);
    const lines = [];
    let line = '';
    for (const item of items) {
      const candidate = line ? `${line}${separator}${item}` : item;
      if (!line || measure(candidate) <= maxWidth) line = candidate;
      else {
        lines.push(line);
        line = item;
      }
    }
    if (line) lines.push(line);
    const balanced = lines.length <= maxLines ? balance(items, lines.length, measure, separator) : null;
    return balanced && balanced.every((l) => measure(l) <= maxWidth) ? balanced : lines;
  };
  for (const size of sizes) {
    const lines = lay(size);
    if (lines.length <= maxLines && lines.every((l) => METRICS[font].width(l, size) <= maxWidth)) return { lines, size };
  }
  const size = sizes[sizes.length - 1];
  const lines = lay(size).slice(0, maxLines);
  let last = lines[lines.length - 1];
  while (last.includes(' ') && METRICS[font].width(`${last} …`, size) > maxWidth) last = last.split(' ').slice(0, -1).join(' ');
  lines[lines.length - 1] = `${last} …`;
  return { lines, size, truncated: true };
}

// ---------------------------------------------------------------------------------------------
// Dates in French long form

function parseIsoDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) fail(`bad date "${iso}"`);
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

function lastDayOfMonth(y, m) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function frenchDay(d) {
  return d === 1 ? '1er' : String(d);
}

function frenchDate(value) {
  const [from, to] = value.split('/').map(parseIsoDate);
  if (!to) return `${frenchDay(from.d)} ${FR_MONTHS[from.m - 1]} ${from.y}`;
  // Whole months: "septembre 1944", "juin – août 1944"
  if (from.d === 1 && to.d === lastDayOfMonth(to.y, to.m)) {
    if (from.y === to.y && from.m === to.m) return `${FR_MONTHS[from.m - 1]} ${from.y}`;
    if (from.y === to.y) return `${FR_MONTHS[from.m - 1]} – ${FR_MONTHS[to.m - 1]} ${to.y}`;
    return `${FR_MONTHS[from.m - 1]} ${from.y} – ${FR_MONTHS[to.m - 1]} ${to.y}`;
  }
  if (from.y !== to.y) return `${frenchDay(from.d)} ${FR_MONTHS[from.m - 1]} ${from.y} – ${frenchDay(to.d)} ${FR_MONTHS[to.m - 1]} ${to.y}`;
  if (from.m !== to.m) return `${frenchDay(from.d)} ${FR_MONTHS[from.m - 1]} – ${frenchDay(to.d)} ${FR_MONTHS[to.m - 1]} ${to.y}`;
  return `${frenchDay(from.d)} – ${frenchDay(to.d)} ${FR_MONTHS[to.m - 1]} ${to.y}`;
}

// ---------------------------------------------------------------------------------------------
// Input checks (problems in the episode scripts are reported, not fixed)

const ID = /^[a-z0-9-]+$/;
const WARNING_CATEGORIES = new Set(['combat', 'death', 'corpses', 'executions', 'massacre', 'injury', 'suicide', 'distress']);
const THEATRES = new Set(['france', 'europe', 'pacific']);

function checkEpisode(episode, file) {
  const errors = [];
  const notes = [];
  const localized = (value, where) => {
    if (typeof value === 'string' && value.trim()) return;
    if (!value || typeof value.fr !== 'string' || typeof value.en !== 'string' || !value.fr.trim() || !value.en.trim()) errors.push(`${where}: needs {"fr", "en"}`);
  };
  let people = null;
  try {
    people = new Set(JSON.parse(readFileSync(PEOPLE_FILE, 'utf8')).people.map((p) => p.id));
  } catch {
    notes.push(`could not read ${relative(ROOT, PEOPLE_FILE)}: person ids not checked`);
  }
  const checkPeople = (list, where) => {
    if (list === undefined) return;
    if (!Array.isArray(list)) return errors.push(`${where}: people must be a list`);
    for (const id of list) {
      if (typeof id !== 'string' || !ID.test(id)) errors.push(`${where}: bad person id ${JSON.stringify(id)}`);
      else if (people && !people.has(id)) notes.push(`${where}: person "${id}" is not in public/people.json`);
    }
  };
  const ids = { chapter: new Set(), card: new Set(), warning: new Set() };
  const unique = (kind, id, where) => {
    if (typeof id !== 'string' || !ID.test(id)) return errors.push(`${where}: bad ${kind} id ${JSON.stringify(id)}`);
    if (ids[kind].has(id)) errors.push(`${where}: duplicate ${kind} id "${id}"`);
    ids[kind].add(id);
  };
  const checkWarning = (warning, where) => {
    if (warning === undefined) return;
    unique('warning', warning.id, where);
    if (!Array.isArray(warning.categories) || warning.categories.length === 0) errors.push(`${where}: warning needs categories`);
    else for (const c of warning.categories) if (!WARNING_CATEGORIES.has(c)) errors.push(`${where}: unknown warning category "${c}"`);
    localized(warning.text, `${where}.text`);
  };
  const words = (text) => text.trim().split(/\s+/).length;

  if (typeof episode.id !== 'string' || !ID.test(episode.id)) errors.push('id must match [a-z0-9-]+');
  else if (basename(file, '.json') !== episode.id) notes.push(`id "${episode.id}" differs from the file name ${basename(file)}`);
  if (!Number.isInteger(episode.number)) errors.push('number must be an integer');
  localized(episode.title, 'title');
  if (!Array.isArray(episode.chapters) || episode.chapters.length === 0) errors.push('needs chapters');
  for (const [ci, chapter] of (episode.chapters ?? []).entries()) {
    const cw = `chapters[${ci}] (${chapter.id})`;
    unique('chapter', chapter.id, cw);
    localized(chapter.title, `${cw}.title`);
    localized(chapter.intro, `${cw}.intro`);
    checkPeople(chapter.people, cw);
    checkWarning(chapter.warning, `${cw}.warning`);
    if (!Array.isArray(chapter.segments)) errors.push(`${cw}: needs segments`);
    for (const [si, segment] of (chapter.segments ?? []).entries()) {
      const card = segment.card;
      const sw = `${cw}.segments[${si}]`;
      if (!card) {
        errors.push(`${sw}: needs a card`);
        continue;
      }
      const where = `${sw} (card ${card.id})`;
      unique('card', card.id, where);
      localized(card.title, `${where}.title`);
      localized(card.text, `${where}.text`);
      if (card.dateNote !== undefined) localized(card.dateNote, `${where}.dateNote`);
      try {
        const parts = String(card.date).split('/');
        if (parts.length > 2) fail('');
        const [a, b] = parts.map((p) => {
          const d = parseIsoDate(p);
          if (d.m < 1 || d.m > 12 || d.d < 1 || d.d > lastDayOfMonth(d.y, d.m)) fail('');
          return Date.UTC(d.y, d.m - 1, d.d);
        });
        if (b !== undefined && b < a) notes.push(`${where}: date range ${card.date} ends before it starts`);
      } catch {
        errors.push(`${where}: bad date ${JSON.stringify(card.date)}`);
      }
      if (!Array.isArray(card.places) || card.places.length === 0) errors.push(`${where}: needs places`);
      else
        for (const p of card.places) {
          if (!p || (typeof p.name !== 'string' && typeof p.name?.fr !== 'string')) errors.push(`${where}: a place needs a name`);
          if (typeof p?.lat !== 'number' || p.lat < -90 || p.lat > 90 || typeof p?.lon !== 'number' || p.lon < -180 || p.lon > 180)
            errors.push(`${where}: place ${JSON.stringify(p?.name)} has bad coordinates`);
        }
      if (card.theatre !== undefined && !THEATRES.has(card.theatre)) errors.push(`${where}: unknown theatre "${card.theatre}"`);
      if (!Array.isArray(card.sources) || card.sources.length === 0) errors.push(`${where}: needs sources`);
      else for (const s of card.sources) if (!/^https?:\/\/\S+$/.test(s)) errors.push(`${where}: bad source URL ${JSON.stringify(s)}`);
      checkPeople(card.people, `${where}.people`);
      checkPeople(segment.people, `${sw}.people`);
      checkWarning(segment.warning, `${sw}.warning`);
      if (card.text?.fr && card.text?.en) {
        const [fr, en] = [words(card.text.fr), words(card.text.en)];
        if (fr < 25 || fr > 60 || en < 25 || en > 60) notes.push(`${where}: text has ${fr} words (fr) / ${en} (en), outside 25–60`);
      }
      const known = new Set(['id', 'title', 'date', 'dateNote', 'places', 'theatre', 'text', 'sources', 'people', 'unverified']);
      for (const key of Object.keys(card)) if (!known.has(key)) errors.push(`${where}: unknown card field "${key}"`);
    }
  }
  for (const id of ids.card) if (ids.warning.has(id)) notes.push(`id "${id}" is used by both a card and a warning`);
  return { errors, notes };
}

// ---------------------------------------------------------------------------------------------
// Speech

function speechText(text) {
  let out = text;
  for (const [word, spoken] of Object.entries(PRONUNCIATIONS)) {
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}-])`, 'gu'), spoken);
  }
  return out;
}

/** Reads a 16-bit PCM mono WAV; returns the sample rate and its samples, leading and trailing silence trimmed. */
function readSpeechWav(file) {
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

function writeWav(file, rate, chunks, totalSamples) {
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

// ---------------------------------------------------------------------------------------------
// Subtitles: sentences, then pieces of ≤ 2 lines of ≤ 45 characters

const MAX_LINE = 45;
const MAX_CUE = 90;

/** Splits on . ! ? … followed by a space, but not after an initial such as "Samuel B. Roberts". */
function sentences(text) {
  const out = [];
  let start = 0;
  const re = /[.!?…]+["»”)]*\s+/g;
  let m;
  while ((m = re.exec(text))) {
    const before = text.slice(start, m.index + 1);
    if (/(^|[\s(«"])\p{Lu}\.$/u.test(before)) continue; // a single capital letter: an initial
    out.push(text.slice(start, m.index + m[0].length).trim());
    start = m.index + m[0].length;
  }
  if (start < text.length && text.slice(start).trim()) out.push(text.slice(start).trim());
  return out;
}

const SHORT_WORDS = new Set(['a', 'à', 'au', 'aux', 'and', 'de', 'des', 'du', 'd', 'en', 'et', 'in', 'la', 'le', 'les', 'l', 'of', 'on', 'the', 'to', 'un', 'une', 'sa', 'son', 'ses', 'sur', 'par', 'his', 'her', 'its']);

const MONTH_WORD = new RegExp(`^(${[...FR_MONTHS, 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].join('|')})([^\\p{L}]|$)`, 'iu');

/** How bad it is to break between `left` and `right` (lower is better; negative after punctuation). */
function breakPenalty(left, right) {
  let penalty = 0;
  if (/[,;:]$/.test(left)) penalty -= 8;
  // keep "6 juin 1944", "le 19 juillet", "99 otages" together
  const lastWord = left.slice(left.lastIndexOf(' ') + 1);
  if (/^\d/.test(right)) penalty += 10 + (MONTH_WORD.test(lastWord) ? 25 : 0);
  if (/\d$/.test(left)) penalty += 10 + (MONTH_WORD.test(right) ? 25 : 0);
  if (/^\p{Lu}/u.test(right)) penalty += 5; // keep names together ("Jack Yusen", "général Brosset")
  const last = left.split(/[\s']/).pop().toLowerCase();
  if (SHORT_WORDS.has(last)) penalty += 5; // do not end on "de", "la", "the"…
  return penalty;
}

/** The piece as ≤ 2 lines of ≤ 45 characters with the score of its line break, or null if it cannot be. */
function layoutLines(piece) {
  if (piece.length <= MAX_LINE) return { lines: [piece], score: 0 };
  if (piece.length > MAX_CUE + 1) return null;
  let best = null;
  for (let i = piece.indexOf(' '); i !== -1; i = piece.indexOf(' ', i + 1)) {
    const a = piece.slice(0, i);
    const b = piece.slice(i + 1);
    if (a.length > MAX_LINE || b.length > MAX_LINE) continue;
    const score = Math.abs(a.length - b.length) + breakPenalty(a, b);
    if (!best || score < best.score) best = { score, lines: [a, b] };
  }
  return best;
}

function twoLines(piece) {
  return layoutLines(piece)?.lines ?? null;
}

/**
 * Splits a sentence into cue pieces that each fit in two lines, choosing among all word
 * boundaries (dynamic programming): few pieces, cut after a comma, semicolon or colon where
 * possible, and no very short pieces.
 */
function pieces(sentence) {
  const words = sentence.replace(/\s+/g, ' ').trim().split(' ');
  const n = words.length;
  const best = new Array(n + 1).fill(null);
  best[0] = { cost: 0, cuts: [] };
  for (let j = 1; j <= n; j++) {
    for (let i = 0; i < j; i++) {
      if (!best[i]) continue;
      const piece = words.slice(i, j).join(' ');
      if (piece.length > MAX_CUE + 1) continue;
      const layout = layoutLines(piece);
      if (!layout) continue;
      let cost = best[i].cost + 10 + Math.max(0, layout.score - 15) / 2; // only an awkward line break counts
      if (j < n) cost += 12 + breakPenalty(piece, words[j]);
      if (piece.length < 30) cost += 30 - piece.length;
      if (!best[j] || cost < best[j].cost) best[j] = { cost, cuts: [...best[i].cuts, piece] };
    }
  }
  if (!best[n]) fail(`cannot split "${sentence}" into cues`);
  return best[n].cuts;
}

/** Cues over [startMs, endMs], each piece timed in proportion to its length. */
function subtitleCues(text, startMs, endMs) {
  const all = sentences(text).flatMap(pieces);
  const total = all.reduce((sum, p) => sum + p.length, 0);
  const cues = [];
  let done = 0;
  let t = startMs;
  for (const p of all) {
    done += p.length;
    const end = startMs + Math.round(((endMs - startMs) * done) / total);
    if (end <= t) fail(`subtitle piece "${p}" gets no time`);
    cues.push({ start: t, end, lines: twoLines(p) });
    t = end;
  }
  return cues;
}

// ---------------------------------------------------------------------------------------------
// Title cards

function drawtextFilter(dir, name, { text, font, size, color, baseline, x }) {
  const file = join(dir, `${name}.txt`);
  writeFileSync(file, text); // no trailing newline: drawtext would draw it
  const xExpr = x === undefined ? '(w-text_w)/2' : String(x);
  return `drawtext=fontfile=${FONT[font]}:textfile=${file}:expansion=none:fontsize=${size}:fontcolor=${color}:x=${xExpr}:y=${baseline}-ascent`;
}

function renderCard(file, textDir, background, blocks) {
  const filters = [`drawbox=x=0:y=${H - 46}:w=${W}:h=46:color=${COLORS.band}:t=fill`, `drawbox=x=${MARGIN_X}:y=50:w=${TEXT_W}:h=1:color=${COLORS.rule}:t=fill`];
  const lines = [];
  // header (top) and disclaimer (bottom band)
  lines.push({ ...blocks.header, baseline: 36 });
  lines.push({ text: DISCLAIMER, font: 'bold', size: 17, color: COLORS.text, baseline: H - 17 });
  // body, centred vertically between the rule (y=50) and the band (y=314)
  const top = 62;
  const bottom = H - 58;
  const height = blocks.body.reduce((sum, b) => sum + (b.gapBefore ?? 0) + b.lines.length * b.lineHeight, 0);
  if (height > bottom - top) fail(`card ${basename(file)}: body does not fit (${height}px)`);
  let y = top + Math.floor((bottom - top - height) / 2);
  for (const block of blocks.body) {
    y += block.gapBefore ?? 0;
    for (const text of block.lines) {
      // baseline ≈ 0.78 of the line box for DejaVu Sans
      lines.push({ text, font: block.font, size: block.size, color: block.color, baseline: y + Math.round(block.lineHeight * 0.78) });
      y += block.lineHeight;
    }
  }
  for (const [i, line] of lines.entries()) {
    if (METRICS[line.font].width(line.text, line.size) > TEXT_W) fail(`card ${basename(file)}: "${line.text}" is too wide`);
    filters.push(drawtextFilter(textDir, `${basename(file, '.png')}-${i}`, line));
  }
  ffmpeg(['-f', 'lavfi', '-i', `color=c=${background}:s=${W}x${H}:r=1:d=1`, '-vf', filters.join(','), '-frames:v', '1', '-update', '1', file]);
}

function oneLine(text, font, size) {
  return fitText(text, font, [size, size - 1, size - 2, size - 3], 1).lines[0];
}

function introCard(episode, chapter, chapterIndex) {
  const header = `Épisode ${episode.number} — ${episode.title.fr}`;
  const title = fitText(chapter.title.fr, 'bold', [40, 36, 32, 28], 3);
  return {
    header: { text: oneLine(header, 'regular', 17), font: 'regular', size: 17, color: COLORS.muted },
    body: [
      { lines: [`Chapitre ${chapterIndex + 1} sur ${episode.chapters.length}`], font: 'regular', size: 18, lineHeight: 26, color: COLORS.accent },
      { lines: title.lines, font: 'bold', size: title.size, lineHeight: Math.round(title.size * 1.25), color: COLORS.text, gapBefore: 10 },
    ],
  };
}

function segmentCard(chapter, card) {
  const places = card.places.map((p) => (typeof p.name === 'string' ? p.name : p.name.fr));
  const placeText = fitText(places, 'regular', [18, 17, 16], 3, TEXT_W, ' · ');
  for (const size of [32, 30, 28, 26, 24, 22]) {
    const title = fitText(card.title.fr, 'bold', [size], 3);
    const body = [
      { lines: title.lines, font: 'bold', size: title.size, lineHeight: Math.round(title.size * 1.22), color: COLORS.text },
      { lines: [frenchDate(card.date)], font: 'regular', size: 22, lineHeight: 30, color: COLORS.accent, gapBefore: 14 },
      { lines: placeText.lines, font: 'regular', size: placeText.size, lineHeight: Math.round(placeText.size * 1.35), color: COLORS.muted, gapBefore: 6 },
    ];
    const height = body.reduce((sum, b) => sum + (b.gapBefore ?? 0) + b.lines.length * b.lineHeight, 0);
    if (!title.truncated && height <= H - 58 - 62) {
      return { header: { text: oneLine(chapter.title.fr, 'regular', 17), font: 'regular', size: 17, color: COLORS.muted }, body };
    }
  }
  fail(`card "${card.id}": title too long for the title card`);
}

// ---------------------------------------------------------------------------------------------
// WebVTT files

function vttFile(episodeId, blocks) {
  return ['WEBVTT', '', `NOTE Generated by scripts/make-demo.mjs from scripts/episodes/${episodeId}.json: do not edit by hand.`, '', ...blocks.map((b) => `${b}\n`)].join('\n');
}

function cueBlock({ id, start, end, text }) {
  if (!(end > start)) fail(`cue ${id ?? ''} ends at ${end}, not after ${start}`);
  if (/\n\s*\n/.test(text) || text.includes('-->')) fail(`cue ${id ?? ''}: text has a blank line or "-->"`);
  return `${id ? `${id}\n` : ''}${timestamp(start)} --> ${timestamp(end)}\n${text}`;
}

function contextCues(episode, timeline) {
  const cues = [];
  const personSpans = new Map();
  const addPerson = (id, start, end) => {
    if (!personSpans.has(id)) personSpans.set(id, []);
    personSpans.get(id).push({ start, end });
  };
  for (const ch of timeline.chapters) {
    const chapter = ch.chapter;
    if (chapter.warning) cues.push({ id: chapter.warning.id, start: ch.start, end: ch.end, payload: { type: 'warning', ...chapter.warning } });
    for (const id of chapter.people ?? []) addPerson(id, ch.start, ch.end);
  }
  for (const seg of timeline.segments) {
    if (!seg.segment) continue;
    const { card, warning, people } = seg.segment;
    cues.push({ id: card.id, start: seg.start, end: seg.end, payload: { type: 'card', ...card } });
    if (warning) cues.push({ id: warning.id, start: seg.start, end: seg.end, payload: { type: 'warning', ...warning } });
    for (const id of people ?? []) addPerson(id, seg.start, seg.end);
  }
  for (const [id, spans] of [...personSpans].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    spans.sort((a, b) => a.start - b.start || a.end - b.end);
    const merged = [];
    for (const span of spans) {
      const last = merged[merged.length - 1];
      if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
      else merged.push({ ...span });
    }
    merged.forEach((span, i) => cues.push({ id: merged.length === 1 ? `person-${id}` : `person-${id}-${i + 1}`, ...span, payload: { type: 'person', id } }));
  }
  const order = { warning: 0, card: 1, person: 2 };
  cues.sort((a, b) => a.start - b.start || b.end - a.end || order[a.payload.type] - order[b.payload.type] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const seen = new Set();
  for (const cue of cues) {
    if (seen.has(cue.id)) fail(`context cue identifier "${cue.id}" is used twice`);
    seen.add(cue.id);
  }
  return cues;
}

// ---------------------------------------------------------------------------------------------
// Probing the result

function probe(file) {
  const out = JSON.parse(run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration:stream=codec_type,codec_name,duration,r_frame_rate:stream_tags=DURATION', '-of', 'json', file]));
  const tagSeconds = (tag) => {
    const m = /^(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(tag ?? '');
    return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : NaN;
  };
  const stream = (type) => {
    const s = out.streams.find((x) => x.codec_type === type);
    if (!s) fail(`${file}: no ${type} stream`);
    const d = s.duration !== undefined ? Number(s.duration) : tagSeconds(s.tags?.DURATION);
    return { codec: s.codec_name, duration: d, rate: s.r_frame_rate };
  };
  return { format: Number(out.format.duration), video: stream('video'), audio: stream('audio') };
}

// ---------------------------------------------------------------------------------------------
// One episode

function buildTimeline(episode, work) {
  const segments = [];
  for (const [ci, chapter] of episode.chapters.entries()) {
    segments.push({ chapterIndex: ci, chapter, segment: null, narration: chapter.intro });
    for (const segment of chapter.segments) segments.push({ chapterIndex: ci, chapter, segment, narration: segment.card.text });
  }
  let t = 0;
  let rate = null;
  const audio = [];
  for (const [i, seg] of segments.entries()) {
    const wav = join(work, `speech-${String(i).padStart(3, '0')}.wav`);
    run('espeak-ng', [...ESPEAK, '-w', wav, speechText(seg.narration.fr)]);
    const speech = readSpeechWav(wav);
    rmSync(wav);
    if (rate === null) rate = speech.rate;
    if (speech.rate !== rate || (rate * STEP_MS) % 1000 !== 0 || (rate * LEAD_MS) % 1000 !== 0) fail(`unexpected sample rate ${speech.rate}`);
    const speechMs = Math.ceil((speech.samples.length * 1000) / rate);
    const duration = Math.max(MIN_SEGMENT_MS, Math.ceil((speechMs + SILENCE_MS) / STEP_MS) * STEP_MS);
    const samples = new Int16Array((duration * rate) / 1000); // zeros: silence
    samples.set(speech.samples, (LEAD_MS * rate) / 1000);
    audio.push(samples);
    Object.assign(seg, { index: i, start: t, end: t + duration, speechStart: t + LEAD_MS, speechEnd: t + LEAD_MS + speechMs });
    t += duration;
  }
  const chapters = episode.chapters.map((chapter, ci) => {
    const own = segments.filter((s) => s.chapterIndex === ci);
    return { chapter, start: own[0].start, end: own[own.length - 1].end };
  });
  return { segments, chapters, total: t, rate, audio };
}

function makeEpisode(file) {
  const started = Date.now();
  const episode = JSON.parse(readFileSync(file, 'utf8'));
  const { errors, notes } = checkEpisode(episode, file);
  for (const note of notes) console.warn(`  note: ${relative(ROOT, file)}: ${note}`);
  if (errors.length) fail(`${relative(ROOT, file)}:\n  ${errors.join('\n  ')}`);
  const id = episode.id;
  console.log(`\n${id} — ${episode.title.fr} (${relative(ROOT, file)})`);

  const work = mkdtempSync(join(tmpdir(), `make-demo-${id}-`));
  try {
    // 1. narration and timeline
    const timeline = buildTimeline(episode, work);
    const { segments, total } = timeline;
    if (total < MIN_TOTAL_MS || total > MAX_TOTAL_MS) fail(`${id}: total ${minutesAndSeconds(total)} is outside 6–12 minutes`);
    const wavFile = join(work, 'narration.wav');
    writeWav(wavFile, timeline.rate, timeline.audio, (total * timeline.rate) / 1000);
    console.log(`  narration: ${segments.length} segments, ${minutesAndSeconds(total)} (${seconds(total)} s)`);

    // 2. title cards
    const textDir = join(work, 'text');
    mkdirSync(textDir);
    const list = ['ffconcat version 1.0'];
    for (const seg of segments) {
      const png = join(work, `card-${String(seg.index).padStart(3, '0')}.png`);
      const background = CHAPTER_BACKGROUNDS[seg.chapterIndex % CHAPTER_BACKGROUNDS.length];
      const layout = seg.segment ? segmentCard(seg.chapter, seg.segment.card) : introCard(episode, seg.chapter, seg.chapterIndex);
      renderCard(png, textDir, background, layout);
      list.push(`file '${png}'`, `duration ${seconds(seg.end - seg.start)}`);
    }
    // the concat demuxer ignores the last duration unless the last file is repeated
    list.push(`file '${join(work, `card-${String(segments.length - 1).padStart(3, '0')}.png`)}'`);
    const listFile = join(work, 'cards.ffconcat');
    writeFileSync(listFile, `${list.join('\n')}\n`);
    console.log(`  title cards: ${segments.length} PNG ${W}x${H}`);

    // 3. media
    const inputs = ['-f', 'concat', '-safe', '0', '-i', listFile, '-i', wavFile, '-map', '0:v:0', '-map', '1:a:0', '-vf', `fps=${FPS},format=yuv420p`, '-t', seconds(total), '-map_metadata', '-1', '-threads', THREADS];
    const webm = join(work, `${id}.webm`);
    const mp4 = join(work, `${id}.mp4`);
    ffmpeg([...inputs, '-c:v', 'libvpx-vp9', '-crf', '40', '-b:v', '0', '-g', String(FPS * 5), '-deadline', 'good', '-cpu-used', '4', '-row-mt', '1', '-fflags', '+bitexact', '-c:a', 'libopus', '-b:a', '24k', '-ac', '1', '-ar', '48000', webm]);
    ffmpeg([...inputs, '-c:v', 'libx264', '-crf', '28', '-preset', 'veryfast', '-pix_fmt', 'yuv420p', '-g', String(FPS * 5), '-c:a', 'aac', '-b:a', '32k', '-ac', '1', '-movflags', '+faststart', mp4]);

    const expected = total / 1000;
    const media = [];
    for (const out of [webm, mp4]) {
      const p = probe(out);
      const size = statSync(out).size;
      const ok = [p.format, p.video.duration, p.audio.duration].every((d) => Math.abs(d - expected) <= TOLERANCE_S);
      console.log(
        `  ${basename(out)}: ${megabytes(size)}; durations: timeline ${expected.toFixed(3)} s, container ${p.format.toFixed(3)} s, video (${p.video.codec} ${p.video.rate}) ${p.video.duration.toFixed(3)} s, audio (${p.audio.codec}) ${p.audio.duration.toFixed(3)} s ${ok ? '✓' : '✗'}`,
      );
      if (!ok) fail(`${basename(out)}: durations differ from the timeline by more than ${TOLERANCE_S} s`);
      if (size > MAX_MEDIA_BYTES) fail(`${basename(out)} is ${megabytes(size)}, over 5 MB`);
      media.push({ out, size });
    }

    // the poster: the episode's first title card
    const poster = join(work, `${id}.jpg`);
    ffmpeg(['-i', join(work, 'card-000.png'), '-q:v', '4', poster]);

    // 4. chapters
    const vtt = {};
    for (const lang of ['fr', 'en']) {
      vtt[join(CHAPTERS_DIR, `${id}.${lang}.vtt`)] = vttFile(
        id,
        timeline.chapters.map((c, i) => cueBlock({ id: c.chapter.id, start: c.start, end: i + 1 < timeline.chapters.length ? timeline.chapters[i + 1].start : total, text: cueText(c.chapter.title[lang]) })),
      );
    }
    // 5. context
    const context = contextCues(episode, timeline);
    vtt[join(CHAPTERS_DIR, `${id}.context.vtt`)] = vttFile(
      id,
      context.map((c) => cueBlock({ id: c.id, start: c.start, end: c.end, text: jsonPayload(c.payload) })),
    );
    // 6. subtitles
    let subtitleCount = 0;
    for (const lang of ['fr', 'en']) {
      const cues = segments.flatMap((seg) => subtitleCues(seg.narration[lang], seg.speechStart, seg.speechEnd));
      for (const [i, cue] of cues.entries()) if (i > 0 && cue.start < cues[i - 1].end) fail('overlapping subtitles');
      subtitleCount += cues.length;
      vtt[join(SUBTITLES_DIR, `${id}.${lang}.vtt`)] = vttFile(id, cues.map((c) => cueBlock({ start: c.start, end: c.end, text: c.lines.map(cueText).join('\n') })));
    }

    // write everything only once all of it has been made
    for (const dir of [MEDIA_DIR, CHAPTERS_DIR, SUBTITLES_DIR]) mkdirSync(dir, { recursive: true });
    for (const out of [...media.map((item) => item.out), poster]) copyFileSync(out, join(MEDIA_DIR, basename(out)));
    for (const [path, text] of Object.entries(vtt)) writeFileSync(path, text);
    console.log(`  written: ${media.map(({ out }) => relative(ROOT, join(MEDIA_DIR, basename(out)))).join(', ')}`);
    console.log(`           ${Object.keys(vtt).map((p) => relative(ROOT, p)).join(', ')}`);
    console.log(`  chapters: ${timeline.chapters.length}; context cues: ${context.length}; subtitle cues: ${subtitleCount} (fr + en)`);
    console.log(`  done in ${Math.round((Date.now() - started) / 1000)} s`);
    return { id, segments: segments.length, total, sizes: media.map(({ out, size }) => [basename(out), size]) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export { frenchDate, sentences, pieces, segmentCard, introCard, renderCard, subtitleCues };

// ---------------------------------------------------------------------------------------------

function episodeFiles(args) {
  if (args.length === 0) {
    return readdirSync(EPISODES_DIR)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => join(EPISODES_DIR, name));
  }
  return args.map((arg) => {
    const file = arg.endsWith('.json') ? resolve(arg) : join(EPISODES_DIR, `${arg}.json`);
    if (!existsSync(file)) fail(`no episode script ${relative(ROOT, file)}`);
    return file;
  });
}

function main() {
  for (const tool of ['ffmpeg', 'ffprobe', 'espeak-ng']) {
    const r = spawnSync(tool, [tool === 'espeak-ng' ? '--version' : '-version'], { encoding: 'utf8' });
    if (r.error || r.status !== 0) fail(`${tool} is needed but was not found`);
  }
  for (const font of Object.values(FONT)) if (!existsSync(font)) fail(`font ${font} not found (apt-get install fonts-dejavu-core)`);
  const results = episodeFiles(process.argv.slice(2)).map(makeEpisode);
  console.log('\nSummary');
  for (const r of results) {
    console.log(`  ${r.id}: ${r.segments} segments, ${minutesAndSeconds(r.total)} (${seconds(r.total)} s), ${r.sizes.map(([n, s]) => `${n} ${megabytes(s)}`).join(', ')}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main();
  } catch (error) {
    console.error(`\nmake-demo: ${error.message}`);
    process.exit(1);
  }
}
