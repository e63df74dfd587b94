// The demo's HLS rendition: public/media/<id>/hls/index.m3u8 with its init segment and fMP4
// segments, cut from public/media/<id>.mp4 with the streams copied (no re-encoding). The player
// fetches video.js's streaming engine only for such a source (src/player/streaming.ts).
//
// Usage: node scripts/demo/hls.mjs [episode-id …]   (default: every episode in HLS_EPISODES)
// make-demo.mjs calls writeHlsRendition() for each episode it makes. The output is committed:
// CI never runs ffmpeg.
//
// Segments are cut at the MP4's keyframes (every 5 s, and at each title card), so `-hls_time 4`
// gives segments of about 5 s. fMP4 rather than MPEG-TS: the segments go to Media Source
// Extensions as they are (no transmuxing) and weigh less than TS packets.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fail, ffmpeg, megabytes, run } from './helpers.mjs';
import { TOLERANCE_S } from './settings.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MEDIA_DIR = join(ROOT, 'public', 'media');

/** The episodes whose demo has an HLS rendition (listed first in public/manifest.json). */
export const HLS_EPISODES = new Set(['episode-07']);

/** Where an episode's HLS rendition lives, and its playlist. */
export function hlsFolder(mediaDir, id) {
  return join(mediaDir, id, 'hls');
}

function durationOf(file) {
  return Number(run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file]).trim());
}

/** The sum of the playlist's #EXTINF durations, and whether it is a complete VOD playlist. */
function readPlaylist(file) {
  const text = readFileSync(file, 'utf8');
  const durations = [...text.matchAll(/^#EXTINF:([\d.]+),/gm)].map((m) => Number(m[1]));
  return { segments: durations.length, duration: durations.reduce((a, b) => a + b, 0), complete: /^#EXT-X-ENDLIST$/m.test(text) && /^#EXT-X-PLAYLIST-TYPE:VOD$/m.test(text) };
}

/**
 * Writes `<mediaDir>/<id>/hls/` from `<mediaDir>/<id>.mp4` for an episode in HLS_EPISODES (others: nothing,
 * returns undefined). The old rendition is replaced only once the new one is whole and checked.
 */
export function writeHlsRendition(id, mediaDir = MEDIA_DIR) {
  if (!HLS_EPISODES.has(id)) return undefined;
  const mp4 = join(mediaDir, `${id}.mp4`);
  if (!existsSync(mp4)) fail(`${relative(ROOT, mp4)}: not found (the HLS rendition is cut from it)`);
  const work = mkdtempSync(join(tmpdir(), `make-demo-hls-${id}-`));
  try {
    const playlist = join(work, 'index.m3u8');
    ffmpeg([
      '-i', mp4,
      '-map', '0:v:0', '-map', '0:a:0', '-c', 'copy',
      '-map_metadata', '-1', '-fflags', '+bitexact',
      '-f', 'hls', '-hls_time', '4', '-hls_playlist_type', 'vod', '-hls_flags', 'independent_segments',
      '-hls_segment_type', 'fmp4', '-hls_fmp4_init_filename', 'init.mp4',
      '-hls_segment_filename', join(work, 'segment-%03d.m4s'),
      playlist,
    ]);
    const expected = durationOf(mp4);
    const { segments, duration, complete } = readPlaylist(playlist);
    if (!complete) fail(`${id}: the HLS playlist is not a complete VOD playlist`);
    if (Math.abs(duration - expected) > TOLERANCE_S) fail(`${id}: the HLS segments last ${duration.toFixed(3)} s, the MP4 ${expected.toFixed(3)} s`);
    const size = readdirSync(work).reduce((total, name) => total + statSync(join(work, name)).size, 0);

    const out = hlsFolder(mediaDir, id);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    cpSync(work, out, { recursive: true });
    console.log(`  HLS: ${relative(ROOT, join(out, 'index.m3u8'))}: ${segments} fMP4 segments, ${duration.toFixed(3)} s, ${megabytes(size)}`);
    return { playlist: join(out, 'index.m3u8'), segments, duration, size };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const ids = process.argv.slice(2);
    for (const id of ids.length > 0 ? ids : [...HLS_EPISODES]) {
      if (!HLS_EPISODES.has(id)) fail(`${id} is not in HLS_EPISODES (scripts/demo/hls.mjs)`);
      writeHlsRendition(id);
    }
  } catch (error) {
    console.error(`\nhls: ${error.message}`);
    process.exit(1);
  }
}
