import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMomentLinks, readTags } from '../../src/content/moment-links.ts';

const cards = new Map([['episode-06', new Map([['bayeux', 9.2], ['paris', 158.4]])]]);
const cardsOf = (episode: string) => cards.get(episode);

const page = (...body: string[]) =>
  ['<!doctype html>', '<dv-player id="ep6" manifest="manifest.json" episode="episode-06"></dv-player>', '<dv-moment-links>', ...body, '</dv-moment-links>'].join('\n');

describe('readTags', () => {
  it('reads the attributes of the named tags, decoded, with their line and column, and skips comments', () => {
    const tags = readTags('<p>\n  <a href="x?a=1&amp;t=9" data-card=\'bayeux\' data-x=raw hidden>B</a>\n<!-- <a data-card="no"> -->\n<A DATA-PLAYER="ep6">', ['a']);
    expect(tags.map((tag) => [tag.line, tag.col, Object.fromEntries(tag.attributes)])).toEqual([
      [2, 3, { href: 'x?a=1&t=9', 'data-card': 'bayeux', 'data-x': 'raw', hidden: '' }],
      [4, 1, { 'data-player': 'ep6' }],
    ]);
  });

  it('never throws and places every tag inside the text, whatever the page holds', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const html = `${text}<a data-player="p">${text}`;
        const lines = html.split('\n');
        for (const tag of readTags(html, ['a'])) {
          expect(tag.line).toBeLessThanOrEqual(lines.length);
          expect(lines[tag.line - 1]!.slice(tag.col - 1).toLowerCase().startsWith('<a')).toBe(true);
        }
      }),
    );
  });
});

describe('checkMomentLinks', () => {
  it('finds nothing wrong with links to cards of the page players, at their start', () => {
    const html = page('<a href="index.html?episode=episode-06&amp;t=9.2" data-player="ep6" data-card="bayeux">Bayeux</a>', '<a data-player="ep6" data-time="30">then</a>');
    expect(checkMomentLinks(html, 'public/a.html', cardsOf)).toEqual([]);
  });

  it('locates a link to a player the page lacks, a card the track lacks, a link with no moment, and an episode the manifest lacks', () => {
    const html = [
      page('<a data-player="ep7" data-card="rome">Rome</a>', '<a data-player="ep6" data-card="pariss">Paris</a>', '<a data-player="ep6">nothing</a>'),
      '<dv-player id="x" episode="episode-99"></dv-player>',
    ].join('\n');
    const problems = checkMomentLinks(html, 'public/a.html', cardsOf);
    expect(problems.map((problem) => `${problem.line}:${problem.col} ${problem.severity} ${problem.message}`)).toEqual([
      '8:1 error dv-player: the manifest has no episode "episode-99"',
      '4:1 error data-player="ep7": no <dv-player id="ep7"> on this page',
      '5:1 error data-card="pariss": episode-06\'s context track has no card with this id',
      '6:1 error a moment link needs data-card (a card id) or data-time (seconds)',
    ]);
    expect(problems.every((problem) => problem.file === 'public/a.html')).toBe(true);
  });

  it('warns when the fallback address opens the full player elsewhere than the card', () => {
    const [problem] = checkMomentLinks(page('<a href="index.html?episode=episode-06&amp;t=40" data-player="ep6" data-card="paris">Paris</a>'), 'p.html', cardsOf);
    expect(problem).toMatchObject({ line: 4, severity: 'warning', message: 'href opens the full player at 40 s, but the card "paris" starts at 158.4 s' });
  });

  it('passes the article pages against the demo content', async () => {
    const { contextFromCues } = await import('../../src/content/context-track.ts');
    const { parseWebVtt } = await import('../../src/content/webvtt-file.ts');
    const demo = new Map(
      ['episode-06', 'episode-07'].map((id) => {
        const path = `chapters/${id}.context.vtt`;
        const track = contextFromCues(parseWebVtt(readFileSync(path, 'utf8'), path).cues, path);
        return [id, new Map(track.cards.map((card) => [card.key, card.start]))];
      }),
    );
    for (const file of ['public/liberation.html', 'public/liberation.en.html']) {
      const html = readFileSync(file, 'utf8');
      expect(checkMomentLinks(html, file, (id) => demo.get(id))).toEqual([]);
      expect(readTags(html, ['a']).filter((tag) => tag.attributes.has('data-card')).length).toBeGreaterThanOrEqual(50);
    }
  });
});
