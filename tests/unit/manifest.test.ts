import { describe, expect, it } from 'vitest';
import { chaptersUrlFor, episodeTitle, parseManifest } from '../../src/content/manifest.ts';
import { formatProblem } from '../../src/content/content-problem.ts';

const URL_OF_MANIFEST = 'https://example.org/site/demo/manifest.json';

const episode = {
  id: 'episode-06',
  number: 6,
  title: { fr: 'Point de non-retour', en: 'Point of No Return' },
  sources: [{ src: 'media/episode-06.webm', type: 'video/webm' }],
  chapters: 'chapters/episode-06.vtt',
};

function parse(value: unknown) {
  return parseManifest(typeof value === 'string' ? value : JSON.stringify(value, null, 2), URL_OF_MANIFEST);
}

describe('parseManifest', () => {
  it('accepts a complete manifest and resolves every URL against the manifest URL', () => {
    const result = parse({
      series: 'Six Ans – Douze Vies',
      people: '../people.json',
      episodes: [
        {
          ...episode,
          poster: '/posters/6.jpg',
          context: 'chapters/episode-06.context.vtt',
          subtitles: [{ src: 'subtitles/episode-06.fr.vtt', srclang: 'fr', label: 'Français' }],
        },
      ],
    });
    expect(result.problems).toEqual([]);
    const manifest = result.manifest!;
    expect(manifest.peopleUrl).toBe('https://example.org/site/people.json');
    const [first] = manifest.episodes;
    expect(first!.sources[0]!.src).toBe('https://example.org/site/demo/media/episode-06.webm');
    expect(first!.poster).toBe('https://example.org/posters/6.jpg');
    expect(first!.contextUrl).toBe('https://example.org/site/demo/chapters/episode-06.context.vtt');
    expect(first!.subtitles[0]!.src).toBe('https://example.org/site/demo/subtitles/episode-06.fr.vtt');
    expect(chaptersUrlFor(first!, 'en')).toBe('https://example.org/site/demo/chapters/episode-06.vtt');
    expect(first!.available).toBe(true);
  });

  it('picks the chapters file of the reader’s language, falling back to the other one', () => {
    const result = parse({
      series: 'S',
      episodes: [{ ...episode, chapters: { fr: 'c.fr.vtt', en: 'c.en.vtt' } }, { ...episode, id: 'x', chapters: { fr: 'only.fr.vtt' } }],
    });
    expect(result.problems).toEqual([]);
    const [both, frenchOnly] = result.manifest!.episodes;
    expect(chaptersUrlFor(both!, 'en')).toMatch(/c\.en\.vtt$/);
    expect(chaptersUrlFor(both!, 'fr')).toMatch(/c\.fr\.vtt$/);
    expect(chaptersUrlFor(frenchOnly!, 'en')).toMatch(/only\.fr\.vtt$/);
  });

  it('lists an episode without sources as not available here', () => {
    const result = parse({ series: 'S', episodes: [episode, { id: 'episode-01', number: 1, title: 'Crépuscule' }] });
    expect(result.problems).toEqual([]);
    expect(result.manifest!.episodes.map((e) => e.available)).toEqual([true, false]);
  });

  it('reports JSON syntax errors with their line and column', () => {
    const result = parse('{\n  "series": "S",\n  "episodes": [,]\n}');
    expect(result.manifest).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem!.line).toBe(3);
    expect(problem!.col).toBe(16);
    expect(formatProblem(problem!)).toMatch(/^https:\/\/example\.org\/site\/demo\/manifest\.json:3:16 /);
  });

  it('keeps an episode whose title is sourced in one language only, or in none', () => {
    const { manifest } = parse({ series: 'S', episodes: [{ ...episode, title: { en: 'Striking Distance' } }, { ...episode, id: 'e8', number: 8, title: undefined }] });
    expect(manifest!.episodes.map((item) => [episodeTitle(item, 'fr'), episodeTitle(item, 'en')])).toEqual([
      [undefined, 'Striking Distance'],
      [undefined, undefined],
    ]);
  });

  it('names the missing or wrong field', () => {
    const emptyTitle = parse({ series: 'S', episodes: [{ ...episode, title: {} }] });
    expect(emptyTitle.problems.map((p) => p.message)).toEqual([expect.stringContaining('episodes[0].title')]);

    const badId = parse({ series: 'S', episodes: [{ ...episode, id: 'Episode 6' }] });
    expect(badId.problems[0]!.message).toContain('episodes[0].id');
    expect(badId.problems[0]!.message).toContain('[a-z0-9-]');

    const noSeries = parse({ episodes: [episode] });
    expect(noSeries.problems[0]!.message).toContain('series');

    const noEpisodes = parse({ series: 'S', episodes: [] });
    expect(noEpisodes.problems[0]!.message).toContain('episodes');
  });

  it('locates a bad field on its line in the file', () => {
    const text = JSON.stringify({ series: 'S', episodes: [{ ...episode, number: 'six' }] }, null, 2);
    const result = parseManifest(text, URL_OF_MANIFEST);
    const expectedLine = text.split('\n').findIndex((line) => line.includes('"number"')) + 1;
    expect(result.problems[0]!.line).toBe(expectedLine);
    expect(result.problems[0]!.message).toContain('episodes[0].number');
  });

  it('accepts HLS and DASH playlists beside files, and keeps their order', () => {
    const sources = [
      { src: 'media/episode-06/hls/index.m3u8', type: 'application/x-mpegURL' },
      { src: 'media/episode-06/hls/index.m3u8', type: 'application/vnd.apple.mpegurl' },
      { src: 'media/episode-06/dash/index.mpd', type: 'application/dash+xml' },
      { src: 'media/episode-06.mp4', type: 'video/mp4' },
      { src: 'media/episode-06.ogg', type: 'audio/ogg' },
    ];
    const result = parse({ series: 'S', episodes: [{ ...episode, sources }] });
    expect(result.problems).toEqual([]);
    expect(result.manifest!.episodes[0]!.sources).toEqual(sources.map((source) => ({ ...source, src: new URL(source.src, URL_OF_MANIFEST).href })));
  });

  it('rejects a source type that is neither media nor a streaming playlist, naming what it accepts', () => {
    for (const type of ['application/json', 'text/html', 'application/x-mpegURL-extra', 'mp4', '']) {
      const result = parse({ series: 'S', episodes: [{ ...episode, sources: [{ src: 'media/episode-06.bin', type }] }] });
      expect(result.problems.map((p) => p.message), type).toEqual([expect.stringContaining('episodes[0].sources[0].type')]);
      expect(result.problems[0]!.message).toContain('application/x-mpegURL');
    }
  });

  it('rejects duplicate episode ids', () => {
    const result = parse({ series: 'S', episodes: [episode, episode] });
    expect(result.problems[0]!.message).toContain('duplicate episode id "episode-06"');
  });

  it('rejects a top level that is not an object', () => {
    expect(parse('[]').problems[0]!.message).toMatch(/object/);
  });
});

describe('JSON syntax errors without a position in the engine message', () => {
  it.each([
    ['{"a": }', 1, 7],
    ['{\n  "a": 1,\n}', 3, 1],
    ['{"a": tru}', 1, 7],
    ['{"a": "x\ny"}', 1, 9],
    ['{"a": 1', 1, 8],
    ['', 1, 1],
  ])('locates the error in %j at %i:%i', (text, line, col) => {
    const result = parseManifest(text, 'm.json');
    expect(result.problems[0]).toMatchObject({ file: 'm.json', line, col });
  });
});
