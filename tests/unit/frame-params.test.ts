import { describe, expect, it } from 'vitest';
import { frameAttributes, fullPlayerUrl } from '../../src/embed/frame-params.ts';

const page = 'https://musee.example/player/embed.html';

describe('frameAttributes', () => {
  it('reads the manifest, episode, moment, language and floor from the address', () => {
    expect(frameAttributes(`${page}?manifest=/m.json&episode=episode-07&t=1m30s&lang=en&warnings=blur`)).toEqual({
      manifest: '/m.json',
      episode: 'episode-07',
      lang: 'en',
      start: 90,
      warnings: 'blur',
    });
  });

  it('defaults to the manifest beside the page, the browser language when it is ours, else French', () => {
    expect(frameAttributes(page, 'en-GB')).toEqual({ manifest: 'manifest.json', episode: undefined, lang: 'en', start: undefined, warnings: undefined });
    expect(frameAttributes(page, 'de-DE').lang).toBe('fr');
    expect(frameAttributes(`${page}?lang=xx`, 'en').lang).toBe('en');
  });

  it('ignores a floor it does not know and a moment that is not one', () => {
    expect(frameAttributes(`${page}?warnings=off&t=soon`)).toMatchObject({ warnings: undefined, start: undefined });
    expect(frameAttributes(`${page}#t=42`).start).toBe(42);
  });
});

describe('fullPlayerUrl', () => {
  it('opens the full player beside the embed page at the same moment', () => {
    const attributes = frameAttributes(`${page}?episode=episode-06&t=95.7&lang=en`);
    expect(fullPlayerUrl(`${page}?episode=episode-06`, attributes)).toBe('https://musee.example/player/index.html?manifest=manifest.json&episode=episode-06&lang=en&t=95');
  });
});
