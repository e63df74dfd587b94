import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFiles } from '../../src/content/content-check.ts';
import { formatProblem } from '../../src/content/content-problem.ts';
import { SAMPLE_CARD } from './sample-content.ts';

/** A minimal MP4: an `ftyp` box and a `moov` box whose `mvhd` says `seconds` long. */
function fakeMp4(seconds: number): Uint8Array {
  const u32 = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
  const box = (type: string, body: number[]) => [...u32(8 + body.length), ...[...type].map((c) => c.charCodeAt(0)), ...body];
  return new Uint8Array([...box('ftyp', u32(0)), ...box('moov', box('mvhd', [0, 0, 0, 0, ...u32(0), ...u32(0), ...u32(1000), ...u32(seconds * 1000)]))]);
}

const card = (extra: object = {}) => JSON.stringify({ ...SAMPLE_CARD, ...extra });

const person = {
  id: 'jack-yusen',
  name: 'Jack Yusen',
  role: { fr: 'Matelot', en: 'Seaman' },
  branch: { fr: 'Marine', en: 'Navy' },
  theatres: ['pacific'],
  fate: { status: 'survived' },
  bio: { fr: 'Bio.', en: 'Bio.' },
  sources: [{ url: 'https://warfarehistorynetwork.com/article/the-battle-of-leyte-gulf-interview-with-jack-yusen', publisher: 'Warfare History Network', kind: 'press' }],
};

const manifest = {
  series: { fr: 'Six Ans – Douze Vies', en: 'Six Years – Twelve Lives' },
  people: 'people.json',
  episodes: [
    {
      id: 'e',
      number: 1,
      title: { fr: 'É', en: 'E' },
      sources: [{ src: 'media/e.mp4', type: 'video/mp4' }],
      chapters: { fr: 'chapters/e.fr.vtt', en: 'chapters/e.en.vtt' },
      context: 'chapters/e.context.vtt',
      subtitles: [{ src: 'subtitles/e.fr.vtt', srclang: 'fr', label: 'Français' }],
      descriptions: [
        { src: 'subtitles/e.descriptions.fr.vtt', srclang: 'fr' },
        { src: 'subtitles/e.descriptions.en.vtt', srclang: 'en' },
      ],
    },
  ],
};

const GOOD: Record<string, string | Uint8Array> = {
  'public/manifest.json': JSON.stringify(manifest, null, 2),
  'public/people.json': JSON.stringify({ people: [person] }, null, 2),
  'public/media/e.mp4': fakeMp4(60),
  'chapters/e.fr.vtt': 'WEBVTT\n\na\n00:00.000 --> 00:30.000\nUn\n\nb\n00:30.000 --> 01:00.000\nDeux\n',
  'chapters/e.en.vtt': 'WEBVTT\n\na\n00:00.000 --> 00:30.000\nOne\n\nb\n00:30.000 --> 01:00.000\nTwo\n',
  'chapters/e.context.vtt': `WEBVTT\n\n00:00.000 --> 00:30.000\n${card()}\n\n00:10.000 --> 00:20.000\n{"type": "person", "id": "jack-yusen"}\n`,
  'subtitles/e.fr.vtt': 'WEBVTT\n\n00:01.000 --> 00:04.000\nBonjour.\n',
  'subtitles/e.descriptions.fr.vtt': 'WEBVTT\n\nNOTE Écrit à la main.\n\n00:00.000 --> 00:00.300\nUn carton : « É ».\n',
  'subtitles/e.descriptions.en.vtt': 'WEBVTT\n\nNOTE Written by hand.\n\n00:00.000 --> 00:00.300\nA title card: "E".\n',
};

const note = {
  episode: 'e',
  context: [{ fr: 'Contexte.', en: 'Context.', sources: ['https://www.memorial-caen.fr/x'] }],
  discuss: [{ fr: 'Question ?', en: 'Question?' }],
  bibliography: [{ url: 'https://www.memorial-caen.fr/x', publisher: 'Mémorial de Caen', kind: 'museum' }],
};
const withNote = JSON.stringify({ ...manifest, episodes: [{ ...manifest.episodes[0], note: 'notes/e.json' }] }, null, 2);

function check(changes: Record<string, string | Uint8Array | undefined> = {}) {
  return checkAll(changes).filter((problem) => problem.startsWith('error ')).map((problem) => problem.slice('error '.length));
}

function warnings(changes: Record<string, string | Uint8Array | undefined> = {}) {
  return checkAll(changes).filter((problem) => problem.startsWith('warning ')).map((problem) => problem.slice('warning '.length));
}

function checkAll(changes: Record<string, string | Uint8Array | undefined> = {}) {
  const all = { ...GOOD, ...changes };
  const files: ContentFiles = {
    readText: (path) => {
      const file = all[path];
      return file === undefined ? undefined : typeof file === 'string' ? file : new TextDecoder().decode(file);
    },
    readBytes: (path) => {
      const file = all[path];
      return file === undefined ? undefined : typeof file === 'string' ? new TextEncoder().encode(file) : file;
    },
  };
  return checkContent(files).map((problem) => `${problem.severity} ${formatProblem(problem)}`);
}

describe('checkContent', () => {
  it("checks the moment links of the host pages it is given against the episodes' cards", () => {
    const page = ['<dv-player id="p" episode="e"></dv-player>', '<a data-player="p" data-card="bayeux">ok</a>', '<a data-player="p" data-card="caen">no such card</a>'].join('\n');
    const all: Record<string, string | Uint8Array> = { ...GOOD, 'public/page.html': page };
    const files: ContentFiles = {
      readText: (path) => (typeof all[path] === 'string' ? all[path] : all[path] ? new TextDecoder().decode(all[path]) : undefined),
      readBytes: (path) => (typeof all[path] === 'string' ? new TextEncoder().encode(all[path]) : all[path]),
    };
    const problems = checkContent(files, 'public/manifest.json', ['public/page.html', 'public/gone.html']).filter((problem) => problem.file.endsWith('.html'));
    expect(problems.map(formatProblem)).toEqual(['public/page.html:3:1 data-card="caen": e\'s context track has no card with this id', 'public/gone.html file not found']);
  });

  it('passes good content, without a warning', () => {
    expect(checkAll()).toEqual([]);
  });

  it('names a missing manifest field with its line', () => {
    const broken = JSON.stringify({ ...manifest, episodes: [{ ...manifest.episodes[0], number: 'one' }] }, null, 2);
    const line = broken.split('\n').findIndex((text) => text.includes('"number"')) + 1;
    expect(check({ 'public/manifest.json': broken })).toEqual([`public/manifest.json:${line}:7 episodes[0].number: must be a number`]);
  });

  it('reports a referenced file that does not exist at its line in the manifest', () => {
    expect(check({ 'subtitles/e.fr.vtt': undefined })).toEqual([expect.stringMatching(/^public\/manifest\.json:\d+:\d+ subtitles\/e\.fr\.vtt not found$/)]);
  });

  it('reports WebVTT syntax errors with their line', () => {
    expect(check({ 'subtitles/e.fr.vtt': 'WEBVTT\n\n00:0x.000 --> 00:04.000\nBonjour.\n' })).toEqual([expect.stringMatching(/^subtitles\/e\.fr\.vtt:3:\d+ /)]);
  });

  it('reports a cue whose end is not after its start', () => {
    expect(check({ 'subtitles/e.fr.vtt': 'WEBVTT\n\n00:05.000 --> 00:04.000\nBonjour.\n' })).toEqual(['subtitles/e.fr.vtt:3 cue ends at 0:04.000, not after its start at 0:05.000: cue dropped']);
  });

  it('reports chapters out of order and overlapping', () => {
    const fr = 'WEBVTT\n\nb\n00:30.000 --> 01:00.000\nDeux\n\na\n00:00.000 --> 00:31.000\nUn\n';
    const en = 'WEBVTT\n\na\n00:00.000 --> 00:31.000\nOne\n\nb\n00:30.000 --> 01:00.000\nTwo\n';
    expect(check({ 'chapters/e.fr.vtt': fr, 'chapters/e.en.vtt': en })).toEqual([
      'chapters/e.fr.vtt:8:10 Start timestamp is not greater than or equal to start timestamp of previous cue.',
      'chapters/e.en.vtt:8 chapter starts at 0:30.000, before the chapter above it ends (0:31.000)',
    ]);
  });

  it('reports a gap and chapters that stop before the end of the media', () => {
    const fr = 'WEBVTT\n\na\n00:00.000 --> 00:20.000\nUn\n\nb\n00:30.000 --> 00:50.000\nDeux\n';
    expect(check({ 'chapters/e.fr.vtt': fr, 'chapters/e.en.vtt': fr.replace('Un', 'One').replace('Deux', 'Two') })).toEqual([
      'chapters/e.fr.vtt:8 gap from 0:20.000 to 0:30.000 is in no chapter',
      'chapters/e.fr.vtt:8 the last chapter ends at 0:50.000 but the media lasts 1:00.000',
      'chapters/e.en.vtt:8 gap from 0:20.000 to 0:30.000 is in no chapter',
      'chapters/e.en.vtt:8 the last chapter ends at 0:50.000 but the media lasts 1:00.000',
    ]);
  });

  it('reports cues after the end of the media', () => {
    expect(check({ 'subtitles/e.fr.vtt': 'WEBVTT\n\n00:58.000 --> 01:04.000\nBonjour.\n' })).toEqual(['subtitles/e.fr.vtt:3 cue ends at 1:04.000, after the end of the media (1:00.000)']);
  });

  it('reports French and English chapters that do not match', () => {
    expect(check({ 'chapters/e.en.vtt': 'WEBVTT\n\n00:00.000 --> 01:00.000\nAll\n' })).toEqual([
      'chapters/e.en.vtt:3 chapter 1 runs 0:00.000 → 1:00.000, but 0:00.000 → 0:30.000 in chapters/e.fr.vtt:4',
    ]);
    expect(check({ 'chapters/e.en.vtt': 'WEBVTT\n\n00:00.000 --> 00:30.000\nOne\n\n00:30.000 --> 01:00.000\nTwo\n\n01:00.000 --> 01:00.400\nThree\n' })).toEqual([
      'chapters/e.en.vtt:9 chapter 3 has no counterpart in chapters/e.fr.vtt (2 chapters there)',
    ]);
  });

  it('reports a payload that breaks the schema, on the payload line', () => {
    const context = `WEBVTT\n\n00:00.000 --> 00:30.000\n${card({ places: [{ name: 'Bayeux', lat: 149, lon: 0 }] })}\n`;
    expect(check({ 'chapters/e.context.vtt': context })).toEqual([expect.stringMatching(/^chapters\/e\.context\.vtt:4:\d+ places\[0\]\.lat: must be a latitude/)]);
  });

  it('reports a card without a source', () => {
    const context = `WEBVTT\n\n00:00.000 --> 00:30.000\n${card({ sources: [] })}\n`;
    expect(check({ 'chapters/e.context.vtt': context })).toEqual([expect.stringMatching(/^chapters\/e\.context\.vtt:4:\d+ sources: must list at least one source$/)]);
  });

  it('reports a person id that is not in people.json', () => {
    const context = 'WEBVTT\n\n00:00.000 --> 00:30.000\n{"type": "person", "id": "john-doe"}\n';
    expect(check({ 'chapters/e.context.vtt': context })).toEqual(['chapters/e.context.vtt:4:1 id: no person "john-doe" in people.json']);
  });

  it('reports a text in one language only', () => {
    const context = `WEBVTT\n\n00:00.000 --> 00:30.000\n${card({ text: 'Seulement en français.' })}\n`;
    expect(check({ 'chapters/e.context.vtt': context })).toEqual(['chapters/e.context.vtt:4:1 text: needs both "fr" and "en"']);
  });

  it('reports a person in people.json that breaks the schema, with its line', () => {
    const people = JSON.stringify({ people: [{ ...person, fate: { status: 'killed' } }] }, null, 2);
    const line = people.split('\n').findIndex((text) => text.includes('"fate"')) + 1;
    expect(check({ 'public/people.json': people })).toEqual([`public/people.json:${line}:7 people[0].fate: a person killed in action needs the "date"`]);
  });

  it('reports a profile text in one language only, with its line', () => {
    const people = JSON.stringify({ people: [{ ...person, bio: 'Only one language.' }] }, null, 2);
    const line = people.split('\n').findIndex((text) => text.includes('"bio"')) + 1;
    expect(check({ 'public/people.json': people })).toEqual([`public/people.json:${line}:7 people[0].bio: needs both "fr" and "en"`]);
  });

  it('reports duplicate person ids', () => {
    expect(check({ 'public/people.json': JSON.stringify({ people: [person, person] }) })).toEqual([
      expect.stringMatching(/^public\/people\.json:1:\d+ people\[1\]\.id: duplicate person id "jack-yusen"$/),
    ]);
  });

  it('reports a media file that is not media', () => {
    const problems = checkContent({
      readText: (path) => (typeof GOOD[path] === 'string' ? (GOOD[path] as string) : undefined),
      readBytes: (path) => (path === 'public/media/e.mp4' ? new TextEncoder().encode('<html>') : GOOD[path] === undefined ? undefined : new TextEncoder().encode(String(GOOD[path]))),
    });
    expect(problems.map(formatProblem)).toContainEqual(expect.stringMatching(/public\/media\/e\.mp4: could not read a duration/));
  });

  it('accepts an episode with no title, or a title in one language only', () => {
    const untitled = { ...manifest.episodes[0], id: 'f', number: 2, title: undefined, sources: undefined, chapters: undefined, context: undefined, subtitles: undefined };
    const oneLanguage = { ...untitled, id: 'g', number: 3, title: { en: 'Striking Distance' } };
    expect(check({ 'public/manifest.json': JSON.stringify({ ...manifest, episodes: [manifest.episodes[0], untitled, oneLanguage] }) })).toEqual([]);
  });

  it('reports a place date outside its card date, on the payload line', () => {
    const places = [
      { name: 'Toulouse', lat: 43.6, lon: 1.44, date: '1944-08-19' },
      { name: 'Draguignan', lat: 43.5, lon: 6.47, date: '1944-08-16' },
    ];
    const context = `WEBVTT\n\n00:00.000 --> 00:30.000\n${card({ date: '1944-08-17/1944-08-28', places })}\n`;
    expect(check({ 'chapters/e.context.vtt': context })).toEqual([
      "chapters/e.context.vtt:4:1 places[1] (Draguignan): date 1944-08-16 is outside the card's date 1944-08-17/1944-08-28",
    ]);
  });

  it('warns about a place with no date of its own in a card with several places', () => {
    const places = [
      { name: 'Toulouse', lat: 43.6, lon: 1.44, date: '1944-08-19' },
      { name: 'Uzès', lat: 44.01, lon: 4.42 },
    ];
    const context = `WEBVTT\n\n00:00.000 --> 00:30.000\n${card({ date: '1944-08-17/1944-08-28', places })}\n`;
    expect(warnings({ 'chapters/e.context.vtt': context })).toContain('chapters/e.context.vtt:4:1 places[1] (Uzès): no date of its own, and no dateNote saying that none is sourced');
  });

  it('warns about a card that rests on weak sources only', () => {
    const sources = [{ url: 'https://forum.example/t1', publisher: 'Octofoil', kind: 'forum' }];
    const context = `WEBVTT\n\n00:00.000 --> 00:30.000\n${card({ sources })}\n`;
    expect(warnings({ 'chapters/e.context.vtt': context })).toEqual([expect.stringMatching(/^chapters\/e\.context\.vtt:4:1 sources: only weak sources/)]);
  });

  it('reports an unknown source kind, on the payload line', () => {
    const sources = [{ url: 'https://example.org/', publisher: 'Example', kind: 'website' }];
    const context = `WEBVTT\n\n00:00.000 --> 00:30.000\n${card({ sources })}\n`;
    expect(check({ 'chapters/e.context.vtt': context })).toEqual([expect.stringMatching(/^chapters\/e\.context\.vtt:4:\d+ sources\[0\]/)]);
  });

  it('warns about a profile that rests on weak sources only', () => {
    const people = JSON.stringify({ people: [{ ...person, sources: [{ url: 'https://shop.example/', publisher: 'Shop', kind: 'shop' }] }] }, null, 2);
    expect(warnings({ 'public/people.json': people })).toEqual([expect.stringMatching(/^public\/people\.json:\d+:\d+ people\[0\] \(jack-yusen\)\.sources: only weak sources/)]);
  });

  it('checks the teacher note a manifest names', () => {
    expect(check({ 'public/manifest.json': withNote, 'public/notes/e.json': JSON.stringify(note, null, 2) })).toEqual([]);
    expect(check({ 'public/manifest.json': withNote })).toEqual([expect.stringMatching(/^public\/manifest\.json:\d+:\d+ public\/notes\/e\.json not found$/)]);
  });

  it('reports a teacher note paragraph citing a source missing from its bibliography, with its line', () => {
    const broken = JSON.stringify({ ...note, context: [{ ...note.context[0], sources: ['https://elsewhere.example/'] }] }, null, 2);
    const line = broken.split('\n').findIndex((text) => text.includes('elsewhere.example')) + 1;
    expect(check({ 'public/manifest.json': withNote, 'public/notes/e.json': broken })).toEqual([
      `public/notes/e.json:${line}:9 context[0].sources[0]: https://elsewhere.example/ is not in the bibliography`,
    ]);
  });

  it('reports a teacher note in one language only, and a note for another episode', () => {
    const oneLanguage = JSON.stringify({ ...note, discuss: [{ fr: 'Question ?' }] }, null, 2);
    expect(check({ 'public/manifest.json': withNote, 'public/notes/e.json': oneLanguage })).toEqual([expect.stringMatching(/^public\/notes\/e\.json:\d+:\d+ discuss\[0\]\.en: /)]);
    const other = JSON.stringify({ ...note, episode: 'z' }, null, 2);
    expect(check({ 'public/manifest.json': withNote, 'public/notes/e.json': other })).toEqual(['public/notes/e.json:2:3 episode: this note is for "z" but the manifest gives it to "e"']);
  });

  it('warns about a weak source in a teacher note bibliography', () => {
    const weak = JSON.stringify({ ...note, bibliography: [...note.bibliography, { url: 'https://blog.example/', publisher: 'Un blog', kind: 'blog' }] }, null, 2);
    expect(warnings({ 'public/manifest.json': withNote, 'public/notes/e.json': weak })).toContainEqual(expect.stringMatching(/^public\/notes\/e\.json:\d+:\d+ bibliography\[1\]: a weak source \(blog\)/));
  });

  describe('audio description tracks', () => {
    const withDescriptions = (descriptions: object[]) => JSON.stringify({ ...manifest, episodes: [{ ...manifest.episodes[0], descriptions }] }, null, 2);
    const lineOf = (text: string, needle: string, nth = 0) => text.split('\n').flatMap((line, index) => (line.includes(needle) ? [index + 1] : []))[nth];

    it('reports a listed track that does not exist, at its line in the manifest', () => {
      const text = GOOD['public/manifest.json'] as string;
      expect(check({ 'subtitles/e.descriptions.en.vtt': undefined })).toEqual([expect.stringMatching(new RegExp(`^public/manifest\\.json:${lineOf(text, 'e.descriptions.en.vtt')}:\\d+ subtitles/e\\.descriptions\\.en\\.vtt not found$`))]);
    });

    it('reports syntax errors, empty cues and cues past the end of the media, each on its line', () => {
      const broken = 'WEBVTT\n\n00:00.000 --> 00:0x.300\nUn.\n\n00:10.000 --> 00:10.300\n<i></i>\n\n00:59.000 --> 01:02.000\nFin.\n';
      expect(check({ 'subtitles/e.descriptions.fr.vtt': broken })).toEqual([
        expect.stringMatching(/^subtitles\/e\.descriptions\.fr\.vtt:3:\d+ /),
        'subtitles/e.descriptions.fr.vtt:6 description cue has no text: dropped',
        'subtitles/e.descriptions.fr.vtt:9 cue ends at 1:02.000, after the end of the media (1:00.000)',
      ]);
      expect(check({ 'subtitles/e.descriptions.fr.vtt': 'WEBVTT\n' })).toEqual(['subtitles/e.descriptions.fr.vtt:1 no description cues']);
    });

    it('reports a second track in one language, at its srclang', () => {
      const text = withDescriptions([
        { src: 'subtitles/e.descriptions.fr.vtt', srclang: 'fr' },
        { src: 'subtitles/e.descriptions.en.vtt', srclang: 'en' },
        { src: 'subtitles/e.descriptions.en.vtt', srclang: 'fr-CA' },
      ]);
      expect(check({ 'public/manifest.json': text })).toEqual([
        `public/manifest.json:${lineOf(text, '"fr-CA"')}:11 a second description track in "fr" (descriptions[0] is one): only the first would be used`,
      ]);
    });

    it('warns about a track in one language only, a language the interface does not speak, and overlapping cues', () => {
      const text = withDescriptions([
        { src: 'subtitles/e.descriptions.fr.vtt', srclang: 'fr' },
        { src: 'subtitles/e.descriptions.en.vtt', srclang: 'de' },
      ]);
      const overlapping = 'WEBVTT\n\n00:00.000 --> 00:02.000\nUn.\n\n00:01.000 --> 00:03.000\nDeux.\n';
      expect(warnings({ 'public/manifest.json': withDescriptions([{ src: 'subtitles/e.descriptions.fr.vtt', srclang: 'fr' }]) })).toEqual([
        expect.stringMatching(/^public\/manifest\.json:\d+:\d+ audio description in "fr" only: readers of the other language get none$/),
      ]);
      expect(warnings({ 'public/manifest.json': text })).toEqual([expect.stringMatching(/^public\/manifest\.json:\d+:\d+ "de": the interface speaks "fr" and "en" only, so this track is never used$/)]);
      expect(warnings({ 'subtitles/e.descriptions.fr.vtt': overlapping })).toEqual(['subtitles/e.descriptions.fr.vtt:6 starts at 0:01.000, before the description at line 3 ends (0:02.000): it will wait its turn']);
    });
  });
});
