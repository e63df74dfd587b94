#!/usr/bin/env node
// Generates the demo episodes from their scripts in scripts/episodes/<id>.json:
//   public/media/<id>.webm, public/media/<id>.mp4      title cards + French narration (espeak-ng)
//   public/media/<id>/hls/                             an HLS rendition of the MP4 (some episodes: demo/hls.mjs)
//   chapters/<id>.fr.vtt, chapters/<id>.en.vtt          one chapter cue per chapter
//   chapters/<id>.context.vtt                           card / warning / person metadata cues
//   subtitles/<id>.fr.vtt, subtitles/<id>.en.vtt        the narration and its translation
//
// Usage: npm run demo -- [episode-id | path/to/episode.json …]   (default: every script)
// Needs ffmpeg, ffprobe, espeak-ng and fonts-dejavu-core, and the dev dependencies (it runs
// under tsx: the episode check uses the player's own schemas, the voice spells numbers with n2words).
// Each job has its module in scripts/demo/: settings, check-episode, spoken-french and speech
// (the voice), subtitles, font-metrics and title-cards (the picture), webvtt-out, french-dates.
//
// All times are integer milliseconds. Every segment is a multiple of 200 ms (5 frames at 25 fps,
// 4410 samples at 22 050 Hz), so cuts fall exactly on frames and samples.

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkEpisode } from './demo/check-episode.mjs';
import { fail, ffmpeg, megabytes, minutesAndSeconds, run, seconds } from './demo/helpers.mjs';
import { writeHlsRendition } from './demo/hls.mjs';
import {
  CHAPTER_BACKGROUNDS,
  ESPEAK,
  FONT,
  FPS,
  LEAD_MS,
  MAX_MEDIA_BYTES,
  MAX_TOTAL_MS,
  MIN_SEGMENT_MS,
  MIN_TOTAL_MS,
  SILENCE_MS,
  STEP_MS,
  THREADS,
  TOLERANCE_S,
  W,
  H,
} from './demo/settings.mjs';
import { readSpeechWav, speechText, writeWav } from './demo/speech.mjs';
import { subtitleCues } from './demo/subtitles.mjs';
import { introCard, renderCard, segmentCard } from './demo/title-cards.mjs';
import { contextCues, cueBlock, cueText, jsonPayload, vttFile } from './demo/webvtt-out.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EPISODES_DIR = join(ROOT, 'scripts', 'episodes');
const MEDIA_DIR = join(ROOT, 'public', 'media');
const CHAPTERS_DIR = join(ROOT, 'chapters');
const SUBTITLES_DIR = join(ROOT, 'subtitles');
const PEOPLE_FILE = join(ROOT, 'public', 'people.json');

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
  const { errors, notes } = checkEpisode(episode, file, PEOPLE_FILE, ROOT);
  for (const note of notes) console.warn(`  note: ${relative(ROOT, file)}: ${note}`);
  if (errors.length) fail(`${relative(ROOT, file)}:\n  ${errors.join('\n  ')}`);
  const id = episode.id;
  console.log(`\n${id} — ${episode.title.fr ?? episode.title.en} (${relative(ROOT, file)})`);

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
    writeHlsRendition(id, MEDIA_DIR); // public/media/<id>/hls/ from the new MP4, for the episodes in scripts/demo/hls.mjs
    console.log(`  written: ${media.map(({ out }) => relative(ROOT, join(MEDIA_DIR, basename(out)))).join(', ')}`);
    console.log(`           ${Object.keys(vtt).map((p) => relative(ROOT, p)).join(', ')}`);
    console.log(`  chapters: ${timeline.chapters.length}; context cues: ${context.length}; subtitle cues: ${subtitleCount} (fr + en)`);
    console.log(`  done in ${Math.round((Date.now() - started) / 1000)} s`);
    return { id, segments: segments.length, total, sizes: media.map(({ out, size }) => [basename(out), size]) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

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
