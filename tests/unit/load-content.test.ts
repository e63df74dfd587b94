import { describe, expect, it } from 'vitest';
import { loadChapters, loadContextTrack, loadManifest, type Fetcher } from '../../src/content/load-content.ts';

function serve(files: Record<string, string>): Fetcher {
  return async (url) => (url in files ? new Response(files[url]) : new Response('<h1>Not found</h1>', { status: 404, statusText: 'Not Found' }));
}

describe('loading content files', () => {
  it('turns a 404 into a problem naming the file', async () => {
    const result = await loadChapters('https://x/c.vtt', serve({}));
    expect(result.chapters).toEqual([]);
    expect(result.problems).toEqual([{ file: 'https://x/c.vtt', message: 'could not be loaded (HTTP 404 Not Found)', severity: 'error' }]);
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
