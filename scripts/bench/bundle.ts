// Bundle size: the JavaScript and CSS the page loads at once, gzipped, against video.js's full
// build (with HLS/DASH) and its core build; the chunks fetched on demand listed apart.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { heading, judge, kb } from './stats.ts';

const TARGET_INITIAL_JS = 100 * 1024;

export function benchBundle(dist: string): void {
  const assets = readdirSync(`${dist}/assets`);
  const html = readFileSync(`${dist}/index.html`, 'utf8');
  // What the page loads at once: the entry script, what it preloads and its stylesheets.
  const loaded = (name: string) => html.includes(`assets/${name}`);
  const scripts = assets.filter((name) => name.endsWith('.js'));
  const initial = scripts.filter(loaded);
  const lazy = scripts.filter((name) => !loaded(name));
  const styles = assets.filter((name) => name.endsWith('.css') && loaded(name));
  const gzip = (names: string[]) => names.reduce((total, name) => total + gzipSync(readFileSync(`${dist}/assets/${name}`)).length, 0);
  const ours = gzip(initial);
  const css = gzip(styles);
  const core = gzipSync(readFileSync('node_modules/video.js/dist/alt/video.core.min.js')).length;
  const full = gzipSync(readFileSync('node_modules/video.js/dist/video.min.js')).length;
  heading('Bundle (gzip): our JavaScript, video.js included');
  console.log(`  JavaScript loaded with the page (${initial.length} file${initial.length === 1 ? '' : 's'})  ${kb(ours)}`);
  console.log(`  CSS loaded with the page (${styles.length} file${styles.length === 1 ? '' : 's'})         ${kb(css)}`);
  for (const name of lazy) console.log(`  on demand: ${name.replace(/-[\w-]{8}\.js$/, '').padEnd(30)} ${kb(gzip([name]))}`);
  // What a page playing an episode loads: the page, then video.js core with its adapter; then, only for an
  // HLS/DASH source the browser cannot play itself (src/player/streaming.ts), video.js's streaming engine.
  const player = gzip(lazy.filter((name) => name.startsWith('videojs-adapter')));
  const streamingChunks = lazy.filter((name) => name.includes('http-streaming'));
  const streaming = gzip(streamingChunks);
  console.log(`  streaming engine (VHS, ${streamingChunks.length} file${streamingChunks.length === 1 ? '' : 's'}), only for HLS/DASH ${kb(streaming)}`);
  console.log(`  a page playing a file:   page + video.js core and adapter  ${kb(ours + player)}`);
  console.log(`  a page streaming HLS:    the same + the streaming engine   ${kb(ours + player + streaming)}`);
  console.log(`  baseline: video.js full build alone   ${kb(full)}  (video.js core alone ${kb(core)})`);
  console.log(`  → the page costs ${kb(ours - core).trim()} on top of video.js core, ${kb(full - ours).trim()} less than video.js full alone`);
  benchEmbed(dist, full);
  judge('initial JavaScript, gzip', kb(ours).trim(), '≤ 100 kB', ours <= TARGET_INITIAL_JS);
  judge('initial JavaScript vs video.js full', `${((ours / full) * 100).toFixed(0)}% of ${kb(full).trim()}`, '≤ 50%', ours <= full / 2);
  console.log(`  (initial CSS ${kb(css).trim()} gzip: no target)`);
}

/** The one-script embed (embed/douze-vies.js, its CSS inside) and what a host page fetches after it. */
function benchEmbed(dist: string, full: number): void {
  const folder = `${dist}/embed`;
  let chunks: string[];
  try {
    chunks = readdirSync(`${folder}/chunks`).filter((name) => name.endsWith('.js'));
  } catch {
    console.log('  (no embed/ in this build: run `npm run build`)');
    return;
  }
  const gzipOf = (path: string) => gzipSync(readFileSync(path)).length;
  const script = gzipOf(`${folder}/douze-vies.js`);
  const chunksWhere = (take: (name: string) => boolean) => chunks.filter(take).reduce((total, name) => total + gzipOf(`${folder}/chunks/${name}`), 0);
  const player = chunksWhere((name) => name.startsWith('videojs-adapter'));
  const streaming = chunksWhere((name) => name.includes('http-streaming'));
  console.log(`  embed/douze-vies.js, the one script (every element, CSS inside)  ${kb(script)}`);
  console.log(`  a host page playing a file:   the script + video.js core and adapter  ${kb(script + player)}`);
  console.log(`  a host page streaming HLS:    the same + the streaming engine         ${kb(script + player + streaming)}  (video.js full alone ${kb(full).trim()})`);
  judge('embed script, gzip', kb(script).trim(), '≤ 100 kB', script <= TARGET_INITIAL_JS);
}
