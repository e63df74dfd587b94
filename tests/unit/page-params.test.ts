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
  it('uses the remembered language when the address names none, and the address when it does', () => {
    expect(readPageParams('https://site.fr/', 'm.json', 'en').lang).toBe('en');
    expect(readPageParams('https://site.fr/?lang=fr', 'm.json', 'en').lang).toBe('fr');
  });
  it('drops a link to a moment when it moves to another episode', () => {
    expect(pageUrlWith('https://site.fr/?episode=episode-06&t=754&chapter=c2#t=12:34', { episode: 'episode-07' })).toBe('/?episode=episode-07');
  });
});
