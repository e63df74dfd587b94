// Subtitles: sentences, then pieces of ≤ 2 lines of ≤ 45 characters.
import { FR_MONTHS } from './settings.mjs';
import { fail } from './helpers.mjs';
import { spokenFrench } from './spoken-french.ts';

const MAX_LINE = 45;
const MAX_CUE = 90;

/** Splits on . ! ? … followed by a space, but not after an initial such as "Samuel B. Roberts". */
export function sentences(text) {
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
export function pieces(sentence) {
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

/** Cues over [startMs, endMs], each piece timed in proportion to its length as spoken ("1944" takes longer to say than to read). */
export function subtitleCues(text, startMs, endMs) {
  const all = sentences(text).flatMap(pieces);
  const spoken = all.map((p) => spokenFrench(p).length);
  const total = spoken.reduce((sum, length) => sum + length, 0);
  const cues = [];
  let done = 0;
  let t = startMs;
  for (const [i, p] of all.entries()) {
    done += spoken[i];
    const end = startMs + Math.round(((endMs - startMs) * done) / total);
    if (end <= t) fail(`subtitle piece "${p}" gets no time`);
    cues.push({ start: t, end, lines: twoLines(p) });
    t = end;
  }
  return cues;
}
