import { describe, expect, it } from 'vitest';
import { pageUrlWith, readPageParams } from '../../src/app/page-params.ts';

describe('readPageParams', () => {
  it('defaults to the bundled manifest, the first episode and French', () => {
    expect(readPageParams('https://site.fr/player/', 'manifest.json')).toEqual({
      manifestUrl: 'https://site.fr/player/manifest.json',
      episodeId: undefined,
      lang: 'fr',
    });
  });
  it('reads the manifest, episode and language, resolving the manifest against the page', () => {
    const params = readPageParams('https://site.fr/player/?manifest=/other/m.json&episode=episode-07&lang=en', 'manifest.json');
    expect(params).toEqual({ manifestUrl: 'https://site.fr/other/m.json', episodeId: 'episode-07', lang: 'en' });
  });
  it('falls back to French for an unknown language', () => {
    expect(readPageParams('https://site.fr/?lang=de', 'm.json').lang).toBe('fr');
  });
});

describe('pageUrlWith', () => {
  it('changes one parameter and keeps the others', () => {
    expect(pageUrlWith('https://site.fr/p/?manifest=x.json&lang=en', { episode: 'episode-06' })).toBe('/p/?manifest=x.json&lang=en&episode=episode-06');
  });
});
