// Font metrics (TrueType cmap + hmtx), to wrap the title cards' lines at their real rendered width.
import { readFileSync } from 'node:fs';
import { FONT, TEXT_W } from './settings.mjs';
import { fail } from './helpers.mjs';

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

export const METRICS = { regular: loadFont(FONT.regular), bold: loadFont(FONT.bold) };

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
export function fitText(text, font, sizes, maxLines, maxWidth = TEXT_W, separator = ' ') {
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
