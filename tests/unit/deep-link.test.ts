import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPageParams } from '../../src/app/page-params.ts';
import { MAX_START, parseTimeParam, readStart, shareUrl, withoutStart } from '../../src/comfort/deep-link.ts';
import { formatClock } from '../../src/timeline/format-time.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** Every way the parser accepts to write a whole number of seconds. */
const FORMS: Record<string, (seconds: number) => string> = {
  seconds: (s) => String(s),
  'seconds with a fraction': (s) => `${s}.5`,
  'm:ss': (s) => `${Math.floor(s / 60)}:${pad(s % 60)}`,
  'h:mm:ss': (s) => `${Math.floor(s / 3600)}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`,
  'h:mm:ss.fff': (s) => `${Math.floor(s / 3600)}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}.250`,
  formatClock: (s) => formatClock(s),
  'formatClock of an hour-long film': (s) => formatClock(s, 3600),
  units: (s) => {
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const rest = s % 60;
    const text = `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${rest ? `${rest}s` : ''}`;
    return text || '0s';
  },
  'seconds as units': (s) => `${s}s`,
  'minutes and seconds as units': (s) => `${Math.floor(s / 60)}m${s % 60}s`,
  'npt: m:ss': (s) => `npt:${Math.floor(s / 60)}:${pad(s % 60)}`,
  'npt: seconds': (s) => `npt:${s}`,
  'a range (start only)': (s) => `${formatClock(s)},${formatClock(s + 10)}`,
  'an npt range': (s) => `npt:${s},${s + 1}`,
};

describe('parseTimeParam', () => {
  it.each([
    ['754', 754],
    ['754.5', 754.5],
    ['0', 0],
    ['12:34', 754],
    ['0:05', 5],
    ['90:00', 5400],
    ['1:02:03', 3723],
    ['01:02:03.5', 3723.5],
    ['1h2m3s', 3723],
    ['1h', 3600],
    ['2m', 120],
    ['45s', 45],
    ['1h30m', 5400],
    ['1H2M3S', 3723],
    ['2m30.5s', 150.5],
    ['npt:12:34', 754],
    ['NPT:754', 754],
    ['npt:1:02:03', 3723],
    ['12:34,13:00', 754],
    ['npt:10,20', 10],
    ['10,', 10],
    [',20', 0],
    ['  754  ', 754],
    ['12.', 12],
    ['48:00:00', 172_800],
    ['172800', 172_800],
  ])('reads %j as %d s', (text, seconds) => {
    expect(parseTimeParam(text)).toBe(seconds);
  });

  it.each([
    '',
    '   ',
    '-5',
    '-0:10',
    '+5',
    'NaN',
    'Infinity',
    '1e3',
    '0x10',
    'abc',
    '12:',
    ':12',
    '1:60',
    '1:5',
    '1:2:3',
    '1:00:60',
    '1:02:03:04',
    '.5',
    '1h1h',
    '1.5h',
    '1.5m',
    'h',
    '1h2m3s4',
    '3s2m',
    '1h 2m',
    'npt:',
    'npt:-5',
    'smpte:00:01:00:00',
    'clock:2009-07-26T11:19:01Z',
    '12:34,garbage',
    '10,20,30',
    '48:00:01',
    '172801',
    '49h',
    '99999999999999999999',
  ])('rejects %j', (text) => {
    expect(parseTimeParam(text)).toBeUndefined();
  });

  it.each(Object.entries(FORMS))('gives back, to the second, any time written as %s', (_form, write) => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_START - 20 }), (seconds) => {
        const parsed = parseTimeParam(write(seconds));
        expect(parsed).toBeDefined();
        expect(Math.floor(parsed!)).toBe(seconds);
      }),
      { numRuns: 300 },
    );
  });

  it('returns a fractional time exactly as written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_START - 1 }), fc.integer({ min: 0, max: 999 }), (whole, thousandths) => {
        const text = `${whole}.${String(thousandths).padStart(3, '0')}`;
        expect(parseTimeParam(text)).toBe(Number(text));
      }),
    );
  });

  it('never throws, and returns either nothing or a time between 0 and 48 h', () => {
    const alphabet = fc.constantFrom(...'0123456789:.,hmsHMS-+ npt'.split(''));
    const text = fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 20 }));
    fc.assert(
      fc.property(text, (value) => {
        const parsed = parseTimeParam(value);
        if (parsed !== undefined) {
          expect(Number.isFinite(parsed)).toBe(true);
          expect(parsed).toBeGreaterThanOrEqual(0);
          expect(parsed).toBeLessThanOrEqual(MAX_START);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('readStart', () => {
  it.each([
    ['https://s.fr/?episode=episode-06&t=754', { time: 754 }],
    ['https://s.fr/?t=1h2m3s', { time: 3723 }],
    ['https://s.fr/?t=1%3A00', { time: 60 }],
    ['https://s.fr/#t=12:34', { time: 754 }],
    ['https://s.fr/#t=12%3A34', { time: 754 }],
    ['https://s.fr/#t=npt:1:02:03&xywh=160,120,320,240', { time: 3723 }],
    ['https://s.fr/#xywh=160,120,320,240&t=45s', { time: 45 }],
    ['https://s.fr/#t=10,20', { time: 10 }],
    ['https://s.fr/?chapter=bretagne-loire', { chapter: 'bretagne-loire' }],
    ['https://s.fr/?chapter=Le%20d%C3%A9barquement', { chapter: 'Le débarquement' }],
    ['https://s.fr/?chapter=+normandie+', { chapter: 'normandie' }],
  ])('reads %s', (url, start) => {
    expect(readStart(url)).toEqual(start);
  });

  it('lets t win over chapter, and says nothing of the chapter then', () => {
    expect(readStart('https://s.fr/?chapter=normandie&t=10')).toEqual({ time: 10 });
    expect(readStart('https://s.fr/?chapter=normandie#t=10')).toEqual({ time: 10 });
  });

  it('keeps the chapter when t is not a time', () => {
    expect(readStart('https://s.fr/?chapter=normandie&t=soon')).toEqual({ chapter: 'normandie' });
  });

  it('lets the query t win over the hash t, unless the query t is not a time', () => {
    expect(readStart('https://s.fr/?t=30#t=60')).toEqual({ time: 30 });
    expect(readStart('https://s.fr/?t=garbage#t=60')).toEqual({ time: 60 });
    expect(readStart('https://s.fr/?t=#t=60')).toEqual({ time: 60 });
  });

  it('uses the last valid t of a part, as media fragments do', () => {
    expect(readStart('https://s.fr/#t=10&t=20')).toEqual({ time: 20 });
    expect(readStart('https://s.fr/#t=10&t=oops')).toEqual({ time: 10 });
  });

  it.each([
    'https://s.fr/',
    'https://s.fr/?episode=episode-06',
    'https://s.fr/?t=-5',
    'https://s.fr/?t=99999999',
    'https://s.fr/?chapter=',
    'https://s.fr/?chapter=%20',
    'https://s.fr/#transcript',
    'https://s.fr/#t',
    'https://s.fr/#t=%E0%A4%A',
    'https://s.fr/?t=%E0%A4%A',
    'https://s.fr/?time=30',
    'not a url',
    '',
  ])('finds no start in %j', (url) => {
    expect(readStart(url)).toEqual({});
  });
});

const episodeId = fc.stringMatching(/^[a-z0-9-]{1,20}$/);
/** Page URLs with parameters of their own, some of which a share link drops. */
const pageUrl = fc
  .record({
    path: fc.constantFrom('/', '/player/', '/a/b/index.html'),
    manifest: fc.option(fc.constantFrom('/m.json', 'https://cdn.fr/x y.json', 'demo/manifest.json?v=2'), { nil: undefined }),
    episode: fc.option(episodeId, { nil: undefined }),
    lang: fc.option(fc.constantFrom('fr', 'en', 'de'), { nil: undefined }),
    t: fc.option(fc.constantFrom('12:34', '99', 'garbage', ''), { nil: undefined }),
    chapter: fc.option(fc.constantFrom('normandie', 'Le débarquement'), { nil: undefined }),
    hash: fc.constantFrom('', '#t=40', '#t=1:00&xywh=1,2,3,4', '#transcript', '#t=oops'),
  })
  .map(({ path, manifest, episode, lang, t, chapter, hash }) => {
    const url = new URL(`https://site.fr${path}`);
    if (manifest !== undefined) url.searchParams.set('manifest', manifest);
    if (episode !== undefined) url.searchParams.set('episode', episode);
    if (lang !== undefined) url.searchParams.set('lang', lang);
    if (chapter !== undefined) url.searchParams.set('chapter', chapter);
    if (t !== undefined) url.searchParams.set('t', t);
    url.hash = hash;
    return url.href;
  });

describe('shareUrl', () => {
  it('keeps the other parameters, sets the episode and t, drops the chapter and #t', () => {
    expect(shareUrl('https://s.fr/player/?manifest=/m.json&episode=episode-01&chapter=normandie#t=40', { episode: 'episode-06', time: 754.9 })).toBe(
      'https://s.fr/player/?manifest=/m.json&episode=episode-06&t=754',
    );
  });

  it('adds the episode and t to a bare page', () => {
    expect(shareUrl('https://s.fr/', { episode: 'episode-06', time: 65 })).toBe('https://s.fr/?episode=episode-06&t=65');
  });

  it('sets the language when given and keeps the page one otherwise', () => {
    expect(shareUrl('https://s.fr/?lang=fr', { episode: 'e', time: 1, lang: 'en' })).toBe('https://s.fr/?lang=en&episode=e&t=1');
    expect(shareUrl('https://s.fr/?lang=en', { episode: 'e', time: 1 })).toBe('https://s.fr/?lang=en&episode=e&t=1');
  });

  it('puts t last, replacing an earlier one', () => {
    expect(shareUrl('https://s.fr/?t=5&episode=e&lang=en', { episode: 'e', time: 9 })).toBe('https://s.fr/?episode=e&lang=en&t=9');
  });

  it('keeps the other parameters of the hash', () => {
    expect(shareUrl('https://s.fr/#t=40&xywh=1,2,3,4', { episode: 'e', time: 1 })).toBe('https://s.fr/?episode=e&t=1#xywh=1,2,3,4');
    expect(shareUrl('https://s.fr/#transcript', { episode: 'e', time: 1 })).toBe('https://s.fr/?episode=e&t=1#transcript');
  });

  it('writes a time that is not a number as 0 and caps it at 48 h', () => {
    expect(shareUrl('https://s.fr/', { episode: 'e', time: Number.NaN })).toBe('https://s.fr/?episode=e&t=0');
    expect(shareUrl('https://s.fr/', { episode: 'e', time: -3 })).toBe('https://s.fr/?episode=e&t=0');
    expect(shareUrl('https://s.fr/', { episode: 'e', time: 1e9 })).toBe(`https://s.fr/?episode=e&t=${MAX_START}`);
  });

  it('encodes an episode id that needs it', () => {
    const url = shareUrl('https://s.fr/', { episode: 'a&b=c d', time: 1 });
    expect(new URL(url).searchParams.get('episode')).toBe('a&b=c d');
  });

  it('round-trips through readStart and readPageParams, keeping the other parameters', () => {
    fc.assert(
      fc.property(pageUrl, episodeId, fc.double({ min: 0, max: MAX_START, noNaN: true }), fc.option(fc.constantFrom('fr' as const, 'en' as const), { nil: undefined }), (page, episode, time, lang) => {
        const shared = shareUrl(page, { episode, time, lang });
        expect(readStart(shared)).toEqual({ time: Math.floor(time) });
        const params = readPageParams(shared, 'manifest.json');
        expect(params.episodeId).toBe(episode);
        expect(params.manifestUrl).toBe(readPageParams(page, 'manifest.json').manifestUrl);
        const before = new URL(page).searchParams;
        const after = new URL(shared).searchParams;
        expect(after.get('lang')).toBe(lang ?? before.get('lang'));
        expect(after.has('chapter')).toBe(false);
        expect(after.getAll('t')).toHaveLength(1);
      }),
      { numRuns: 500 },
    );
  });
});

describe('withoutStart', () => {
  it('removes t, chapter and #t, and keeps everything else as written', () => {
    expect(withoutStart('https://s.fr/p/?manifest=/m.json&t=754&episode=episode-06&chapter=normandie#t=12:34&xywh=1,2,3,4')).toBe(
      'https://s.fr/p/?manifest=/m.json&episode=episode-06#xywh=1,2,3,4',
    );
  });

  it('leaves no empty ? or #', () => {
    expect(withoutStart('https://s.fr/?t=5')).toBe('https://s.fr/');
    expect(withoutStart('https://s.fr/#t=5')).toBe('https://s.fr/');
    expect(withoutStart('https://s.fr/?chapter=x&t=1#t=2')).toBe('https://s.fr/');
  });

  it('changes nothing when there is no start', () => {
    const url = 'https://s.fr/p/?manifest=/m.json&&episode=episode-06&lang=en#transcript';
    expect(withoutStart(url)).toBe(url);
  });

  it('removes a t even when it is not a time', () => {
    expect(withoutStart('https://s.fr/?t=garbage&episode=e')).toBe('https://s.fr/?episode=e');
  });

  it('gives back what it cannot read', () => {
    expect(withoutStart('not a url')).toBe('not a url');
  });

  it('leaves no start behind, keeps the page parameters and is idempotent', () => {
    fc.assert(
      fc.property(pageUrl, (page) => {
        const cleaned = withoutStart(page);
        expect(readStart(cleaned)).toEqual({});
        expect(readPageParams(cleaned, 'm.json')).toEqual(readPageParams(page, 'm.json'));
        expect(withoutStart(cleaned)).toBe(cleaned);
        const params = new URL(cleaned).searchParams;
        expect(params.has('t') || params.has('chapter')).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
