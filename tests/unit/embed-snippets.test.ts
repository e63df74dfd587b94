import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedSnippets } from '../../src/comfort/embed-snippets.ts';

const moment = {
  siteRoot: 'https://histoire.example/lecteur/',
  manifestUrl: 'https://histoire.example/lecteur/manifest.json',
  episode: 'episode-06',
  lang: 'fr' as const,
  time: 95.8,
  title: 'Épisode 6 : La Libération',
};

/** The elements and attributes a snippet gives, read back by an HTML parser would; here with a small reader of our own output. */
function attributesOf(html: string, tag: string): Record<string, string> {
  const found = new RegExp(`<${tag}\\s([^>]*)>`).exec(html);
  if (!found) throw new Error(`no <${tag}> in ${html}`);
  const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return Object.fromEntries([...found[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((match) => [match[1]!, decode(match[2]!)]));
}

describe('embedSnippets', () => {
  it('gives the one script, a player at the moment and its chapter list', () => {
    const { script } = embedSnippets(moment);
    expect(attributesOf(script, 'script')).toEqual({ type: 'module', src: 'https://histoire.example/lecteur/embed/douze-vies.js' });
    expect(attributesOf(script, 'dv-player')).toEqual({
      id: 'douze-vies-episode-06',
      manifest: 'https://histoire.example/lecteur/manifest.json',
      episode: 'episode-06',
      lang: 'fr',
      start: '95',
    });
    expect(attributesOf(script, 'dv-chapter-list')).toEqual({ player: 'douze-vies-episode-06' });
  });

  it('gives an iframe of the embed page at the moment, named, sized by its aspect ratio', () => {
    const frame = attributesOf(embedSnippets(moment).iframe, 'iframe');
    const src = new URL(frame.src!);
    expect(src.origin + src.pathname).toBe('https://histoire.example/lecteur/embed.html');
    expect(Object.fromEntries(src.searchParams)).toEqual({ manifest: moment.manifestUrl, episode: 'episode-06', lang: 'fr', t: '95' });
    expect(frame.title).toBe('Épisode 6 : La Libération');
    expect(frame.style).toContain('aspect-ratio: 4 / 3');
    expect(frame.allow).toContain('fullscreen');
  });

  it('leaves the moment out at the start', () => {
    const { script, iframe } = embedSnippets({ ...moment, time: 0.4 });
    expect(attributesOf(script, 'dv-player').start).toBeUndefined();
    expect(new URL(attributesOf(iframe, 'iframe').src!).searchParams.has('t')).toBe(false);
  });

  it('keeps any title, episode id and manifest address as text: nothing escapes its attribute', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), fc.webUrl(), (title, episode, manifestUrl) => {
        const { script, iframe } = embedSnippets({ ...moment, title, episode, manifestUrl });
        expect(attributesOf(iframe, 'iframe').title).toBe(title);
        expect(attributesOf(script, 'dv-player').episode).toBe(episode);
        expect(attributesOf(script, 'dv-player').manifest).toBe(manifestUrl);
        expect(new URL(attributesOf(iframe, 'iframe').src!).searchParams.get('episode')).toBe(episode);
        // One element of each kind: nothing in the values opened another.
        expect(script.match(/</g)).toHaveLength(6);
        expect(iframe.match(/</g)).toHaveLength(2);
        expect(/[<>"]/.test(attributesOf(script, 'dv-player').id!)).toBe(false);
      }),
    );
  });
});
