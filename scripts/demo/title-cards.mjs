// Title cards: one PNG per segment, drawn by ffmpeg's drawtext.
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { COLORS, DISCLAIMER, FONT, H, MARGIN_X, TEXT_W, W } from './settings.mjs';
import { fail, ffmpeg } from './helpers.mjs';
import { METRICS, fitText } from './font-metrics.mjs';
import { frenchDate } from './french-dates.mjs';

function drawtextFilter(dir, name, { text, font, size, color, baseline, x }) {
  const file = join(dir, `${name}.txt`);
  writeFileSync(file, text); // no trailing newline: drawtext would draw it
  const xExpr = x === undefined ? '(w-text_w)/2' : String(x);
  return `drawtext=fontfile=${FONT[font]}:textfile=${file}:expansion=none:fontsize=${size}:fontcolor=${color}:x=${xExpr}:y=${baseline}-ascent`;
}

// The disclaimer sits in a band at the top: a player's control bar covers the bottom of the frame.
const BAND_H = 34;
const RULE_Y = 74;
const BODY_TOP = 84;
const BODY_BOTTOM = H - 20;
export const BODY_HEIGHT = BODY_BOTTOM - BODY_TOP;

export function renderCard(file, textDir, background, blocks) {
  const filters = [`drawbox=x=0:y=0:w=${W}:h=${BAND_H}:color=${COLORS.band}:t=fill`, `drawbox=x=${MARGIN_X}:y=${RULE_Y}:w=${TEXT_W}:h=1:color=${COLORS.rule}:t=fill`];
  const lines = [];
  // disclaimer (top band), then the header above the rule
  lines.push({ text: DISCLAIMER, font: 'bold', size: 16, color: COLORS.text, baseline: 23 });
  lines.push({ ...blocks.header, baseline: 60 });
  // body, centred vertically between the rule and the bottom margin
  const top = BODY_TOP;
  const bottom = BODY_BOTTOM;
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

export function introCard(episode, chapter, chapterIndex) {
  const header = episode.title?.fr ? `Épisode ${episode.number} — ${episode.title.fr}` : `Épisode ${episode.number}`;
  const title = fitText(chapter.title.fr, 'bold', [40, 36, 32, 28], 3);
  return {
    header: { text: oneLine(header, 'regular', 17), font: 'regular', size: 17, color: COLORS.muted },
    body: [
      { lines: [`Chapitre ${chapterIndex + 1} sur ${episode.chapters.length}`], font: 'regular', size: 18, lineHeight: 26, color: COLORS.accent },
      { lines: title.lines, font: 'bold', size: title.size, lineHeight: Math.round(title.size * 1.25), color: COLORS.text, gapBefore: 10 },
    ],
  };
}

export function segmentCard(chapter, card) {
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
    if (!title.truncated && height <= BODY_HEIGHT) {
      return { header: { text: oneLine(chapter.title.fr, 'regular', 17), font: 'regular', size: 17, color: COLORS.muted }, body };
    }
  }
  fail(`card "${card.id}": title too long for the title card`);
}
