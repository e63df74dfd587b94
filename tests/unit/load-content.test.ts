import { describe, expect, it } from 'vitest';
import { loadChapters, loadContextTrack, loadManifest, type Fetcher } from '../../src/content/load-content.ts';

function serve(files: Record<string, string>): Fetcher {
  return async (url) => (url in files ? new Response(files[url]) : new Response('<h1>Not found</h1>', { status: 404, statusText: 'Not Found' }));
}

describe('loading content files', () => {
  it('turns a 404 into a problem naming the file', async () => {
    const result = await loadChapters('https://x/c.vtt', serve({}));
    expect(result.chapters).toEqual([]);
    expect(result.problems).toEqual([{ file: 'https://x/c.vtt', message: 'could not be loaded (HTTP 404 Not Found)', severity: 'error', unloaded: true, subject: 'chapters' }]);
  });

  it('turns a network failure into a problem naming the file', async () => {
    const failing: Fetcher = async () => {
      throw new TypeError('Failed to fetch');
    };
    const result = await loadContextTrack('https://x/ctx.vtt', failing);
    expect(result.problems[0]!.message).toBe('could not be loaded (Failed to fetch)');
  });

  it('loads chapters and keeps the good cues next to the problems', async () => {
    const result = await loadChapters(
      'https://x/c.vtt',
      serve({ 'https://x/c.vtt': 'WEBVTT\n\n00:00.000 --> 00:10.000\nUn\n\n00:10.000 --> 00:05.000\nDeux\n' }),
    );
    expect(result.chapters.map((chapter) => chapter.title)).toEqual(['Un']);
    expect(result.problems).toEqual([expect.objectContaining({ file: 'https://x/c.vtt', line: 6 })]);
  });

  it('loads and validates a manifest', async () => {
    const result = await loadManifest('https://x/m.json', serve({ 'https://x/m.json': '{"series": "S"}' }));
    expect(result.manifest).toBeUndefined();
    expect(result.problems[0]!.message).toContain('episodes');
  });
});

describe('what a content URL can answer instead of the file', () => {
  const html = '<!doctype html>\n<html lang="fr"><head><title>Douze Vies</title></head><body></body></html>\n';

  it('reports an HTML page (a server\'s fallback for a missing file) as not found, once, whatever the file', async () => {
    const fetcher: Fetcher = async () => new Response(html, { headers: { 'content-type': 'text/html' } });
    const chapters = await loadChapters('https://x/c.vtt', fetcher);
    expect(chapters.problems).toEqual([expect.objectContaining({ file: 'https://x/c.vtt', unloaded: true, subject: 'chapters', severity: 'error' })]);
    expect(chapters.problems[0]!.message).toMatch(/^not found/);
    const manifest = await loadManifest('https://x/m.json', fetcher);
    expect(manifest.problems).toEqual([expect.objectContaining({ unloaded: true, subject: 'manifest' })]);
  });

  it('sniffs the page even when the server calls it something else', async () => {
    const fetcher: Fetcher = async () => new Response(`\uFEFF  ${html}`, { headers: { 'content-type': 'text/vtt' } });
    const context = await loadContextTrack('https://x/ctx.vtt', fetcher);
    expect(context.problems).toHaveLength(1);
    expect(context.problems[0]!.message).toMatch(/^not found/);
  });

  it('tags every problem with what the file is for, so a viewer can be told in one sentence', async () => {
    const chapters = await loadChapters('https://x/c.vtt', serve({ 'https://x/c.vtt': 'WEBVTT\n\n00:00.000 --> 00:10.000\nUn\n\n00:10.000 --> 00:05.000\nDeux\n' }));
    expect(chapters.problems.map((p) => [p.subject, p.unloaded])).toEqual([['chapters', undefined]]);
    const missing = await loadContextTrack('https://x/none.vtt', serve({}));
    expect(missing.problems.map((p) => [p.subject, p.unloaded])).toEqual([['context', true]]);
  });

  it('says a file could not be loaded when nothing usable came out of it, and only then', async () => {
    const notJson = await loadManifest('https://x/m.json', serve({ 'https://x/m.json': '{"series": ' }));
    expect(notJson.problems.map((p) => p.unloaded)).toEqual([true]);
    const noCue = await loadChapters('https://x/c.vtt', serve({ 'https://x/c.vtt': 'WEBVTT\n\n00:10.000 --> 00:05.000\nDeux\n' }));
    expect(noCue.problems.map((p) => p.unloaded)).toEqual([true]);
    const oneGood = await loadChapters('https://x/c.vtt', serve({ 'https://x/c.vtt': 'WEBVTT\n\n00:00.000 --> 00:10.000\nUn\n\n00:10.000 --> 00:05.000\nDeux\n' }));
    expect(oneGood.problems.map((p) => p.unloaded)).toEqual([undefined]);
  });

  it('gives up on a server that never answers, with a problem naming the file and the wait', async () => {
    const never: Fetcher = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    const result = await loadManifest('https://x/m.json', never, undefined, 30);
    expect(result.problems).toEqual([expect.objectContaining({ file: 'https://x/m.json', unloaded: true, subject: 'manifest' })]);
    expect(result.problems[0]!.message).toMatch(/did not answer/);
  });

  it('still lets the caller abort a load (a newer one replaced it) without a problem', async () => {
    const never: Fetcher = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    const controller = new AbortController();
    const loading = loadChapters('https://x/c.vtt', never, controller.signal);
    controller.abort();
    await expect(loading).rejects.toBeDefined();
  });
});
