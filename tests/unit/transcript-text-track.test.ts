import { describe, expect, it } from 'vitest';
import type { Fetcher } from '../../src/content/load-content.ts';
import { loadTextTrack, parseTextTrack } from '../../src/content/text-track.ts';

function serve(files: Record<string, string>): Fetcher {
  return async (url) => (url in files ? new Response(files[url]) : new Response('Not found', { status: 404, statusText: 'Not Found' }));
}

const VTT = [
  'WEBVTT',
  '',
  '00:00:05.000 --> 00:00:08.000',
  '<v Narrateur>Le 7 juin,</v> les soldats',
  'entrent dans <b>Bayeux</b>\u00a0: c’est &amp; ça.',
  '',
  '00:00:01.000 --> 00:00:04.000',
  'Premier',
  '',
  '00:00:09.000 --> 00:00:10.000',
  '<i></i>',
  '',
  '00:00:12.000 --> 00:00:11.000',
  'À l’envers',
  '',
].join('\n');

describe('reading a subtitles or descriptions file', () => {
  it('gives plain text, line breaks as spaces, sorted by start, each with its line', () => {
    const track = parseTextTrack(VTT, 'sub.vtt');
    expect(track.cues).toEqual([
      { start: 1, end: 4, text: 'Premier', line: 7 },
      { start: 5, end: 8, text: 'Le 7 juin, les soldats entrent dans Bayeux\u00a0: c’est & ça.', line: 3 },
    ]);
    expect(track.failed).toBe(false);
  });

  it('locates the dropped cues', () => {
    const { problems } = parseTextTrack(VTT, 'sub.vtt');
    expect(problems).toEqual([
      // The parser's own complaint about the order (the cue is kept, and sorted).
      expect.objectContaining({ file: 'sub.vtt', line: 7 }),
      expect.objectContaining({ file: 'sub.vtt', line: 10, message: 'cue has no text: cue dropped', severity: 'warning' }),
      expect.objectContaining({ file: 'sub.vtt', line: 13, severity: 'error' }),
    ]);
  });

  it('says a missing file (a 404, or the HTML page a single-page server sends instead) failed, with no cues', async () => {
    const missing = await loadTextTrack('https://x/d.vtt', serve({}));
    expect(missing).toEqual({ cues: [], failed: true, problems: [{ file: 'https://x/d.vtt', message: 'could not be loaded (HTTP 404 Not Found)', severity: 'error', unloaded: true }] });
    const html = await loadTextTrack('https://x/d.vtt', serve({ 'https://x/d.vtt': '<!doctype html><html></html>' }));
    expect(html.failed).toBe(true);
    expect(html.problems).toEqual([expect.objectContaining({ file: 'https://x/d.vtt', unloaded: true, message: expect.stringContaining('HTML page') })]);
    const notVtt = await loadTextTrack('https://x/d.vtt', serve({ 'https://x/d.vtt': 'hello' }));
    expect(notVtt.failed).toBe(true);
    expect(notVtt.problems[0]).toEqual(expect.objectContaining({ line: 1 }));
  });

  it('loads a good file', async () => {
    const track = await loadTextTrack('https://x/s.vtt', serve({ 'https://x/s.vtt': VTT }));
    expect(track.cues).toHaveLength(2);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const fetcher: Fetcher = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
    const loading = loadTextTrack('https://x/s.vtt', fetcher, controller.signal);
    controller.abort();
    await expect(loading).rejects.toThrow('Aborted');
  });
});
